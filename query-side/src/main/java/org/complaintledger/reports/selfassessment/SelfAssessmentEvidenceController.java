package org.complaintledger.reports.selfassessment;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.calendar.WorkingDayCalendar;
import org.complaintledger.reports.ReportAnswer;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.reports.Reports;
import org.complaintledger.reports.asat.LedgerAsAt;
import org.complaintledger.reports.render.ReportFormat;
import org.complaintledger.reports.render.ReportResponses;
import org.complaintledger.selfassessment.SelfAssessmentEvidenceProjection;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The self-assessment evidence (8.1 a) for a financial year, now or as at a past instant, as JSON, CSV or HTML. */
@RestController
public class SelfAssessmentEvidenceController {

    private final Reports reports;
    private final ReportResponses responses;
    private final Clock clock;

    public SelfAssessmentEvidenceController(Reports reports, ReportResponses responses, Clock clock) {
        this.reports = reports;
        this.responses = responses;
        this.clock = clock;
    }

    /**
     * For each provision the ledger can evidence, the year's figure and the complaints that did not meet it; a step
     * due before the day the reading stands on (today, or the day of {@code asAt}) and not taken counts as missed.
     */
    @GetMapping("/api/reports/self-assessment-evidence")
    public ResponseEntity<?> evidence(@RequestParam int financialYear,
                                      @RequestParam(required = false)
                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant asAt,
                                      @RequestParam(required = false) String format) {
        // each parameter checked on its own, so a problem names the one that is wrong whatever the others say
        ReportFormat as = ReportFormat.named(format);
        Instant now = clock.instant();
        LocalDate standsOn = LocalDate.ofInstant(asAt == null ? now : LedgerAsAt.checked(asAt, now),
                WorkingDayCalendar.LONDON);
        ReportPeriod year = ReportPeriod.financialYear("financialYear", financialYear);
        ReportAnswer<SelfAssessmentEvidence> answer = reports.answer(SelfAssessmentEvidenceReport.TITLE, year, asAt,
                SelfAssessmentEvidenceReport.of(year, standsOn), SelfAssessmentEvidenceProjection.PROCESSING_GROUP);
        return responses.publish(as, answer, "self-assessment-evidence", SelfAssessmentEvidenceReport::csv,
                SelfAssessmentEvidenceReport::page, "self-assessment-evidence-" + year.from().getYear());
    }
}
