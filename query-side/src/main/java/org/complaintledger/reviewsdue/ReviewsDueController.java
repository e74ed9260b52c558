package org.complaintledger.reviewsdue;

import java.sql.Date;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.complaintledger.code.InvalidField;
import org.complaintledger.code.Timescales;
import org.complaintledger.ledger.SaneDate;
import org.complaintledger.parkedevents.Incomplete;
import org.complaintledger.parkedevents.ParkedEventCounts;
import org.complaintledger.reviewsdue.ReviewsDueProjection.Kind;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The reviews that are due, earliest first: how adjustments and disabilities are kept under active review (5.10)
 * and restrictions under regular review (5.14).
 */
@RestController
public class ReviewsDueController {

    private static final int MAX_ROWS = 1000;

    private final JdbcTemplate jdbc;
    private final Timescales time;
    private final ParkedEventCounts parked;

    public ReviewsDueController(JdbcTemplate jdbc, Timescales time, ParkedEventCounts parked) {
        this.jdbc = jdbc;
        this.time = time;
        this.parked = parked;
    }

    /** Records in force whose review is due on or before {@code by} (today in London when absent). */
    @GetMapping("/api/reviews-due")
    public ReviewsDueReport due(@RequestParam(required = false) String by) {
        LocalDate today = time.dayOf(time.now());
        // Read the parked events first: an event parked after this read is caught by the next request, never hidden.
        Incomplete incomplete = parked.incomplete(ReviewsDueProjection.PROCESSING_GROUP);
        List<ReviewDue> reviews = jdbc.query("SELECT record_id, resident_id, kind, review_due FROM review_due "
                        + "WHERE active AND review_due <= ? ORDER BY review_due, record_id LIMIT " + MAX_ROWS,
                (rs, row) -> {
                    LocalDate due = rs.getDate(4).toLocalDate();
                    return new ReviewDue(rs.getString(1), rs.getString(2), Kind.valueOf(rs.getString(3)), due,
                            due.isBefore(today));
                },
                Date.valueOf(by == null ? today : day(by)));
        return new ReviewsDueReport(reviews, incomplete);
    }

    private static LocalDate day(String by) {
        try {
            return SaneDate.Parameter.checked("by", LocalDate.parse(by));
        } catch (DateTimeParseException e) {
            throw new InvalidField("by", "must be a date, e.g. 2026-12-01");
        }
    }
}
