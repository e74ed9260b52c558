package org.complaintledger.casebundle;

import java.util.List;
import org.complaintledger.proof.StoredEvent;
import org.complaintledger.provenance.StoredEventRows;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A complaint's events exactly as {@code domain_event_entry} stores them (payload and metadata bytes, the time stamp
 * text, the global index: nothing re-serialised), each with its {@code event_chain} hashes, in one query. Every row of
 * the complaint's id is read, whatever it holds: an event changed, forged or moved into the record goes into the
 * bundle as stored, for the verifier to name.
 *
 * @param rows           the events in sequence order (empty for an id with none)
 * @param leavesAdmitted how many leaves the ledger's tree had when they were read, in the same statement: every event
 *                       admitted by then had been committed, so the complaint's leaves below this index are all of
 *                       events read here, unless one was removed or moved behind the ledger's back
 */
public record StoredComplaintEvents(List<Row> rows, long leavesAdmitted) {

    /** The most events one bundle holds: far above any complaint's record, and it bounds a request's memory. */
    public static final int MAX_EVENTS = 20_000;
    /** The most stored bytes (payloads and metadata) one bundle holds: half what the verifier reads of a bundle. */
    public static final long MAX_BYTES = 128L << 20;

    /** What Axon stores as the aggregate type of a complaint's events. */
    static final String COMPLAINT = "Complaint";

    /**
     * One event with its place in the event stream and its chain row's hashes (both null when it has no
     * {@code event_chain} row: the ledger never chained it).
     */
    public record Row(long globalIndex, StoredEvent event, byte[] previousHash, byte[] eventHash) {

        public boolean chained() {
            return eventHash != null;
        }
    }

    /** The complaint has more events, or more bytes of them, than one bundle holds. */
    static final class TooManyEvents extends RuntimeException {
        TooManyEvents(String complaintId, long events, long bytes, int maxEvents, long maxBytes) {
            super("complaint " + complaintId + " has " + events + " events of " + bytes + " bytes as stored: more than "
                    + "one case bundle holds (" + maxEvents + " events, " + maxBytes + " bytes)");
        }
    }

    private static final String SIZE = "SELECT count(*), coalesce(sum(octet_length(payload) "
            + "+ coalesce(octet_length(meta_data), 0)), 0) FROM domain_event_entry WHERE aggregate_identifier = ?";

    private static final String SELECT = "SELECT e.global_index, e." + StoredEventRows.COLUMNS.replace(", ", ", e.")
            + ", c.previous_hash, c.event_hash, (SELECT leaf_count FROM ledger_admission) AS leaves_admitted "
            + "FROM domain_event_entry e "
            + "LEFT JOIN event_chain c ON c.event_identifier = e.event_identifier "
            + "WHERE e.aggregate_identifier = ? ORDER BY e.sequence_number, e.global_index LIMIT ?";

    public StoredComplaintEvents {
        rows = List.copyOf(rows);
    }

    /** The complaint's events as stored now; first their count and size, so that no complaint makes it unbounded. */
    public static StoredComplaintEvents read(JdbcTemplate jdbc, String complaintId) {
        return read(jdbc, complaintId, MAX_EVENTS, MAX_BYTES);
    }

    static StoredComplaintEvents read(JdbcTemplate jdbc, String complaintId, int maxEvents, long maxBytes) {
        jdbc.query(SIZE, rs -> {
            if (rs.getLong(1) > maxEvents || rs.getLong(2) > maxBytes) {
                throw new TooManyEvents(complaintId, rs.getLong(1), rs.getLong(2), maxEvents, maxBytes);
            }
        }, complaintId);
        long[] leavesAdmitted = {0};
        List<Row> rows = jdbc.query(SELECT, (rs, row) -> {
            leavesAdmitted[0] = rs.getLong("leaves_admitted");
            return new Row(rs.getLong("global_index"), StoredEventRows.read(rs), rs.getBytes("previous_hash"),
                    rs.getBytes("event_hash"));
        }, complaintId, maxEvents + 1);
        long bytes = rows.stream().mapToLong(row -> row.event().payload().length
                + (row.event().metaData() == null ? 0 : row.event().metaData().length)).sum();
        if (rows.size() > maxEvents || bytes > maxBytes) {  // appended since they were counted
            throw new TooManyEvents(complaintId, rows.size(), bytes, maxEvents, maxBytes);
        }
        return new StoredComplaintEvents(rows, leavesAdmitted[0]);
    }

    /** Whether these are a complaint's events: other records (grants, a resident's adjustments) share the table. */
    boolean isComplaint() {
        return rows.stream().anyMatch(row -> COMPLAINT.equals(row.event().aggregateType()));
    }
}
