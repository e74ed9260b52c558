package org.complaintledger.complaint;

import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.code.Stage;

/** Where one stage of a complaint stands: opened (received or requested), acknowledged, extended, answered. */
final class StageProgress {

    final Stage stage;
    final Instant openedAt;
    final LocalDate acknowledgementDue;
    Instant acknowledgedAt;
    String handler;
    LocalDate originalResponseDue;
    LocalDate responseDue;
    boolean responded;
    boolean refused;

    StageProgress(Stage stage, Instant openedAt, LocalDate acknowledgementDue) {
        this.stage = stage;
        this.openedAt = openedAt;
        this.acknowledgementDue = acknowledgementDue;
    }

    boolean acknowledged() {
        return acknowledgedAt != null;
    }

    boolean underWay() {
        return !refused && !responded;
    }
}
