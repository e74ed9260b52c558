package org.complaintledger.ledgertree;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.UUID;
import org.complaintledger.ledgertree.ChainedInserts.Written;
import org.complaintledger.ledgertree.LedgerAdmission.Admission;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A scheduled admission run told to stop (its thread interrupted as the application stops) ends after the batch in
 * hand instead of working through the whole backlog while the connection pool closes under it; admission on demand
 * still admits everything committed.
 */
@LedgerTreeTest
class StoppingAdmissionTest extends AdmittedLedger {

    @Autowired
    AdmissionHold hold;

    @Test
    void aScheduledRunToldToStopEndsAfterTheBatchInHand() throws Exception {
        try (AdmissionHold.Held scheduleHeldBack = hold.hold()) {
            String last = appendOneRecordOf(LedgerAdmission.PAGE + 200);

            Admission stopped;
            Thread.currentThread().interrupt();
            try {
                stopped = admission.admitUnlessBusy();
            } finally {
                Thread.interrupted();
            }

            assertThat(stopped.leaves()).isPositive();
            assertThat(tree.isLeaf(last)).as("the last event, beyond the first batch").isFalse();
            admission.admitNow();
            assertThat(tree.isLeaf(last)).isTrue();
        }
    }

    private String appendOneRecordOf(int events) throws Exception {
        String aggregate = "backlog-" + UUID.randomUUID();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            Written previous = null;
            for (int sequence = 0; sequence < events; sequence++) {
                previous = inserts.append(connection, aggregate, sequence, previous);
            }
            connection.commit();
            return previous.eventIdentifier();
        }
    }
}
