package org.complaintledger.ledger;

import org.complaintledger.complaint.ComplaintEvent;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Answers whether a complaint is on the ledger from the event table itself: the record's first event is a complaint's.
 * No read model is asked, so a complaint logged a moment ago is found, and the command side depends on no projection.
 * Only the payload's type is read, never its (sealed) personal data, so an erased complaint is still on the ledger.
 */
class EventStoreComplaints implements ComplaintsOnLedger {

    private static final String COMPLAINT_EVENTS = ComplaintEvent.class.getPackageName() + ".%";

    private final JdbcTemplate jdbc;

    EventStoreComplaints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean has(String complaintId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("SELECT EXISTS (SELECT 1 FROM domain_event_entry "
                + "WHERE aggregate_identifier = ? AND sequence_number = 0 AND payload_type LIKE ?)", Boolean.class,
                complaintId, COMPLAINT_EVENTS));
    }
}
