package org.complaintledger.reports.annual;

import java.time.Instant;
import org.complaintledger.reports.ReportAnswer;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.reports.Reports;
import org.complaintledger.reports.performance.PerformanceCharts;
import org.complaintledger.reports.render.ReportFormat;
import org.complaintledger.reports.render.ReportResponses;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The annual complaints performance and service improvement report (8.1, 8.2), as JSON, CSV or a page to publish. */
@RestController
public class AnnualReportController {

    static final String TITLE = "Annual complaints performance and service improvement report";

    private final Reports reports;
    private final ReportResponses responses;
    private final JsonMapper json;

    public AnnualReportController(Reports reports, ReportResponses responses, JsonMapper json) {
        this.reports = reports;
        this.responses = responses;
        this.json = json;
    }

    /**
     * The report for the financial year starting 1 April {@code financialYear}, beside the year before, as the ledger
     * stands now or stood at {@code asAt}; {@code format} json (default), csv or html.
     */
    @GetMapping("/api/reports/annual")
    public ResponseEntity<?> annual(@RequestParam int financialYear,
                                    @RequestParam(required = false)
                                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asAt,
                                    @RequestParam(required = false) String format) {
        ReportFormat as = ReportFormat.named(format);
        ReportPeriod year = ReportPeriod.financialYear("financialYear", financialYear);
        ReportAnswer<AnnualReport> answer = reports.answer(TITLE, year, asAt,
                jdbc -> AnnualReports.read(jdbc, json, year));
        return responses.publish(as, answer, "annual-report", report -> AnnualReports.csv(json, report),
                report -> PerformanceCharts.of(report.year(), report.previousYear()),
                "annual-complaints-report-" + financialYear);
    }
}
