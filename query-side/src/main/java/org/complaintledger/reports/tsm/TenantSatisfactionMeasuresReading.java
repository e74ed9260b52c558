package org.complaintledger.reports.tsm;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.Function;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.reports.tsm.TenantSatisfactionMeasures.ByCodeVersion;
import org.complaintledger.reports.tsm.TenantSatisfactionMeasures.HomesOwned;
import org.complaintledger.reports.tsm.TenantSatisfactionMeasures.StageCounts;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The TSM report of a financial year read from the report read models only (timescale_compliance, homes_owned), so
 * {@code Reports.answer} can read it now or as the ledger stood at a past instant.
 */
public record TenantSatisfactionMeasuresReading(ReportPeriod year, PublishedReading published)
        implements Function<JdbcTemplate, TenantSatisfactionMeasures> {

    @Override
    public TenantSatisfactionMeasures apply(JdbcTemplate jdbc) {
        HomesOwned homes = jdbc.query("SELECT low_cost_rental, low_cost_home_ownership, corrections FROM homes_owned "
                        + "WHERE financial_year = ?",
                rs -> rs.next() ? new HomesOwned(rs.getInt(1), rs.getInt(2), rs.getInt(3)) : null,
                year.from().getYear());
        List<ReceivedAtStage> received = ReceivedAtStage.in(jdbc, year);
        List<RespondedAtStage> responded = RespondedAtStage.in(jdbc, year);
        List<String> missing = new ArrayList<>();
        if (homes == null) {
            missing.add("homes owned for " + year.label() + " (financialYear " + year.from().getYear() + "): "
                    + "CH01 per 1,000 homes is not computed without it");
        }
        return new TenantSatisfactionMeasures(published, published.means(), Rates.ROUNDING, homes, missing,
                List.of(ReceivedAtStage.ch01(1, received, homes, year), ReceivedAtStage.ch01(2, received, homes, year)),
                List.of(RespondedAtStage.ch02(1, responded, published), RespondedAtStage.ch02(2, responded, published)),
                byCodeVersion(received, responded), Exclusions.in(jdbc, year));
    }

    private static List<ByCodeVersion> byCodeVersion(List<ReceivedAtStage> received, List<RespondedAtStage> responded) {
        TreeSet<String> versions = new TreeSet<>();
        received.forEach(r -> versions.add(r.codeVersion()));
        responded.forEach(r -> versions.add(r.codeVersion()));
        return versions.stream().map(v -> new ByCodeVersion(v, counts(1, v, received, responded),
                counts(2, v, received, responded))).toList();
    }

    private static StageCounts counts(int stage, String version, List<ReceivedAtStage> received,
                                      List<RespondedAtStage> responded) {
        List<ReceivedAtStage> in = received.stream()
                .filter(r -> r.stage() == stage && r.codeVersion().equals(version)).toList();
        List<RespondedAtStage> out = responded.stream()
                .filter(r -> r.stage() == stage && r.codeVersion().equals(version)).toList();
        return new StageCounts(ReceivedAtStage.sum(in), ReceivedAtStage.sum(in.stream()
                .filter(r -> !r.refused()).toList()), out.stream().mapToLong(RespondedAtStage::responded).sum(),
                out.stream().mapToLong(RespondedAtStage::inTimeAsExtended).sum(),
                out.stream().mapToLong(RespondedAtStage::inTimeAgainstOriginal).sum());
    }
}
