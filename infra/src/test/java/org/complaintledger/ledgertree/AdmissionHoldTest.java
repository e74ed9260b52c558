package org.complaintledger.ledgertree;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * While an import holds admission back, the scheduled admitter (and checkpoint signer, which admits first) leaves the
 * events appended meanwhile for later;
 * admission on demand still admits, and the first scheduled run after the last hold is released admits the rest.
 */
@LedgerTreeTest
class AdmissionHoldTest extends AdmittedLedger {

    @Autowired
    AdmissionHold hold;

    @Autowired
    LedgerTreeSchedule schedule;

    @Test
    void theScheduledAdmitterLeavesEventsAppendedWhileHeldUntilTheLastHoldIsReleased() throws Exception {
        String appended;
        try (AdmissionHold.Held importing = hold.hold(); AdmissionHold.Held rebuilding = hold.hold()) {
            appended = append();
            schedule.admitOnSchedule();
            // a checkpoint admits everything first; whether one is due here depends on the tests before
            schedule.signOnSchedule();
            assertThat(tree.isLeaf(appended)).as("admitted on schedule while held").isFalse();

            importing.close();
            importing.close(); // twice releases once: the other hold still holds
            schedule.admitOnSchedule();
            assertThat(tree.isLeaf(appended)).as("admitted on schedule while one hold remains").isFalse();
        }

        schedule.admitOnSchedule();
        assertThat(tree.isLeaf(appended)).isTrue();
    }

    @Test
    void admissionOnDemandStillAdmitsWhileHeld() throws Exception {
        try (AdmissionHold.Held importing = hold.hold()) {
            String appended = append();

            admission.admitNow();

            assertThat(tree.isLeaf(appended)).isTrue();
        }
    }

    private String append() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            String event = inserts.append(connection, "held-" + UUID.randomUUID(), 0, null).eventIdentifier();
            connection.commit();
            return event;
        }
    }
}
