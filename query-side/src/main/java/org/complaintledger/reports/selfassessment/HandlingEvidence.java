package org.complaintledger.reports.selfassessment;

import static org.complaintledger.reports.selfassessment.CodeProvisions.eachVersion;
import static org.complaintledger.reports.selfassessment.CodeProvisions.ofVersion;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.complaintledger.code.Stage;
import org.complaintledger.complaint.RefusalReason;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.reports.selfassessment.SelfAssessmentEvidence.ProvisionGroup;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Refusals explained with the resident told of the Ombudsman (2.4; escalations 5.11, 2022 5.9 and 4.14) and by their
 * section 2 ground (2.2), and escalation requests escalated rather than refused (6.10; 2022 5.11, 5.18).
 */
final class HandlingEvidence {

    /** The complaint's Code is its stage 1 row's (every complaint has one from receipt). */
    private static final String CODE_OF_COMPLAINT = "JOIN timescale_compliance t ON t.complaint_id = r.complaint_id "
            + "AND t.stage = 1 ";

    private static final String REFUSALS = "SELECT t.code_version, r.complaint_id AS id, "
            + "r.explanation_given AND r.ombudsman_right_told AS met "
            + "FROM self_assessment_refusal r " + CODE_OF_COMPLAINT
            + "WHERE r.stage = ? AND r.refused_on BETWEEN ? AND ?";

    /** Requests made in the year and answered: escalated (acknowledged or answered) or refused. */
    private static final String ESCALATIONS = "SELECT t.code_version, r.complaint_id AS id, "
            + "r.answer = 'ACCEPTED' AS met FROM self_assessment_escalation r " + CODE_OF_COMPLAINT + "WHERE r.to_stage = ? "
            + "AND r.requested_on BETWEEN ? AND ? AND r.answer IN ('ACCEPTED', 'REFUSED')";

    private static final String TOLD = "A refusal counts when the resident was given its reasons and told of the "
            + "right to take the decision to the Ombudsman; the ledger refuses a refusal without the latter, and "
            + "keeps only that an explanation was given, never its text.";

    private HandlingEvidence() {
    }

    static List<ProvisionGroup> read(JdbcTemplate jdbc, ReportPeriod year) {
        List<Evidence> refusals = new ArrayList<>();
        refusals.add(Evidence.test("Complaints refused with an explanation and the Ombudsman's right", "2.4", null,
                Tally.overall(jdbc, REFUSALS, 1, year.from(), year.to()), "Complaints refused in the year. " + TOLD));
        List<Evidence> escalations = new ArrayList<>();
        for (Stage stage : List.of(Stage.TWO, Stage.THREE)) {
            int n = stage.number();
            eachVersion(Tally.byVersion(jdbc, REFUSALS, n, year.from(), year.to()),
                    v -> v.hasStage(stage) ? Optional.of(v.timescale(stage).escalation().refusalProvision())
                            : Optional.empty(),
                    (v, provision, count) -> Evidence.test("Escalations to stage " + n + " refused with an explanation "
                            + "and the Ombudsman's right (" + ofVersion(v) + ")", provision, v.name(), count,
                            "Escalations refused in the year. " + TOLD), refusals);
            eachVersion(Tally.byVersion(jdbc, ESCALATIONS, n, year.from(), year.to()),
                    v -> v.hasStage(stage) ? Optional.of(v.timescale(stage).escalation().requestProvision())
                            : Optional.empty(),
                    (v, provision, count) -> Evidence.test("Requests for stage " + n + " escalated rather than "
                            + "refused (" + ofVersion(v) + ")", provision, v.name(), count, "Requests made in the "
                            + "year and answered; those not meeting it were refused, on a section 2 ground (see the "
                            + "refusals), and may be asked again."), escalations);
        }
        refusals.addAll(byGround(jdbc, year));
        return List.of(new ProvisionGroup("Refusals", refusals), new ProvisionGroup("Escalations", escalations));
    }

    /** Every ground, refused on or not, as a share of the year's refusals of complaints and escalations (2.2). */
    private static List<Evidence> byGround(JdbcTemplate jdbc, ReportPeriod year) {
        Map<String, Long> counts = new HashMap<>();
        jdbc.query("SELECT reason, count(*) AS refusals FROM self_assessment_refusal WHERE refused_on BETWEEN ? AND ? "
                + "GROUP BY reason", rs -> {
                    counts.put(rs.getString("reason"), rs.getLong("refusals"));
                }, year.from(), year.to());
        long all = counts.values().stream().mapToLong(Long::longValue).sum();
        List<Evidence> rows = new ArrayList<>();
        for (RefusalReason ground : RefusalReason.values()) {
            rows.add(Evidence.breakdown("Refusals on the ground " + ground.name().toLowerCase(Locale.ROOT)
                            .replace('_', ' '), "2.2", counts.getOrDefault(ground.name(), 0L), all,
                    "Refusals of complaints and escalations in the year, by their section 2 ground: a share, which "
                            + "no complaint fails."));
        }
        return rows;
    }
}
