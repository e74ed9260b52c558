package org.complaintledger.casebundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.complaintledger.http.LedgerClient;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A complaint's events read for its bundle: all of them as stored, in sequence order, with the tree's leaf count; and
 * a complaint of more events or more stored bytes than a bundle holds refused before its rows are read.
 */
@LedgerTest
class StoredComplaintEventsTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void readsEveryEventAsStoredWithTheLeafCount() {
        LedgerClient officer = new LedgerClient(port);
        String complaint = officer.logComplaint();
        officer.post("/api/complaints/" + complaint + "/correspondence", """
                {"direction": "INBOUND", "party": "RESIDENT", "channel": "EMAIL", "summary": "Asked for news"}""");

        StoredComplaintEvents stored = StoredComplaintEvents.read(jdbc, complaint);

        assertThat(stored.rows()).extracting(row -> row.event().sequenceNumber()).containsExactly(0L, 1L);
        assertThat(stored.rows()).allSatisfy(row -> assertThat(row.chained()).isTrue());
        assertThat(stored.isComplaint()).isTrue();
        assertThat(stored.leavesAdmitted()).isPositive()
                .isLessThanOrEqualTo(jdbc.queryForObject("SELECT leaf_count FROM ledger_admission", Long.class));
        assertThat(StoredComplaintEvents.read(jdbc, "no-such-complaint").rows()).isEmpty();
    }

    @Test
    void aComplaintOfMoreEventsOrBytesThanABundleHoldsIsRefused() {
        LedgerClient officer = new LedgerClient(port);
        String complaint = officer.logComplaint();
        officer.post("/api/complaints/" + complaint + "/correspondence", """
                {"direction": "INBOUND", "party": "RESIDENT", "channel": "EMAIL", "summary": "Asked for news"}""");
        long bytes = jdbc.queryForObject("SELECT sum(octet_length(payload) + octet_length(meta_data)) "
                + "FROM domain_event_entry WHERE aggregate_identifier = ?", Long.class, complaint);

        assertThat(StoredComplaintEvents.read(jdbc, complaint, 2, bytes).rows()).hasSize(2);
        assertThatThrownBy(() -> StoredComplaintEvents.read(jdbc, complaint, 1, bytes))
                .isInstanceOf(StoredComplaintEvents.TooManyEvents.class)
                .hasMessageContaining("has 2 events of " + bytes + " bytes");
        assertThatThrownBy(() -> StoredComplaintEvents.read(jdbc, complaint, 2, bytes - 1))
                .isInstanceOf(StoredComplaintEvents.TooManyEvents.class)
                .hasMessageContaining("(2 events, " + (bytes - 1) + " bytes)");
    }
}
