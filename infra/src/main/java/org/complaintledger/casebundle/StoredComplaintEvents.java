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

    /** The complaint has more events than one bundle holds. */
    static final class TooManyEvents extends RuntimeException {
        TooManyEvents(String complaintId) {
            super("complaint " + complaintId + " has more than " + MAX_EVENTS + " events, more than one case bundle "
                    + "holds");
        }
    }

    private static final String SELECT = "SELECT e.global_index, e." + StoredEventRows.COLUMNS.replace(", ", ", e.")
            + ", c.previous_hash, c.event_hash, (SELECT leaf_count FROM ledger_admission) AS leaves_admitted "
            + "FROM domain_event_entry e "
            + "LEFT JOIN event_chain c ON c.event_identifier = e.event_identifier "
            + "WHERE e.aggregate_identifier = ? ORDER BY e.sequence_number, e.global_index LIMIT ?";

    public StoredComplaintEvents {
        rows = List.copyOf(rows);
    }

    /** The complaint's events as stored now. */
    public static StoredComplaintEvents read(JdbcTemplate jdbc, String complaintId) {
        long[] leavesAdmitted = {0};
        List<Row> rows = jdbc.query(SELECT, (rs, row) -> {
            leavesAdmitted[0] = rs.getLong("leaves_admitted");
            return new Row(rs.getLong("global_index"), StoredEventRows.read(rs), rs.getBytes("previous_hash"),
                    rs.getBytes("event_hash"));
        }, complaintId, MAX_EVENTS + 1);
        if (rows.size() > MAX_EVENTS) {
            throw new TooManyEvents(complaintId);
        }
        return new StoredComplaintEvents(rows, leavesAdmitted[0]);
    }

    /** Whether these are a complaint's events: other records (grants, a resident's adjustments) share the table. */
    boolean isComplaint() {
        return rows.stream().anyMatch(row -> COMPLAINT.equals(row.event().aggregateType()));
    }
}
