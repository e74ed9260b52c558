package org.complaintledger.reports.tsm;

import java.time.Instant;
import org.complaintledger.reports.ReportAnswer;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.reports.Reports;
import org.complaintledger.reports.render.ReportFormat;
import org.complaintledger.reports.render.ReportResponses;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The Tenant Satisfaction Measures on complaints (CH01, CH02) for a financial year, as JSON, CSV or HTML. */
@RestController
public class TenantSatisfactionMeasuresController {

    static final String TITLE = "Tenant Satisfaction Measures: complaints (CH01, CH02)";

    private final Reports reports;
    private final ReportResponses responses;
    private final PublishedReading published;

    public TenantSatisfactionMeasuresController(Reports reports, ReportResponses responses,
            @Value("${complaint-ledger.reports.tsm.published-reading:AS_EXTENDED}") PublishedReading published) {
        this.reports = reports;
        this.responses = responses;
        this.published = published;
    }

    /**
     * The measures for the financial year starting 1 April {@code financialYear}, as the ledger stands now or stood at
     * {@code asAt}, in {@code format} (json, csv, html); 400 naming the parameter for a year outside 2000-2099, an
     * unknown format, or an {@code asAt} malformed or in the future.
     */
    @GetMapping("/api/reports/tenant-satisfaction-measures")
    public ResponseEntity<?> measures(@RequestParam int financialYear,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asAt,
            @RequestParam(required = false) String format) {
        ReportFormat as = ReportFormat.named(format);
        ReportPeriod year = ReportPeriod.financialYear("financialYear", financialYear);
        ReportAnswer<TenantSatisfactionMeasures> answer = reports.answer(TITLE, year, asAt,
                new TenantSatisfactionMeasuresReading(year, published));
        return responses.publish(as, answer, "tenant-satisfaction-measures", MeasuresTable::of, MeasuresPage::of,
                "tenant-satisfaction-measures-" + financialYear);
    }
}
