package org.complaintledger.reports.selfassessment;

import java.time.LocalDate;
import java.util.List;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.reports.selfassessment.SelfAssessmentEvidence.ProvisionGroup;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the landlord followed through: remedies (7.3) and outstanding actions (6.17) completed by their due date,
 * update intervals agreed where a response would fall outside the timescales (5.9), and a resident's records kept under
 * review on time (adjustments and disabilities 5.10, restrictions 5.14). These provisions are the 2024 Code's.
 */
final class FollowThroughEvidence {

    /** Due in the year and completed, or due before the day the reading stands on and still outstanding. */
    private static final String ACTIONS = "SELECT complaint_id AS id, COALESCE(on_time, FALSE) AS met "
            + "FROM outcome_action WHERE remedy_type IS %s NULL AND due_by BETWEEN ? AND ? "
            + "AND (completed_on IS NOT NULL OR due_by < ?)";

    private static final String UPDATES = "SELECT complaint_id AS id, interval_agreed_on IS NOT NULL AS met "
            + "FROM self_assessment_updates WHERE first_extended_on BETWEEN ? AND ?";

    /** Reviews that answered a date in the year, and in-force records whose review fell due in it and was missed. */
    private static final String REVIEWS = "SELECT record_id AS id, on_time AS met FROM self_assessment_review "
            + "WHERE kind IN (%1$s) AND review_due BETWEEN ? AND ? UNION ALL "
            + "SELECT record_id, FALSE FROM self_assessment_review_due WHERE in_force AND kind IN (%1$s) "
            + "AND next_review_due BETWEEN ? AND ? AND next_review_due < ?";

    private FollowThroughEvidence() {
    }

    static List<ProvisionGroup> read(JdbcTemplate jdbc, ReportPeriod year, LocalDate standsOn) {
        Object[] due = {year.from(), year.to(), standsOn};
        Object[] reviewsDue = {year.from(), year.to(), year.from(), year.to(), standsOn};
        return List.of(
                new ProvisionGroup("Putting things right", List.of(
                        Evidence.test("Remedies completed by the date set", "7.3", null,
                                Tally.overall(jdbc, ACTIONS.formatted("NOT"), due), "Remedies due in the year: "
                                        + "completed, or still outstanding past their date."),
                        Evidence.test("Outstanding actions completed by the date set", "6.17", null,
                                Tally.overall(jdbc, ACTIONS.formatted(""), due), "Actions left outstanding at a "
                                        + "response, due in the year: completed, or still outstanding past their "
                                        + "date."))),
                new ProvisionGroup("Keeping residents informed and records under review", List.of(
                        Evidence.test("Complaints extended with an update interval agreed", "5.9", null,
                                Tally.overall(jdbc, UPDATES, year.from(), year.to()), "Complaints first extended in "
                                        + "the year (a response that would fall outside the Code's timescales) and "
                                        + "whether an interval for keeping the resident informed is on record."),
                        Evidence.test("Disabilities and adjustments reviewed on time", "5.10", null,
                                Tally.overall(jdbc, REVIEWS.formatted("'ADJUSTMENT', 'DISABILITY'"), reviewsDue),
                                "Reviews due in the year of disabilities disclosed and adjustments agreed: held, or "
                                        + "missed while the record was in force. The ids are the records', not "
                                        + "complaints'."),
                        Evidence.test("Restrictions reviewed on time", "5.14", null,
                                Tally.overall(jdbc, REVIEWS.formatted("'RESTRICTION'"), reviewsDue),
                                "Reviews due in the year of restrictions on contact: held, or missed while in force. "
                                        + "The ids are the records', not complaints'."))));
    }
}
