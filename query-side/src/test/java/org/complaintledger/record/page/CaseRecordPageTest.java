package org.complaintledger.record.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.complaintledger.code.Stage;
import org.complaintledger.complaint.ActionCompleted;
import org.complaintledger.complaint.Channel;
import org.complaintledger.complaint.Complainant;
import org.complaintledger.complaint.ComplaintLogged;
import org.complaintledger.complaint.DocumentAttached;
import org.complaintledger.complaint.DocumentKind;
import org.complaintledger.complaint.DocumentRef;
import org.complaintledger.complaint.RemedyOffered;
import org.complaintledger.complaint.RemedyType;
import org.complaintledger.complaint.StageAcknowledged;
import org.complaintledger.complaint.Tenure;
import org.complaintledger.complaint.TrackedRemedy;
import org.complaintledger.ledger.LedgerEvent;
import org.complaintledger.record.RecordedEvent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The page from events alone, through the same template and Spring's expression language as the application: the
 * steps in the order they happened, times in London, late steps marked with their reason, text escaped.
 */
class CaseRecordPageTest {

    private static final Instant READ_AT = Instant.parse("2026-12-01T12:00:00Z");
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private final CaseRecordPage page = new CaseRecordPage(engine(), Clock.fixed(READ_AT, ZoneOffset.UTC));

    @Test
    void listsTheStepsInTheOrderTheyHappenedWithBothTimes() {
        // The document was recorded third but happened second (on 3 Nov, recorded on 1 Dec with its reason).
        Document html = render(List.of(
                event(0, logged("A leaking roof"), "2026-11-02T10:00:00Z", "2026-11-02T10:00:01Z"),
                event(1, remedy(), "2026-11-20T09:00:00Z", "2026-11-20T09:00:00Z"),
                event(2, document("scanned from the paper file"), "2026-11-03T11:30:00Z", "2026-12-01T08:00:00Z")));

        List<Element> rows = html.select("table.steps tbody tr");
        assertThat(rows).extracting(row -> row.attr("data-sequence")).containsExactly("0", "2", "1");
        assertThat(rows.get(0).selectFirst("time.occurred").attr("datetime")).isEqualTo("2026-11-02T10:00:00Z");
        assertThat(rows.get(0).selectFirst("time.recorded").attr("datetime")).isEqualTo("2026-11-02T10:00:01Z");
        // 2 November 2026 is after the clocks went back (25 October): GMT.
        assertThat(rows.get(0).selectFirst("time.occurred").text()).isEqualTo("Mon 2 Nov 2026, 10:00 GMT");
        assertThat(rows.get(0).selectFirst(".title").text()).isEqualTo("Complaint received and logged");
    }

    @Test
    void marksAStepRecordedLateWithItsReason() {
        Document html = render(List.of(
                event(0, logged("A leaking roof"), "2026-11-02T10:00:00Z", "2026-11-02T10:00:01Z"),
                event(1, document("scanned from the paper file"), "2026-11-03T11:30:00Z", "2026-12-01T08:00:00Z")));

        assertThat(html.select("tr.backdated")).extracting(row -> row.attr("data-sequence")).containsExactly("1");
        assertThat(html.selectFirst("tr.backdated .reason").text()).isEqualTo("scanned from the paper file");
        assertThat(html.select("table.documents code.sha256").text()).isEqualTo(HASH);
    }

    @Test
    void aStepRecordedOnALaterDayWithoutAReasonIsMarkedAndOneRecordedTheSameDayIsNot() {
        // Happened 23:30 on Mon 2 Nov, recorded 09:00 on Tue 3 Nov: within 2 working days, no reason needed.
        Document html = render(List.of(
                event(0, logged("A leaking roof"), "2026-11-02T10:00:00Z", "2026-11-02T16:00:00Z"),
                event(1, new DocumentAttached("C-1", Instant.parse("2026-11-02T23:30:00Z"), null,
                        DocumentKind.PHOTOGRAPH, new DocumentRef("roof.jpg", "image/jpeg", HASH), null),
                        "2026-11-02T23:30:00Z", "2026-11-03T09:00:00Z")));

        assertThat(html.select("tr.backdated")).extracting(row -> row.attr("data-sequence")).containsExactly("1");
        assertThat(html.selectFirst("tr.backdated .backdating").text())
                .isEqualTo("Recorded late. Recorded on a later day than it happened, soon enough to need no reason.");
    }

