package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.complaintledger.access.Role;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.personaldata.PersonalData;
import org.complaintledger.testsupport.LedgerTest;
import org.complaintledger.testsupport.TestAccounts;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The case record page (5.12) over real HTTP: every event of the JSON record, in the order things happened, with both
 * times; late steps marked with their reason; documents with their digests; outcomes, remedies and Ombudsman steps
 * to completion; a standalone page under its own style nonce; and exactly the JSON record's callers.
 */
@LedgerTest
class CaseRecordPageHttpTest {

    private static final String LATE = "\"backdatingReason\": \"entered from the paper file\"";
    private static final String SURVEY_HASH = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";
    private static final String ORDER_HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final String HOSTILE = "Ray <script>alert('x')</script> <b>Resident</b>";

    @LocalServerPort
    int port;

    @Autowired
    EventStore eventStore;

    LedgerClient officer;

    @BeforeEach
    void connect() {
        officer = new LedgerClient(port);
    }

    @Test
    void showsEveryEventOfTheJsonRecordInTheOrderThingsHappenedWithBothTimes() {
        String id = complaintThroughItsLife();
        JsonNode json = officer.events(id);

        Reply page = officer.get(page(id));

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().headers().firstValue("Content-Type")).hasValue("text/html;charset=UTF-8");
        List<Element> rows = html(page).select("table.steps > tbody > tr");
        // The document was recorded after the response but happened before it: the page follows what happened, the
        // number in each row keeps its place on the ledger.
        List<JsonNode> happened = new ArrayList<>(StreamSupport.stream(json.spliterator(), false).toList());
        happened.sort(Comparator.comparing((JsonNode e) -> Instant.parse(e.get("occurredAt").asString()))
                .thenComparingLong(e -> e.get("sequenceNumber").asLong()));
        assertThat(rows).hasSize(json.size());
        for (int i = 0; i < rows.size(); i++) {
            Element row = rows.get(i);
            JsonNode event = happened.get(i);
            assertThat(row.attr("data-sequence")).isEqualTo(event.get("sequenceNumber").asString());
            assertThat(row.attr("data-type")).isEqualTo(event.get("type").asString());
            assertThat(Instant.parse(row.selectFirst("time.occurred").attr("datetime")))
                    .isEqualTo(Instant.parse(event.get("occurredAt").asString()));
            assertThat(Instant.parse(row.selectFirst("time.recorded").attr("datetime")))
                    .isEqualTo(Instant.parse(event.get("recordedAt").asString()));
            JsonNode reason = event.get("payload").get("backdatingReason");
            if (reason != null && !reason.isNull()) {
                assertThat(row.hasClass("backdated")).as("row %s is marked recorded late", i).isTrue();
                assertThat(row.selectFirst(".reason").text()).isEqualTo(reason.asString());
            }
        }
        assertThat(rows).extracting(row -> row.selectFirst(".title").text()).startsWith(
                "Complaint received and logged", "Stage 1 acknowledged", "Document attached: survey",
                "Stage 1 response issued");
        assertThat(rows.stream().map(row -> row.attr("data-sequence")).toList())
                .as("the document (recorded 3rd) happened before the response (recorded 2nd)")
                .startsWith("0", "1", "3", "2");
    }

    @Test
    void marksTheBackdatedStepWithItsReasonAndShowsEachDocumentsDigest() {
        String id = complaintThroughItsLife();

        Document html = html(officer.get(page(id)));

        Element survey = html.selectFirst("tr[data-type=DocumentAttached]");
        assertThat(survey.hasClass("backdated")).isTrue();
        assertThat(survey.selectFirst(".backdating").text()).contains("Recorded late")
                .contains("scanned from the paper file");
        assertThat(survey.select("code.sha256").eachText()).containsExactly(SURVEY_HASH);
        assertThat(html.selectFirst("tr[data-type=CorrespondenceRecorded]").hasClass("backdated"))
                .as("recorded as it happened").isFalse();
        assertThat(html.select("table.documents code.sha256").eachText()).containsExactly(SURVEY_HASH, ORDER_HASH);
        assertThat(html.selectFirst("tr[data-type=StageAcknowledged] .provision").text()).isEqualTo("Code 6.2");
    }

    @Test
    void showsOutcomesRemediesToCompletionAndTheOmbudsmansSteps() {
        String id = complaintThroughItsLife();

        Document html = html(officer.get(page(id)));

        assertThat(html.select("table.decisions tbody tr").eachText()).singleElement().asString()
                .contains("Stage 1", "Partly upheld", "Fri 13 Nov 2026");
        Map<String, String> actions = rowsById(html, "table.actions");
        assertThat(actions.get("action-1")).contains("Remedy: Apology", "Written apology", "Fri 20 Nov 2026, 10:00 GMT",
                "yes");
        assertThat(actions.get("action-2")).contains("Remedy: Financial", "£50.00", "Not yet completed");
        assertThat(actions.get("action-3")).contains("Outstanding action", "Replace the boiler");
        assertThat(rowsById(html, "table.findings").get("finding-1")).contains("Maladministration", "boiler repairs");
        assertThat(rowsById(html, "table.orders").get("order-1")).contains("finding-1", "Pay a further 200 pounds",
                "Fri 20 Nov 2026, 12:00 GMT", "payment reference 77");
        assertThat(html.select("tr[data-type=ActionCompleted] .title").text()).isEqualTo("Remedy: Apology completed");
    }

    @Test
    void isAStandalonePageWhoseOnlyStyleCarriesTheAnswersNonce() {
        String id = complaintThroughItsLife();

        Reply page = officer.get(page(id));

        String policy = page.raw().headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = Pattern.compile("style-src 'nonce-([A-Za-z0-9+/=]+)'").matcher(policy);
        assertThat(nonce.find()).as(policy).isTrue();
        assertThat(policy).startsWith("default-src 'none';").contains("frame-ancestors 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.raw().headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        Document html = html(page);
        assertThat(html.select("style")).singleElement().satisfies(style -> {
            assertThat(style.attr("nonce")).isEqualTo(nonce.group(1));
            assertThat(style.data()).contains("@media print");
        });
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(html.select("h1")).hasSize(1);
        assertThat(html.select("h2")).isNotEmpty();
        assertThat(html.select("table")).allSatisfy(table -> assertThat(table.selectFirst("caption")).isNotNull());
        assertThat(html.select("script, link, img, iframe, object, [src], [style], [href]")).isEmpty();
        Parser strict = Parser.htmlParser().setTrackErrors(20);
        Jsoup.parse(page.raw().body(), "", strict);
        assertThat(strict.getErrors()).as("well formed").isEmpty();
        assertThat(officer.get(page(id)).raw().headers().firstValue("Content-Security-Policy").orElseThrow())
                .as("a fresh nonce for every answer").isNotEqualTo(policy);
    }

    @Test
    void showsMarkupInTheComplaintsOwnTextAsText() {
        String id = complaintThroughItsLife();

        Document html = html(officer.get(page(id)));

        assertThat(html.select("script")).isEmpty();
        assertThat(html.select("td b")).isEmpty();
        assertThat(html.select("tr[data-type=ComplaintLogged] dd").eachText()).contains(HOSTILE);
    }

    @Test
    void answersExactlyTheCallersOfTheJsonRecord() {
        String id = officer.logComplaint();
        LedgerClient investigator = new LedgerClient(port, Role.INVESTIGATOR);
        List<LedgerClient> callers = List.of(officer, new LedgerClient(port, Role.HANDLER),
                new LedgerClient(port, Role.ANALYST), new LedgerClient(port, Role.GOVERNANCE), investigator,
                LedgerClient.anonymous(port));

        assertThat(callers).extracting(caller -> caller.get(page(id)).status()).containsExactly(200, 200, 403, 403, 403,
                401);
        assertThat(callers).extracting(caller -> caller.get(page(id)).status())
                .isEqualTo(callers.stream().map(caller -> caller.get(events(id)).status()).toList());
        Reply refused = investigator.get(page(id));
        assertThat(refused.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(refused.body().get("detail").asString()).contains("officer's grant");
    }

    @Test
    void anInvestigatorReadsThePageUnderAGrantAndTheReadIsOnTheGrantsRecord() {
        String id = officer.logComplaint();
        String grant = officer.post("/api/complaints/" + id + "/investigator-grants", """
                {"investigator": "%s", "expiresAt": "%s", "reason": "Housing Ombudsman case 202512345"}"""
                .formatted(TestAccounts.username(Role.INVESTIGATOR), Instant.now().plus(Duration.ofDays(28)))).id();

        Reply read = new LedgerClient(port, Role.INVESTIGATOR).get(page(id));
        Reply other = new LedgerClient(port, TestAccounts.OTHER_INVESTIGATOR, TestAccounts.PASSWORD)
                .get(page(id));

        assertThat(read.status()).isEqualTo(200);
        assertThat(html(read).select("tr[data-type=ComplaintLogged]")).hasSize(1);
        assertThat(other.status()).as("the grant is for one investigator").isEqualTo(403);
        assertThat(eventStore.readEvents(grant).asStream().map(e -> e.getPayloadType().getSimpleName()).toList())
                .containsExactly("InvestigatorAccessGranted", "CaseRecordReadByInvestigator");
    }

    @Test
    void anUnknownComplaintIsNotFoundAsProblemDetails() {
        Reply missing = officer.get(page("no-such-complaint"));
        Reply asABrowserAsks = officer.request("GET", page("no-such-complaint"), null, "Accept", "text/html");

        for (Reply reply : List.of(missing, asABrowserAsks)) {
            assertThat(reply.status()).isEqualTo(404);
            assertThat(reply.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
            assertThat(reply.body().get("detail").asString()).isEqualTo("no complaint no-such-complaint on the ledger");
        }
    }

    @Test
    void afterErasureShowsThePlaceholderWhereTheJsonDoes() {
        String id = officer.complaintThroughStageOne(null, ErasureHttpTest.NAME);
        assertThat(officer.post("/api/data-subjects/" + id + "/erasure", ErasureHttpTest.ERASURE).status())
                .isEqualTo(201);

        String page = officer.get(page(id)).raw().body();

        assertThat(officer.events(id).get(0).get("payload").get("complainant").get("residentName").asString())
                .isEqualTo(PersonalData.ERASED);
        assertThat(page).doesNotContain(ErasureHttpTest.NAME).doesNotContain("Carl Councillor")
                .doesNotContain("Boiler broken for three weeks").doesNotContain("entered from the paper file");
        Document html = Jsoup.parse(page);
        assertThat(html.selectFirst("tr[data-type=ComplaintLogged] .reason").text()).isEqualTo(PersonalData.ERASED);
        assertThat(html.select("tr[data-type=ComplaintLogged] dd").eachText()).contains(PersonalData.ERASED,
                PersonalData.ERASED + " (" + PersonalData.ERASED + ")");
        assertThat(html.select("table.actions tbody tr")).hasSize(3);
    }

    /**
     * Logged (the resident's name in markup), acknowledged and answered at stage 1 late from the paper file, with
     * remedies action-1 and action-2 and outstanding action-3; a survey scanned later still (recorded after the
     * response, dated before it); correspondence recorded as it happened; a remedy completed; referred to the
     * Ombudsman, who finds maladministration and orders a payment, complied with.
     */
    private String complaintThroughItsLife() {
        String id = officer.complaintThroughStageOne(null, HOSTILE);
        String at = "/api/complaints/" + id;
        accepted(at, "/documents", """
                {"occurredAt": "2026-11-05T11:30:00Z", "backdatingReason": "scanned from the paper file",
                 "kind": "SURVEY", "description": "Damp survey of the bathroom",
                 "document": {"name": "damp-survey.pdf", "mediaType": "application/pdf", "sha256": "%s"}}"""
                .formatted(SURVEY_HASH));
        accepted(at, "/actions/action-1/completion", """
                {"occurredAt": "2026-11-20T10:00:00Z", %s, "note": "apology sent"}""".formatted(LATE));
        accepted(at, "/ombudsman-referral", """
                {"occurredAt": "2026-11-20T11:00:00Z", %s, "ombudsmanReference": "HOS-2026-123"}""".formatted(LATE));
        accepted(at, "/ombudsman-determination", """
                {"occurredAt": "2026-11-20T11:30:00Z", %s,
                 "findings": [{"definedComplaint": "boiler repairs", "finding": "MALADMINISTRATION"}],
                 "orders": [{"findingId": "finding-1", "description": "Pay a further 200 pounds", "dueBy": "2027-01-15"}]}"""
                .formatted(LATE));
        accepted(at, "/ombudsman-orders/order-1/compliance", """
                {"occurredAt": "2026-11-20T12:00:00Z", %s, "evidence": "payment reference 77"}""".formatted(LATE));
        accepted(at, "/correspondence", """
                {"direction": "OUTBOUND", "party": "CONTRACTOR", "channel": "EMAIL", "summary": "Boiler order placed",
                 "documents": [{"name": "order.pdf", "mediaType": "application/pdf", "sha256": "%s"}]}"""
                .formatted(ORDER_HASH));
        return id;
    }

    private void accepted(String at, String step, String body) {
        Reply reply = officer.post(at + step, body);
        assertThat(reply.status()).as(step + ": " + reply.body()).isEqualTo(200);
    }

    private static Map<String, String> rowsById(Document html, String table) {
        Map<String, String> rows = new java.util.LinkedHashMap<>();
        html.select(table + " tbody tr").forEach(row -> rows.put(row.selectFirst("th").text(), row.text()));
        return rows;
    }

    private static Document html(Reply reply) {
        return Jsoup.parse(reply.raw().body());
    }

    private static String page(String id) {
        return "/api/complaints/" + id + "/record";
    }

    private static String events(String id) {
        return "/api/complaints/" + id + "/events";
    }
}
