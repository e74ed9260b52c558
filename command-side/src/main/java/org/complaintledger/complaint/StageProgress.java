package org.complaintledger.complaint;

import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.code.Stage;

/**
 * Where one stage of a complaint stands: opened (received or requested), acknowledged, extended, answered.
 * Immutable, so the state rebuilt from events can be compared with the state a command left behind.
 */
record StageProgress(Stage stage,
                     Instant openedAt,
                     LocalDate acknowledgementDue,
                     Instant acknowledgedAt,
                     String handler,
                     LocalDate originalResponseDue,
                     LocalDate responseDue,
                     boolean responded,
                     boolean refused) {

    static StageProgress opened(Stage stage, Instant at, LocalDate acknowledgementDue) {
        return new StageProgress(stage, at, acknowledgementDue, null, null, null, null, false, false);
    }

    StageProgress acknowledgedBy(String handler, Instant at, LocalDate responseDue) {
        return new StageProgress(stage, openedAt, acknowledgementDue, at, handler, responseDue, responseDue, false, false);
    }

    StageProgress extendedTo(LocalDate newResponseDue) {
        return new StageProgress(stage, openedAt, acknowledgementDue, acknowledgedAt, handler, originalResponseDue,
                newResponseDue, responded, refused);
    }

    StageProgress answered() {
        return new StageProgress(stage, openedAt, acknowledgementDue, acknowledgedAt, handler, originalResponseDue,
                responseDue, true, refused);
    }

    StageProgress escalationRefused() {
        return new StageProgress(stage, openedAt, acknowledgementDue, acknowledgedAt, handler, originalResponseDue,
                responseDue, responded, true);
    }

    boolean acknowledged() {
        return acknowledgedAt != null;
    }
}
