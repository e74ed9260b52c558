package org.complaintledger.selfassessment;

import static org.complaintledger.selfassessment.SelfAssessmentEvidenceProjection.day;

import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.complaintledger.adjustment.AdjustmentEvent;
import org.complaintledger.adjustment.AdjustmentKind;
import org.complaintledger.adjustment.AdjustmentRecorded;
import org.complaintledger.adjustment.AdjustmentReviewed;
import org.complaintledger.reporting.ReportReadModel;
import org.complaintledger.restriction.RestrictionEvent;
import org.complaintledger.restriction.RestrictionImposed;
import org.complaintledger.restriction.RestrictionReviewed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Every review of a resident's records kept under review, for the self-assessment (8.1 a): disabilities disclosed and
 * adjustments agreed kept under active review (5.10), restrictions under regular review (5.14), each review with the
 * date it answered and whether it was on time, and each record's next review while it is in force. Record ids and
 * dates only: never whose record it is, nor its text. An erased resident's records stay as they were, so erasure
 * changes no figure.
 */
@Component
@ProcessingGroup(SelfAssessmentEvidenceProjection.PROCESSING_GROUP)
public class ResidentRecordReviewsProjection implements ReportReadModel {

    private final JdbcTemplate jdbc;

    public ResidentRecordReviewsProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AdjustmentEvent event) {
        switch (event) {
            case AdjustmentRecorded e -> recorded(e.adjustmentId(),
                    e.kind() == AdjustmentKind.DISABILITY_DISCLOSED ? "DISABILITY" : "ADJUSTMENT", e.reviewDue());
            case AdjustmentReviewed e -> reviewed(e.adjustmentId(), e.occurredAt(), e.reviewDue(), e.onTime(),
                    e.nextReviewDue());
        }
    }

    @EventHandler
    void on(RestrictionEvent event) {
        switch (event) {
            case RestrictionImposed e -> recorded(e.restrictionId(), "RESTRICTION", e.reviewDue());
            case RestrictionReviewed e -> reviewed(e.restrictionId(), e.occurredAt(), e.reviewDue(), e.onTime(),
                    e.nextReviewDue());
        }
    }

    @ResetHandler
    void replayFromScratch() {
        tables().forEach(table -> jdbc.update("DELETE FROM " + table));
    }

    @Override
    public List<String> tables() {
        return List.of("self_assessment_review", "self_assessment_review_due");
    }

    @Override
    public void apply(Object event, Instant recordedAt) {
        switch (event) {
            case AdjustmentEvent e -> on(e);
            case RestrictionEvent e -> on(e);
            default -> { /* not a resident's record under review */ }
        }
    }

    private void recorded(String recordId, String kind, LocalDate reviewDue) {
        jdbc.update("INSERT INTO self_assessment_review_due (record_id, kind, next_review_due, in_force) "
                + "VALUES (?, ?, ?, TRUE) ON CONFLICT (record_id) DO NOTHING", recordId, kind, Date.valueOf(reviewDue));
    }

    /** The review answers its due date; with no next date the record is no longer in force (ended or lifted). */
    private void reviewed(String recordId, Instant at, LocalDate reviewDue, boolean onTime, LocalDate nextReviewDue) {
        jdbc.update("INSERT INTO self_assessment_review (record_id, kind, review_due, reviewed_on, on_time) "
                        + "SELECT record_id, kind, ?, ?, ? FROM self_assessment_review_due WHERE record_id = ? "
                        + "ON CONFLICT DO NOTHING", Date.valueOf(reviewDue), day(at), onTime, recordId);
        jdbc.update("UPDATE self_assessment_review_due SET next_review_due = COALESCE(?, next_review_due), "
                + "in_force = ? WHERE record_id = ?", nextReviewDue == null ? null : Date.valueOf(nextReviewDue),
                nextReviewDue != null, recordId);
    }
}
