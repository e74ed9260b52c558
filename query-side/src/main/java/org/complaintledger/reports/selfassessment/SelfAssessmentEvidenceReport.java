package org.complaintledger.reports.selfassessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.reports.render.BarChart;
import org.complaintledger.reports.render.CsvTable;
import org.complaintledger.reports.selfassessment.SelfAssessmentEvidence.ProvisionGroup;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The self-assessment evidence (8.1 a) as a pure function of the report read models, and its CSV table and chart.
 */
public final class SelfAssessmentEvidenceReport {

    public static final String TITLE = "Self-assessment evidence";

    private SelfAssessmentEvidenceReport() {
    }

    /**
     * The evidence for {@code year} as the read models stand, a step due before {@code standsOn} and not taken
     * counting as missed.
     */
    public static Function<JdbcTemplate, SelfAssessmentEvidence> of(ReportPeriod year, LocalDate standsOn) {
        return jdbc -> {
            List<ProvisionGroup> groups = new ArrayList<>(TimescaleEvidence.read(jdbc, year, standsOn));
            groups.addAll(HandlingEvidence.read(jdbc, year));
            groups.addAll(FollowThroughEvidence.read(jdbc, year, standsOn));
            groups.add(NotEvidenced.PROVISIONS);
            return new SelfAssessmentEvidence(standsOn, groups);
        };
    }

    /** One row per provision's figure: a row the ledger cannot evidence says so, and why, in the figure's place. */
    public static CsvTable csv(SelfAssessmentEvidence report) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProvisionGroup group : report.groups()) {
            for (Evidence e : group.evidence()) {
                Object figure = e.reading() == Evidence.Reading.NOT_EVIDENCED
                        ? "not evidenced by the ledger: " + e.note() : e.figure();
                rows.add(Arrays.asList(e.provision() + (e.codeVersion() == null ? ""
                        : " (" + e.codeVersion() + " Code)"), e.what(), figure, e.numerator(), e.denominator(),
                        String.join(" ", e.breaches())));
            }
        }
        return new CsvTable(List.of("provision", "what", "figure", "numerator", "denominator", "breaches"), rows);
    }

    /** The page's chart: for each timescale measure of the current Code, the cases that met it and did not. */
    public static Map<String, Object> page(SelfAssessmentEvidence report) {
        List<String> labels = new ArrayList<>();
        List<Long> met = new ArrayList<>();
        List<Long> missed = new ArrayList<>();
        report.groups().stream().filter(g -> g.name().equals("Timescales")).flatMap(g -> g.evidence().stream())
                .filter(e -> "2024".equals(e.codeVersion())).forEach(e -> {
                    labels.add(e.provision() + (e.what().contains("original") ? " original" : ""));
                    met.add(e.numerator());
                    missed.add(e.breachCount());
                });
        return Map.of("chart", BarChart.of("Timescales met and missed (2024 Code)", List.of("Met", "Not met"), labels,
                List.of(met, missed)));
    }
}
