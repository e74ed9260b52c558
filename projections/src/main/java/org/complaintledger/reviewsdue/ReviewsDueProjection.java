package org.complaintledger.reviewsdue;

import java.sql.Date;
import java.time.LocalDate;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.complaintledger.adjustment.AdjustmentEvent;
import org.complaintledger.adjustment.AdjustmentKind;
import org.complaintledger.adjustment.AdjustmentRecorded;
import org.complaintledger.adjustment.AdjustmentReviewed;
import org.complaintledger.personaldata.DataSubjectForgotten;
import org.complaintledger.restriction.RestrictionEvent;
import org.complaintledger.restriction.RestrictionImposed;
import org.complaintledger.restriction.RestrictionReviewed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Which of a resident's records are due a review and when: adjustments and disabilities kept under active review
 * (5.10), restrictions under regular review (5.14). It keeps ids, kinds and dates only, never the records' text, so
 * erasing a resident's personal data never needs it rewritten.
 */
@Component
@ProcessingGroup(ReviewsDueProjection.PROCESSING_GROUP)
public class ReviewsDueProjection {

    public static final String PROCESSING_GROUP = "reviews-due";

    /** How the table names what a record is of. */
    public enum Kind { ADJUSTMENT, DISABILITY, RESTRICTION }

    private final JdbcTemplate jdbc;

    public ReviewsDueProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(AdjustmentEvent event) {
        switch (event) {
            case AdjustmentRecorded e -> opened(e.adjustmentId(), e.residentId(),
                    e.kind() == AdjustmentKind.DISABILITY_DISCLOSED ? Kind.DISABILITY : Kind.ADJUSTMENT, e.reviewDue());
            case AdjustmentReviewed e -> reviewed(e.adjustmentId(), e.nextReviewDue());
        }
    }

    @EventHandler
    void on(RestrictionEvent event) {
        switch (event) {
            case RestrictionImposed e -> opened(e.restrictionId(), e.residentId(), Kind.RESTRICTION, e.reviewDue());
            case RestrictionReviewed e -> reviewed(e.restrictionId(), e.nextReviewDue());
        }
    }

    /** An erased resident's records can no longer be reviewed (their text is gone): they leave the list. */
    @EventHandler
    void on(DataSubjectForgotten event) {
        jdbc.update("UPDATE review_due SET active = FALSE WHERE resident_id = ?", event.dataSubjectId());
    }

    @ResetHandler
    void replayFromScratch() {
        jdbc.update("DELETE FROM review_due");
    }

    /** Upsert, so replaying an event already seen changes nothing. */
    private void opened(String recordId, String residentId, Kind kind, LocalDate reviewDue) {
        jdbc.update("INSERT INTO review_due (record_id, resident_id, kind, review_due, active) VALUES (?, ?, ?, ?, TRUE) "
                        + "ON CONFLICT (record_id) DO UPDATE SET review_due = EXCLUDED.review_due, active = TRUE",
                recordId, residentId, kind.name(), Date.valueOf(reviewDue));
    }

    /** The next review date, or, with none, the record is no longer in force and keeps its last date. */
    private void reviewed(String recordId, LocalDate nextReviewDue) {
        if (nextReviewDue == null) {
            jdbc.update("UPDATE review_due SET active = FALSE WHERE record_id = ?", recordId);
        } else {
            jdbc.update("UPDATE review_due SET review_due = ? WHERE record_id = ?", Date.valueOf(nextReviewDue), recordId);
        }
    }
}
