package org.complaintledger.selfassessment;

import static org.complaintledger.selfassessment.SelfAssessmentEvidenceProjection.day;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.complaintledger.adjustment.AdjustmentEvent;
import org.complaintledger.adjustment.AdjustmentKind;
import org.complaintledger.adjustment.AdjustmentRecorded;
import org.complaintledger.adjustment.AdjustmentReviewed;
import org.complaintledger.readmodel.LiveProjection;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.readmodel.ReadModelTable;
import org.complaintledger.readmodel.ReadModelTables;
import org.complaintledger.readmodel.Row;
import org.complaintledger.reporting.ReportReadModel;
import org.complaintledger.restriction.RestrictionEvent;
import org.complaintledger.restriction.RestrictionImposed;
import org.complaintledger.restriction.RestrictionReviewed;
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
public class ResidentRecordReviewsProjection extends LiveProjection implements ReportReadModel {

    private final ReadModelTable reviews;
    private final ReadModelTable reviewsDue;

    public ResidentRecordReviewsProjection(ReadModelTables tables) {
        super(tables);
        this.reviews = tables.table("self_assessment_review");
        this.reviewsDue = tables.table("self_assessment_review_due");
    }

    @Override
    public List<String> tables() {
        return List.of("self_assessment_review", "self_assessment_review_due");
    }

    @Override
    public ResidentRecordReviewsProjection over(ReadModelTables tables) {
        return new ResidentRecordReviewsProjection(tables);
    }

    @Override
    public void apply(ProjectedEvent event) {
        switch (event.payload()) {
            case AdjustmentEvent e -> on(e);
            case RestrictionEvent e -> on(e);
            default -> { /* not a resident's record under review */ }
        }
    }

    private void on(AdjustmentEvent event) {
        switch (event) {
            case AdjustmentRecorded e -> recorded(e.adjustmentId(),
                    e.kind() == AdjustmentKind.DISABILITY_DISCLOSED ? "DISABILITY" : "ADJUSTMENT", e.reviewDue());
            case AdjustmentReviewed e -> reviewed(e.adjustmentId(), e.occurredAt(), e.reviewDue(), e.onTime(),
                    e.nextReviewDue());
        }
    }

    private void on(RestrictionEvent event) {
        switch (event) {
            case RestrictionImposed e -> recorded(e.restrictionId(), "RESTRICTION", e.reviewDue());
            case RestrictionReviewed e -> reviewed(e.restrictionId(), e.occurredAt(), e.reviewDue(), e.onTime(),
                    e.nextReviewDue());
        }
    }

    private void recorded(String recordId, String kind, LocalDate reviewDue) {
        reviewsDue.insertIfAbsent(reviewsDue.newRow().set("record_id", recordId).set("kind", kind)
                .set("next_review_due", reviewDue).set("in_force", true));
    }

    /** The review answers its due date; with no next date the record is no longer in force (ended or lifted). */
    private void reviewed(String recordId, Instant at, LocalDate reviewDue, boolean onTime, LocalDate nextReviewDue) {
        Row due = reviewsDue.find(recordId);
        if (due != null) {
            reviews.insertIfAbsent(reviews.newRow().set("record_id", recordId).set("kind", due.string("kind"))
                    .set("review_due", reviewDue).set("reviewed_on", day(at)).set("on_time", onTime));
        }
        reviewsDue.update(row -> {
            if (nextReviewDue != null) {
                row.set("next_review_due", nextReviewDue);
            }
            row.set("in_force", nextReviewDue != null);
        }, recordId);
    }
}
