package org.complaintledger.reports.tsm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.complaintledger.reports.render.CsvTable;
import org.complaintledger.reports.tsm.TenantSatisfactionMeasures.ComplaintsReceived;
import org.complaintledger.reports.tsm.TenantSatisfactionMeasures.PerThousandHomes;
import org.complaintledger.reports.tsm.TenantSatisfactionMeasures.Reading;
import org.complaintledger.reports.tsm.TenantSatisfactionMeasures.RespondedInTime;

/** The measures as a spreadsheet: one row per figure, with its numerator, denominator and whether it is published. */
final class MeasuresTable {

    private static final List<String> HEADER = List.of("measure", "stage", "tenure", "reading", "numerator",
            "denominator", "figure", "unit", "published", "not_computed_because");

    private MeasuresTable() {
    }

    static CsvTable of(TenantSatisfactionMeasures report) {
        List<List<Object>> rows = new ArrayList<>();
        for (ComplaintsReceived stage : report.ch01()) {
            for (PerThousandHomes t : stage.byTenure()) {
                rows.add(row("CH01", stage.stage(), t.tenure(), "", t.counted(), t.homesOwned(), t.perThousandHomes(),
                        "per 1,000 homes", "yes", t.notComputedBecause()));
            }
        }
        for (RespondedInTime stage : report.ch02()) {
            for (Reading r : List.of(stage.asExtended(), stage.againstOriginal())) {
                rows.add(row("CH02", stage.stage(), "", r.reading(), r.inTime(), r.responded(), r.percent(), "%",
                        r.reading().equals(report.publishedReading().name()) ? "yes" : "no", r.notComputedBecause()));
            }
        }
        return new CsvTable(HEADER, rows);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);  // cells may be null (a figure not computed)
    }
}
