package org.complaintledger.analysis;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.complaintledger.casesummary.CaseSummaryProjection;
import org.complaintledger.casesummary.ReceiptPeriod;
import org.complaintledger.code.InvalidField;
import org.complaintledger.ledger.SaneDate;
import org.complaintledger.parkedevents.Incomplete;
import org.complaintledger.parkedevents.ParkedEventCounts;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Analysts' view of the complaints: pseudonymised, no personal data, as JSON pages or one CSV export. */
@RestController
public class AnalysisController {

    static final int MAX_PAGE = 10_000;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 30);

    /** Names the processing groups short of parked events on a CSV export, which has nowhere else to say so. */
    static final String INCOMPLETE_HEADER = "Ledger-Incomplete";

    private final AnalysedComplaints complaints;
    private final ParkedEventCounts parked;

    public AnalysisController(AnalysedComplaints complaints, ParkedEventCounts parked) {
        this.complaints = complaints;
        this.parked = parked;
    }

    /** Complaints received from..to (London days), pseudonymised, in order of receipt. */
    @GetMapping("/api/analysis/complaints")
    public AnalysisPage page(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                            @RequestParam(defaultValue = "0") long offset,
                            @RequestParam(defaultValue = "1000") int limit) {
        if (offset < 0) {
            throw new InvalidField("offset", "must not be negative");
        }
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidField("limit", "must be 1 to " + MAX_PAGE + "; the CSV export has no limit");
        }
        // Parked events are read first: one parked while the page is read is caught by the next, never hidden.
        Incomplete incomplete = parked.incomplete(CaseSummaryProjection.PROCESSING_GROUP);
        List<AnalysedComplaint> page = new ArrayList<>();
        complaints.received(period(from, to), offset, limit, page::add);
        return new AnalysisPage(page, incomplete);
    }

    /**
     * Every complaint received from..to as CSV (RFC 4180), pseudonymised; a {@value #INCOMPLETE_HEADER} header while
     * the case summaries are short of parked events.
     */
    @GetMapping(value = "/api/analysis/complaints.csv", produces = "text/csv")
    public void export(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                       @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                       HttpServletResponse response) throws IOException {
        ReceiptPeriod period = period(from, to);
        Incomplete incomplete = parked.incomplete(CaseSummaryProjection.PROCESSING_GROUP);
        if (incomplete != null) {
            // e.g. "parked-events=3; processing-groups=case-summary"
            response.setHeader(INCOMPLETE_HEADER, "parked-events=" + incomplete.parkedEvents()
                    + "; processing-groups=" + String.join(",", incomplete.processingGroups()));
        }
        response.setContentType("text/csv");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"complaints.csv\"");
        PrintWriter out = response.getWriter();
        out.print(CsvRow.header(AnalysedComplaint.class) + "\r\n");
        complaints.received(period, 0, Long.MAX_VALUE, row -> out.print(CsvRow.of(row) + "\r\n"));
        if (out.checkError()) {
            throw new UncheckedIOException(new IOException("the client went away during the export"));
        }
    }

    private static ReceiptPeriod period(LocalDate from, LocalDate to) {
        return new ReceiptPeriod(from == null ? EARLIEST : SaneDate.Parameter.checked("from", from),
                to == null ? LATEST : SaneDate.Parameter.checked("to", to));
    }
}
