package org.complaintledger.provenance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.complaintledger.proof.EventHash;
import org.complaintledger.proof.StoredEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every stored event's chain checked from the stored rows alone, as the self-check and the offline verifier would:
 * each event's hash recomputed from its {@code domain_event_entry} row equals {@code event_chain}'s, its previous hash
 * is its record's previous event's hash (32 zero bytes at sequence 0), its seal holds, and no chain row lacks its
 * event.
 */
public final class StoredChains {

    private StoredChains() {
    }

    /**
     * @param events   how many events were checked
     * @param problems what does not hold, one line each (empty if everything does)
     */
    public record Verdict(long events, List<String> problems) {
    }

    /** Checks the events of the given records, or of every record if none is given. */
    public static Verdict verify(JdbcTemplate jdbc, AppendSeals seals, String... aggregates) {
        String where = aggregates.length == 0 ? "" : " WHERE e.aggregate_identifier = ANY (?)";
        Object[] arguments = aggregates.length == 0 ? new Object[0] : new Object[] {aggregates};
        List<Row> rows = jdbc.query("SELECT " + prefixed() + ", c.aggregate_identifier AS chain_aggregate, "
                + "c.sequence_number AS chain_sequence, c.previous_hash, c.event_hash, c.seal_key_id, c.append_seal "
                + "FROM domain_event_entry e LEFT JOIN event_chain c ON c.event_identifier = e.event_identifier"
                + where + " ORDER BY e.aggregate_identifier, e.sequence_number", (row, n) -> new Row(
                StoredEventRows.read(row), row.getString("chain_aggregate"), row.getLong("chain_sequence"),
                row.getBytes("previous_hash"), row.getBytes("event_hash"), row.getString("seal_key_id"),
                row.getBytes("append_seal")), arguments);
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            Row previous = i == 0 ? null : rows.get(i - 1);
            StoredEvent event = row.event();
            boolean follows = previous != null && previous.event().aggregateIdentifier()
                    .equals(event.aggregateIdentifier()) && previous.event().sequenceNumber() == event.sequenceNumber() - 1;
            if (row.eventHash() == null) {
                problems.add(event + ": no chain row");
                continue;
            }
            if (!event.aggregateIdentifier().equals(row.chainAggregate())
                    || event.sequenceNumber() != row.chainSequence()) {
                problems.add(event + ": chain row names " + row.chainAggregate() + " #" + row.chainSequence());
            }
            byte[] expectedPrevious = event.sequenceNumber() == 0 ? EventHash.NONE_BEFORE
                    : follows ? previous.eventHash() : null;
            if (expectedPrevious == null) {
                problems.add(event + (follows ? ": its previous event has no chain row"
                        : ": no event #" + (event.sequenceNumber() - 1) + " before it"));
            } else if (!Arrays.equals(expectedPrevious, row.previousHash())) {
                problems.add(event + ": previous_hash is not the previous event's hash");
            }
            if (!Arrays.equals(EventHash.of(event, row.previousHash()), row.eventHash())) {
                problems.add(event + ": hash does not recompute from the stored row");
            }
            if (!seals.holds(row.sealKeyId(), row.eventHash(), row.appendSeal())) {
                problems.add(event + ": seal does not hold");
            }
        }
        Set<String> orphans = new HashSet<>(jdbc.queryForList("SELECT c.event_identifier FROM event_chain c WHERE NOT "
                + "EXISTS (SELECT FROM domain_event_entry e WHERE e.event_identifier = c.event_identifier)", String.class));
        orphans.forEach(id -> problems.add("chain row " + id + " has no event"));
        return new Verdict(rows.size(), problems);
    }

    private static String prefixed() {
        return Arrays.stream(StoredEventRows.COLUMNS.split(", ")).map(column -> "e." + column)
                .reduce((a, b) -> a + ", " + b).orElseThrow();
    }

    private record Row(StoredEvent event, String chainAggregate, long chainSequence, byte[] previousHash,
                       byte[] eventHash, String sealKeyId, byte[] appendSeal) {
    }
}
