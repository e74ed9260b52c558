package org.complaintledger.complaint;

import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.code.Stage;

/**
 * Where one stage of a complaint stands: opened (received or requested), acknowledged, extended, answered.
 * Immutable, so the state rebuilt from events can be compared with the state a command left behind.
 *
 * @param respondedBy                           who considered and signed the stage's response (6.13)
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
                     String respondedBy,
                     boolean responded,
                     boolean refused) {

    static StageProgress opened(Stage stage, Instant at, LocalDate acknowledgementDue) {
        return new StageProgress(stage, at, acknowledgementDue, null, null, null, null, true, null, false, false);
    }

    StageProgress acknowledgedBy(String handler, Instant at, LocalDate responseDue) {
        return new StageProgress(stage, openedAt, acknowledgementDue, at, handler, responseDue, responseDue, true,
                null, false, false);
    }

    StageProgress extendedTo(LocalDate newResponseDue, boolean withinLimitOrWithGoodReason) {
        return new StageProgress(stage, openedAt, acknowledgementDue, acknowledgedAt, handler, originalResponseDue,
                newResponseDue, extensionsWithinLimitOrWithGoodReason && withinLimitOrWithGoodReason, respondedBy,
                responded, refused);
    }

    StageProgress answeredBy(String signatory) {
        return new StageProgress(stage, openedAt, acknowledgementDue, acknowledgedAt, handler, originalResponseDue,
                responseDue, extensionsWithinLimitOrWithGoodReason, signatory, true, refused);
    }

    StageProgress escalationRefused() {
        return new StageProgress(stage, openedAt, acknowledgementDue, acknowledgedAt, handler, originalResponseDue,
                responseDue, extensionsWithinLimitOrWithGoodReason, respondedBy, responded, true);
    }

    boolean acknowledged() {
        return acknowledgedAt != null;
    }

    /** Whether {@code person} handled this stage or signed its response (6.13): case and surrounding spaces ignored. */
    boolean involved(String person) {
        return samePerson(handler, person) || samePerson(respondedBy, person);
    }

    private static boolean samePerson(String a, String b) {
        return a != null && b != null && a.strip().equalsIgnoreCase(b.strip());
    }
}
