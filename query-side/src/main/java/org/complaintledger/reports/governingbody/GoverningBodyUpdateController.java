package org.complaintledger.reports.governingbody;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.calendar.WorkingDayCalendar;
import org.complaintledger.reports.ReportAnswer;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.reports.Reports;
import org.complaintledger.reports.asat.LedgerAsAt;
import org.complaintledger.reports.performance.PerformanceCharts;
import org.complaintledger.reports.render.ReportFormat;
import org.complaintledger.reports.render.ReportResponses;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** The governing body's update on complaints (9.7), as JSON, CSV or a page to put before it. */
@RestController
public class GoverningBodyUpdateController {

    static final String TITLE = "Complaints update for the governing body";

    private final Reports reports;
    private final ReportResponses responses;
    private final JsonMapper json;
    private final Clock clock;

    public GoverningBodyUpdateController(Reports reports, ReportResponses responses, JsonMapper json, Clock clock) {
        this.reports = reports;
        this.responses = responses;
        this.json = json;
        this.clock = clock;
    }

    /**
     * The update for {@code from} .. {@code to} (both included), or the last complete quarter when neither is given,
     * as the ledger stands now or stood at {@code asAt} (then "today", for the default quarter and what is overdue,
     * is the London day of {@code asAt}); {@code format} json (default), csv or html.
     */
    @GetMapping("/api/reports/governing-body-update")
    public ResponseEntity<?> update(@RequestParam(required = false)
                                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false)
                                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(required = false)
                                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asAt,
                                    @RequestParam(required = false) String format) {
        ReportFormat as = ReportFormat.named(format);
        Instant now = clock.instant();
        LedgerAsAt.checked(asAt, now);
        LocalDate today = LocalDate.ofInstant(asAt == null ? now : asAt, WorkingDayCalendar.LONDON);
        ReportPeriod period = GoverningBodyUpdates.period(from, to, today);
        ReportAnswer<GoverningBodyUpdate> answer = reports.answer(TITLE, period, asAt,
                jdbc -> GoverningBodyUpdates.read(jdbc, json, period, today));
        return responses.publish(as, answer, "governing-body-update", report -> GoverningBodyUpdates.csv(json, report),
                report -> PerformanceCharts.of(report.period(), report.previousPeriod()),
                "governing-body-update-" + period.from() + "-to-" + period.to());
    }
}
