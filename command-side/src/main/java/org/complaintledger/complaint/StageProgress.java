package org.complaintledger.complaint;

import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.code.Stage;

/**
 * Where one stage of a complaint stands: opened (received or requested), acknowledged, extended, answered.
 * Immutable, so the state rebuilt from events can be compared with the state a command left behind.
 *
 * @param extensionsWithinLimitOrWithGoodReason no extension of the stage went beyond the Code's limit without a
 *                                              good reason on the record (6.4, 6.15)
 */
record StageProgress(Stage stage,
                     Instant openedAt,
                     LocalDate acknowledgementDue,
                     Instant acknowledgedAt,
                     String handler,
                     LocalDate originalResponseDue,
                     LocalDate responseDue,
                     boolean extensionsWithinLimitOrWithGoodReason,
                     boolean responded,
                     boolean refused) {

    /**
     * A stage opened on receipt or at the resident's request. {@code acknowledgementDue} is null where the Code sets no
     * acknowledgement deadline; {@code responseDue} is null until the step that starts the response clock.
     */
    static StageProgress opened(Stage stage, Instant at, LocalDate acknowledgementDue, LocalDate responseDue) {
        return new StageProgress(stage, at, acknowledgementDue, null, null, responseDue, responseDue, true, false, false);
    }

    /** Acknowledged: the response deadline is the one now in force, first set here where the clock starts now. */
    StageProgress acknowledgedBy(String handler, Instant at, LocalDate responseDue) {
        return new StageProgress(stage, openedAt, acknowledgementDue, at, handler,
                originalResponseDue == null ? responseDue : originalResponseDue, responseDue,
                extensionsWithinLimitOrWithGoodReason, responded, refused);
    }

    StageProgress extendedTo(LocalDate newResponseDue, boolean withinLimitOrWithGoodReason) {
        return new StageProgress(stage, openedAt, acknowledgementDue, acknowledgedAt, handler, originalResponseDue,
                newResponseDue, extensionsWithinLimitOrWithGoodReason && withinLimitOrWithGoodReason, responded,
                refused);
    }

    StageProgress answered() {
        return new StageProgress(stage, openedAt, acknowledgementDue, acknowledgedAt, handler, originalResponseDue,
                responseDue, extensionsWithinLimitOrWithGoodReason, true, refused);
    }

    StageProgress escalationRefused() {
        return new StageProgress(stage, openedAt, acknowledgementDue, acknowledgedAt, handler, originalResponseDue,
                responseDue, extensionsWithinLimitOrWithGoodReason, responded, true);
    }

    boolean acknowledged() {
        return acknowledgedAt != null;
    }

    /** The step that starts the response clock has happened: the stage can be extended and answered. */
    boolean responseClockRunning() {
        return responseDue != null;
    }
}
