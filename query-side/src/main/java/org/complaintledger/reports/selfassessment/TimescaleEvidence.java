package org.complaintledger.reports.selfassessment;

import static org.complaintledger.reports.selfassessment.CodeProvisions.eachVersion;
import static org.complaintledger.reports.selfassessment.CodeProvisions.ofVersion;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.complaintledger.code.AcknowledgementRule;
import org.complaintledger.code.HandlerRule;
import org.complaintledger.code.Stage;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.reports.selfassessment.SelfAssessmentEvidence.ProvisionGroup;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The Code's timescales stage by stage (2024 6.2, 6.3, 6.11, 6.14; 2022 4.1, 5.1, 5.13, 5.18), in both readings of a
 * response on time; extensions within the limit or with a good reason (6.4, 6.15; 2022 5.1, 5.13, 5.18); and stage 2
 * considered by someone other than stage 1's handler (6.13; 2022 5.12).
 */
final class TimescaleEvidence {

    /** Stages opened in the year with an acknowledgement deadline, acknowledged or left past it while open. */
    private static final String ACKNOWLEDGED = "SELECT code_version, complaint_id AS id, "
            + "COALESCE(acknowledged_on_time, FALSE) AS met FROM timescale_compliance "
            + "WHERE stage = ? AND opened_on BETWEEN ? AND ? AND acknowledgement_due IS NOT NULL "
            + "AND (acknowledged_on IS NOT NULL OR acknowledgement_due < LEAST(?::date, COALESCE(closed_on, ?::date)))";

    /** Responses issued in the year, and stages open past a deadline (as extended) that fell in the year. */
    private static final String ANSWERED = "FROM timescale_compliance "
            + "WHERE stage = ? AND (responded_on BETWEEN ? AND ? OR (standing = 'OPEN' AND response_due BETWEEN ? AND ? AND response_due < ?))";

    /** Stages extended, in the year of their response, or of their opening while unanswered. */
    private static final String EXTENDED = "SELECT code_version, complaint_id AS id, "
            + "extensions_within_limit_or_with_good_reason AS met FROM timescale_compliance WHERE stage = ? "
            + "AND extensions > 0 "
            + "AND (responded_on BETWEEN ? AND ? OR (responded_on IS NULL AND opened_on BETWEEN ? AND ?))";

    /** Stage 2 responses issued in the year with stage 2's handler or signatory on record, by stage 1's Code. */
    private static final String STAGE_TWO_STAFF = "SELECT t.code_version, h.complaint_id AS id, "
            + "NOT (COALESCE(h.stage_two_handler_same, FALSE) OR COALESCE(h.stage_two_signatory_same, FALSE)) AS met "
            + "FROM self_assessment_handling h JOIN timescale_compliance t ON t.complaint_id = h.complaint_id "
            + "AND t.stage = 1 WHERE h.stage_two_responded_on BETWEEN ? AND ? "
            + "AND (h.stage_two_handler_same IS NOT NULL OR h.stage_two_signatory_same IS NOT NULL)";

    private TimescaleEvidence() {
    }

    static List<ProvisionGroup> read(JdbcTemplate jdbc, ReportPeriod year, LocalDate standsOn) {
        List<Evidence> timescales = new ArrayList<>();
        List<Evidence> extensions = new ArrayList<>();
        for (Stage stage : Stage.values()) {
            int n = stage.number();
            eachVersion(Tally.byVersion(jdbc, ACKNOWLEDGED, n, year.from(), year.to(), standsOn, standsOn),
                    v -> v.hasStage(stage)
                            && v.timescale(stage).acknowledgement() instanceof AcknowledgementRule.Within w
                            ? Optional.of(w.provision()) : Optional.empty(),
                    (v, provision, count) -> Evidence.test("Stage " + n + " acknowledged within the Code's timescale ("
                            + ofVersion(v) + ")", provision, v.name(), count, "Stages opened in the year (received, "
                            + "or escalation requested) with an acknowledgement deadline: acknowledged, or left "
                            + "unacknowledged past the deadline while open."), timescales);
            Object[] answered = {n, year.from(), year.to(), year.from(), year.to(), standsOn};
            eachVersion(Tally.byVersion(jdbc, "SELECT code_version, complaint_id AS id, "
                            + "COALESCE(on_time_as_extended, FALSE) AS met " + ANSWERED, answered),
                    v -> v.hasStage(stage) ? Optional.of(v.timescale(stage).response().provision()) : Optional.empty(),
                    (v, provision, count) -> Evidence.test("Stage " + n + " answered on time, as extended ("
                            + ofVersion(v) + ")", provision, v.name(), count, "Responses issued in the year, and "
                            + "stages still open past a deadline that fell in the year; measured against the deadline "
                            + "as extended by valid extensions."), timescales);
            eachVersion(Tally.byVersion(jdbc, "SELECT code_version, complaint_id AS id, "
                            + "COALESCE(on_time_against_original, FALSE) AS met " + ANSWERED, answered),
                    v -> v.hasStage(stage) ? Optional.of(v.timescale(stage).response().provision()) : Optional.empty(),
                    (v, provision, count) -> Evidence.test("Stage " + n + " answered on time against the original "
                            + "deadline (" + ofVersion(v) + ")", provision, v.name(), count, "The same stages, "
                            + "measured against the deadline before any extension."), timescales);
            eachVersion(Tally.byVersion(jdbc, EXTENDED, n, year.from(), year.to(), year.from(), year.to()),
                    v -> v.hasStage(stage) ? Optional.of(v.timescale(stage).extension().provision()) : Optional.empty(),
                    (v, provision, count) -> Evidence.test("Stage " + n + " extensions within the Code's limit or "
                            + "with a good reason (" + ofVersion(v) + ")", provision, v.name(), count, "Stages "
                            + "extended, in the year of their response (or, unanswered, of their opening). The ledger "
                            + "refuses an extension beyond the limit without a good reason, one the resident was not "
                            + "told of, and one agreed after the deadline."), extensions);
        }
        List<Evidence> handlers = new ArrayList<>();
        eachVersion(Tally.byVersion(jdbc, STAGE_TWO_STAFF, year.from(), year.to()),
                v -> v.hasStage(Stage.TWO) && v.timescale(Stage.TWO).handler()
                        instanceof HandlerRule.NotAnEarlierStagesHandler rule ? Optional.of(rule.provision())
                        : Optional.empty(),
                (v, provision, count) -> Evidence.test("Stage 2 considered by someone other than stage 1's handler "
                        + "and signatory (" + ofVersion(v) + ")", provision, v.name(), count, "Stage 2 responses "
                        + "issued in the year with stage 2's handler or signatory on record. The ledger refuses a "
                        + "stage 2 handler or signatory who handled stage 1; staff are compared as one-way digests "
                        + "and never stored by name."), handlers);
        return List.of(new ProvisionGroup("Timescales", timescales), new ProvisionGroup("Extensions", extensions),
                new ProvisionGroup("Who considers stage 2", handlers));
    }
}
