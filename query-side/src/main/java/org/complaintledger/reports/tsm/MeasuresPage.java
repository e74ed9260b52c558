package org.complaintledger.reports.tsm;

import java.util.List;
import java.util.Map;
import org.complaintledger.reports.render.BarChart;
import org.complaintledger.reports.tsm.TenantSatisfactionMeasures.RespondedInTime;

/** What the HTML page draws besides the answer: CH02's responses in time by stage, in both readings. */
final class MeasuresPage {

    private MeasuresPage() {
    }

    static Map<String, Object> of(TenantSatisfactionMeasures report) {
        List<RespondedInTime> stages = report.ch02();
        BarChart chart = BarChart.of("CH02: responses issued and in time, by stage",
                List.of("Responded", "In time as extended", "In time against the original deadline"),
                stages.stream().map(s -> "Stage " + s.stage().substring("stage ".length())).toList(),
                List.of(stages.stream().map(RespondedInTime::responded).toList(),
                        stages.stream().map(s -> s.asExtended().inTime()).toList(),
                        stages.stream().map(s -> s.againstOriginal().inTime()).toList()));
        return Map.of("ch02Chart", chart);
    }
}
