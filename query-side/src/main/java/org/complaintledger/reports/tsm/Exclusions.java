package org.complaintledger.reports.tsm;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.reports.tsm.TenantSatisfactionMeasures.Exclusion;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The complaints the year's figures leave out, one row per measure, stage, reason and refusal ground, with their ids:
 * each stage once, under the first reason that applies (stage 3, then refused, then tenure not recorded).
 */
final class Exclusions {

    private Exclusions() {
    }

    static List<Exclusion> in(JdbcTemplate jdbc, ReportPeriod year) {
        Map<String, List<String>> ids = new LinkedHashMap<>();
        Map<String, Exclusion> first = new LinkedHashMap<>();
        jdbc.query("SELECT 'CH01' AS measure, stage, complaint_id, CASE WHEN stage = 3 THEN 'STAGE_THREE' "
                        + "WHEN standing = 'REFUSED' THEN 'NOT_ACCEPTED' "
                        + "WHEN standing = 'ESCALATION_REFUSED' THEN 'ESCALATION_REFUSED' "
                        + "ELSE 'TENURE_NOT_RECORDED' END AS reason, "
                        + "CASE WHEN stage < 3 AND standing = 'REFUSED' THEN refusal_reason END AS ground "
                        + "FROM timescale_compliance WHERE opened_on BETWEEN ? AND ? "
                        + "AND (stage = 3 OR standing IN ('REFUSED', 'ESCALATION_REFUSED') OR tenure IS NULL) "
                        + "UNION ALL SELECT 'CH02', stage, complaint_id, 'STAGE_THREE', NULL "
                        + "FROM timescale_compliance WHERE stage = 3 AND responded_on BETWEEN ? AND ? "
                        + "ORDER BY measure, stage, reason, ground NULLS FIRST, complaint_id",
                rs -> {
                    String measure = rs.getString("measure");
                    int stage = rs.getInt("stage");
                    ExclusionReason reason = ExclusionReason.valueOf(rs.getString("reason"));
                    String ground = rs.getString("ground");
                    String label = measure + " stage " + stage + " " + reason.name()
                            + (ground == null ? "" : " " + ground);
                    first.putIfAbsent(label, new Exclusion(label, measure, stage, reason.name(), ground, reason.why(),
                            0, List.of()));
                    ids.computeIfAbsent(label, l -> new ArrayList<>()).add(rs.getString("complaint_id"));
                }, year.from(), year.to(), year.from(), year.to());
        return first.values().stream().map(e -> new Exclusion(e.label(), e.measure(), e.stage(), e.reason(),
                e.ground(), e.why(), ids.get(e.label()).size(), List.copyOf(ids.get(e.label())))).toList();
    }
}