    @Test
    void citesTheProvisionsOfTheComplaintsOwnCodeVersion() {
        ComplaintLogged under2022 = new ComplaintLogged("C-1", Instant.parse("2023-05-02T10:00:00Z"), null, "C-1",
                "2022", Channel.LETTER, new Complainant(null, "Ray Resident", null, null), "repairs", null, null,
                "Damp", List.of("a dry home"), null, null, false, null, null, LocalDate.of(2023, 5, 7), null, null);
        Document html = render(List.of(
                event(0, under2022, "2023-05-02T10:00:00Z", "2023-05-02T10:00:00Z"),
                event(1, new StageAcknowledged("C-1", Instant.parse("2023-05-03T10:00:00Z"), null, Stage.ONE, null,
                        List.of(), List.of(), "Sam Handler", LocalDate.of(2023, 5, 7), true, LocalDate.of(2023, 5, 17)),
                        "2023-05-03T10:00:00Z", "2023-05-03T10:00:00Z"),
                event(2, document(null), "2023-05-04T10:00:00Z", "2023-05-04T10:00:00Z")));

        // 2022 4.1: acknowledged and logged within five days; 5.12 of the 2024 Code is not the 2022 Code's record rule.
        assertThat(html.select("tr[data-sequence=1] .provision").text()).isEqualTo("Code 4.1");
        assertThat(html.select("tr[data-sequence=2] .provision")).isEmpty();
        assertThat(html.select("tr[data-sequence=0] dd").first().text())
                .isEqualTo("Complaint Handling Code 2022, 2-stage procedure");
    }

    @Test
    void aStepDatedInSummerTimeReadsInBritishSummerTime() {
        Document html = render(List.of(event(0, logged("Damp"), "2026-07-01T09:15:00Z", "2026-07-01T09:15:00Z")));

        assertThat(html.selectFirst("time.occurred").text()).isEqualTo("Wed 1 Jul 2026, 10:15 BST");
    }

    @Test
    void escapesMarkupInTheResidentsWords() {
        Document html = render(List.of(event(0, logged("<script>alert('x')</script><b>bold</b>"),
                "2026-11-02T10:00:00Z", "2026-11-02T10:00:01Z")));

        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("td b")).isEmpty();
        assertThat(html.select("dd").eachText()).contains("<script>alert('x')</script><b>bold</b>");
    }

    @Test
    void aCompletedRemedyIsShownWithItsCompletion() {
        Document html = render(List.of(
                event(0, logged("A leaking roof"), "2026-11-02T10:00:00Z", "2026-11-02T10:00:01Z"),
                event(1, remedy(), "2026-11-20T09:00:00Z", "2026-11-20T09:00:00Z"),
                event(2, new ActionCompleted("C-1", Instant.parse("2026-11-27T09:00:00Z"), null, "action-1", "paid",
                        LocalDate.of(2026, 12, 4), true), "2026-11-27T09:00:00Z", "2026-11-27T09:00:00Z")));

        Element action = html.selectFirst("table.actions tbody tr");
        assertThat(action.text()).contains("action-1", "Remedy: Financial", "£50.00", "Fri 27 Nov 2026", "yes");
        assertThat(html.select("tr[data-sequence=2] .title").text()).isEqualTo("Remedy: Financial completed");
    }

    private Document render(List<RecordedEvent> events) {
        return Jsoup.parse(page.render("C-1", events, "bm9uY2U="));
    }

    private static RecordedEvent event(long sequence, LedgerEvent payload, String occurred, String recorded) {
        return new RecordedEvent(payload.getClass().getSimpleName(), Instant.parse(occurred), Instant.parse(recorded),
                sequence, payload);
    }

    private static ComplaintLogged logged(String description) {
        return new ComplaintLogged("C-1", Instant.parse("2026-11-02T10:00:00Z"), null, "C-1", "2024", Channel.PHONE,
                new Complainant("R-1", "Ray Resident", null, null), "repairs", "2024-1", Tenure.LOW_COST_RENTAL,
                description, List.of("a dry home"), null, null, false, null, null, LocalDate.of(2026, 11, 9), null,
                Stage.TWO);
    }

    private static RemedyOffered remedy() {
        return new RemedyOffered("C-1", Instant.parse("2026-11-20T09:00:00Z"), null, new TrackedRemedy("action-1",
                RemedyType.FINANCIAL, "Compensation", 5000L, LocalDate.of(2026, 12, 4)));
    }

    private static DocumentAttached document(String backdatingReason) {
        return new DocumentAttached("C-1", Instant.parse("2026-11-03T11:30:00Z"), backdatingReason, DocumentKind.SURVEY,
                new DocumentRef("damp-survey.pdf", "application/pdf", HASH), "Damp survey");
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        return engine;
    }
}
