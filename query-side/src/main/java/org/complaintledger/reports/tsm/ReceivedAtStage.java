package org.complaintledger.reports.tsm;

import static org.complaintledger.reports.tsm.TenantSatisfactionMeasures.LOW_COST_HOME_OWNERSHIP;
import static org.complaintledger.reports.tsm.TenantSatisfactionMeasures.LOW_COST_RENTAL;

import java.util.List;
import java.util.Objects;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.reports.tsm.TenantSatisfactionMeasures.ComplaintsReceived;
import org.complaintledger.reports.tsm.TenantSatisfactionMeasures.HomesOwned;
import org.complaintledger.reports.tsm.TenantSatisfactionMeasures.PerThousandHomes;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The stage 1 and stage 2 rows opened in a year, counted by tenure, Code version and how the stage stands: stage 1 in
 * the period it was received, stage 2 in the period its escalation was requested (a stage taken on after a refusal
 * keeps the day it first opened). The counts CH01 and the Code version split are made of.
 */
record ReceivedAtStage(int stage, String tenure, String codeVersion, String standing, long count) {

    /** Not accepted, or its escalation refused: the stage was never entered (see {@link ExclusionReason}). */
    boolean refused() {
        return "REFUSED".equals(standing) || "ESCALATION_REFUSED".equals(standing);
    }

    boolean withdrawn() {
        return "WITHDRAWN".equals(standing);
    }

    static List<ReceivedAtStage> in(JdbcTemplate jdbc, ReportPeriod year) {
        return jdbc.query("SELECT stage, tenure, code_version, standing, count(*) AS n FROM timescale_compliance "
                        + "WHERE stage IN (1, 2) AND opened_on BETWEEN ? AND ? "
                        + "GROUP BY stage, tenure, code_version, standing",
                (rs, row) -> new ReceivedAtStage(rs.getInt("stage"), rs.getString("tenure"),
                        rs.getString("code_version"), rs.getString("standing"), rs.getLong("n")),
                year.from(), year.to());
    }

    /** CH01 for {@code stage}: the refused are left out, the withdrawn counted (docs/api.md, TSM). */
    static ComplaintsReceived ch01(int stage, List<ReceivedAtStage> rows, HomesOwned homes, ReportPeriod year) {
        List<ReceivedAtStage> atStage = rows.stream().filter(r -> r.stage == stage).toList();
        List<PerThousandHomes> byTenure = List.of(perThousand(LOW_COST_RENTAL, atStage, homes, year),
                perThousand(LOW_COST_HOME_OWNERSHIP, atStage, homes, year));
        long tenureNotRecorded = sum(atStage.stream().filter(r -> r.tenure == null && !r.refused()).toList());
        return new ComplaintsReceived("stage " + stage, sum(atStage), sum(atStage.stream().filter(
                ReceivedAtStage::refused).toList()), sum(atStage.stream().filter(ReceivedAtStage::withdrawn).toList()),
                tenureNotRecorded, byTenure.stream().mapToLong(PerThousandHomes::counted).sum(), byTenure);
    }

    private static PerThousandHomes perThousand(String tenure, List<ReceivedAtStage> atStage, HomesOwned homes,
                                                ReportPeriod year) {
        List<ReceivedAtStage> ofTenure = atStage.stream().filter(r -> Objects.equals(r.tenure, tenure)).toList();
        long received = sum(ofTenure);
        long refused = sum(ofTenure.stream().filter(ReceivedAtStage::refused).toList());
        long withdrawn = sum(ofTenure.stream().filter(ReceivedAtStage::withdrawn).toList());
        long counted = received - refused;
        if (homes == null) {
            return new PerThousandHomes(tenure, received, refused, withdrawn, counted, null, null,
                    "homes owned for " + year.label() + " not recorded (POST /api/landlord/homes-owned)");
        }
        int owned = homes.of(tenure);
        if (owned == 0) {
            return new PerThousandHomes(tenure, received, refused, withdrawn, counted, 0, null,
                    "no " + words(tenure) + " homes recorded for " + year.label() + ": no rate per 1,000 of none");
        }
        return new PerThousandHomes(tenure, received, refused, withdrawn, counted, owned,
                Rates.per(counted, owned, 1000), null);
    }

    static String words(String tenure) {
        return LOW_COST_RENTAL.equals(tenure) ? "low-cost rental" : "low-cost home ownership";
    }

    static long sum(List<ReceivedAtStage> rows) {
        return rows.stream().mapToLong(ReceivedAtStage::count).sum();
    }
}
