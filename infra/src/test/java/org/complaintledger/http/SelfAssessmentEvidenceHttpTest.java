package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.complaintledger.access.Role;
import org.complaintledger.reports.render.Csv;
import org.complaintledger.testsupport.LedgerTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The self-assessment evidence (8.1 a) over HTTP: the same figures as JSON, CSV and HTML, as at a past instant before a
 * backdated response, bad parameters refused naming them, and reports' access. Other tests write complaints in every
 * year, so figures are compared as deltas, never as a whole year's.
 */
@LedgerTest
class SelfAssessmentEvidenceHttpTest {

    private static final String REPORT = "/api/reports/self-assessment-evidence";
    private static final String YEAR_2024 = REPORT + "?financialYear=2024";
    private static final String ANSWERED = "Stage 1 answered on time, as extended (2024 Code)";

    @LocalServerPort
    int port;

    /**
     * Received Tue 10 September 2024 and acknowledged Wed 11: the response is due 10 working days on (6.3), Wed 25
     * September, long past, so until it is answered the stage counts as missed. Answered, backdated, on Fri 20
     * September: today one more on time and the complaint no longer listed; as at before the answer was recorded, as
     * it was, with the change and the backdated step that made it.
     */
    @Test
    void aBackdatedResponseMovesTodaysFigureButNotTheOneAsAtBeforeIt() {
        LedgerClient ledger = new LedgerClient(port);
        BackdatedComplaint complaint = BackdatedComplaint.logged(ledger, "2024-09-10T10:00:00+01:00", "repairs",
                "LOW_COST_RENTAL", "");
        complaint.acknowledged(1, "2024-09-11T09:00:00Z", "Hal Handler");
        await().atMost(Duration.ofSeconds(20)).until(() -> breaches(answered(ledger.get(YEAR_2024).body()))
                .contains(complaint.id()));
        JsonNode before = answered(ledger.get(YEAR_2024).body());
        Instant published = Instant.now();

        complaint.responded(1, "2024-09-20T09:00:00Z", "NOT_UPHELD", "Ask us for stage 2", "Hal Handler");
        await().atMost(Duration.ofSeconds(20)).until(() -> !breaches(answered(ledger.get(YEAR_2024).body()))
                .contains(complaint.id()));

        JsonNode now = answered(ledger.get(YEAR_2024).body());
        assertThat(now.get("numerator").asLong()).isEqualTo(before.get("numerator").asLong() + 1);
        assertThat(now.get("denominator").asLong()).isEqualTo(before.get("denominator").asLong());

        JsonNode asAt = ledger.get(YEAR_2024 + "&asAt=" + encoded(published.toString())).body();
        assertThat(asAt.get("asAt").asString()).isEqualTo(published.toString());
        JsonNode then = answered(asAt);
        assertThat(then.get("numerator").asLong()).isEqualTo(before.get("numerator").asLong());
        assertThat(breaches(then)).contains(complaint.id());
        List<String> changed = new ArrayList<>();
        asAt.get("sinceAsAt").get("changedFigures").forEach(c -> changed.add(c.get("figure").asString()));
        assertThat(changed).contains("groups[Timescales].evidence[" + ANSWERED + "].numerator");
        List<String> corrections = new ArrayList<>();
        asAt.get("sinceAsAt").get("corrections").get("events").forEach(e -> corrections.add(e.get("record").asString()
                + " " + e.get("step").asString()));
        assertThat(corrections).contains(complaint.id() + " StageResponseIssued");
    }

    @Test
    void theHtmlPageShowsEveryFigureOfTheJson() {
        LedgerClient ledger = new LedgerClient(port, Role.GOVERNANCE);
        JsonNode json = ledger.get(YEAR_2024).body();
        HttpResponse<String> page = published(ledger, "html", "text/html");
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("h1").text()).isEqualTo("Self-assessment evidence 2024/25");
        assertThat(html.select("table.evidence caption")).hasSize(json.get("report").get("groups").size());
        assertThat(html.select("svg[role=img] title")).isNotEmpty();

        int compared = 0;
        for (JsonNode e : evidence(json)) {
            Element row = row(html, e.get("what").asString());
            assertThat(row.selectFirst("td.provision").text()).isEqualTo(e.get("provision").asString());
            if (e.get("reading").asString().equals("NOT_EVIDENCED")) {
                assertThat(row.selectFirst("td.not-evidenced").text()).startsWith("Not evidenced by the ledger: ");
                continue;
            }
            assertThat(row.selectFirst("td.numerator").text()).isEqualTo(e.get("numerator").asString());
            assertThat(row.selectFirst("td.denominator").text()).isEqualTo(e.get("denominator").asString());
            String figure = row.selectFirst("td.figure").text();
            if (e.get("figure").isNull()) {
                assertThat(figure).isEqualTo("–");
            } else {
                assertThat(new BigDecimal(figure)).isEqualByComparingTo(e.get("figure").decimalValue());
            }
            for (JsonNode id : e.get("breaches")) {
                assertThat(row.selectFirst("td.breaches").text()).contains(id.asString());
            }
            compared++;
        }
        assertThat(compared).isGreaterThan(10);
    }

    @Test
    void theCsvHasOneRowPerFigureOfTheJson() {
        LedgerClient ledger = new LedgerClient(port, Role.ANALYST);
        JsonNode json = ledger.get(YEAR_2024).body();
        HttpResponse<String> csv = published(ledger, "csv", "text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"self-assessment-evidence-2024.csv\"");
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).isEqualTo("provision,what,figure,numerator,denominator,breaches");
        assertThat(lines).hasSize(evidence(json).size() + 1);
        JsonNode answered = answered(json);
        assertThat(lines).anySatisfy(line -> assertThat(line).startsWith("6.3 (2024 Code)," + Csv.cell(ANSWERED) + ","
                + (answered.get("figure").isNull() ? "" : answered.get("figure").decimalValue().toPlainString())
                + "," + answered.get("numerator").asLong() + "," + answered.get("denominator").asLong() + ","));
    }

    @Test
    void badParametersAreRefusedNamingThem() {
        LedgerClient ledger = new LedgerClient(port);
        assertRefused(ledger, REPORT, "financialYear");
        assertRefused(ledger, REPORT + "?financialYear=last", "financialYear");
        assertRefused(ledger, REPORT + "?financialYear=1999", "financialYear");
        assertRefused(ledger, REPORT + "?financialYear=2024&format=pdf", "format");
        assertRefused(ledger, REPORT + "?financialYear=2024&asAt=yesterday", "asAt");
        assertRefused(ledger, REPORT + "?financialYear=2024&asAt="
                + encoded(Instant.now().plus(Duration.ofDays(2)).toString()), "asAt");
        assertRefused(ledger, REPORT + "?financialYear=2024&asAt=" + encoded("9999-01-01T00:00:00Z"), "asAt");
    }

    @Test
    void officersAnalystsAndTheGoverningBodyReadItAndNoOneElse() {
        for (Role role : Role.values()) {
            int status = new LedgerClient(port, role).get(YEAR_2024).status();
            boolean reads = role == Role.OFFICER || role == Role.ANALYST || role == Role.GOVERNANCE;
            assertThat(status).as(role.name()).isEqualTo(reads ? 200 : 403);
        }
        assertThat(LedgerClient.anonymous(port).get(YEAR_2024).status()).isEqualTo(401);
    }

    /** The 2024/25 report in {@code format}, answered 200 as {@code mediaType}. */
    private static HttpResponse<String> published(LedgerClient ledger, String format, String mediaType) {
        HttpResponse<String> reply = ledger.getText(YEAR_2024 + "&format=" + format);
        assertThat(reply.statusCode()).isEqualTo(200);
        assertThat(reply.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(mediaType));
        return reply;
    }

    private static void assertRefused(LedgerClient ledger, String path, String parameter) {
        LedgerClient.Reply reply = ledger.get(path);
        assertThat(reply.status()).as(path).isEqualTo(400);
        List<String> named = new ArrayList<>();
        reply.body().get("errors").forEach(error -> named.add(error.get("field").asString()));
        assertThat(named).as(path).containsExactly(parameter);
    }

    private static JsonNode answered(JsonNode answer) {
        return evidence(answer).stream().filter(e -> e.get("what").asString().equals(ANSWERED)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + ANSWERED));
    }

    /** Every figure of the answer, group after group. */
    private static List<JsonNode> evidence(JsonNode answer) {
        List<JsonNode> rows = new ArrayList<>();
        answer.get("report").get("groups").forEach(group -> group.get("evidence").forEach(rows::add));
        return rows;
    }

    private static List<String> breaches(JsonNode evidence) {
        List<String> ids = new ArrayList<>();
        evidence.get("breaches").forEach(id -> ids.add(id.asString()));
        return ids;
    }

    private static Element row(Document html, String what) {
        return html.select("tr").stream().filter(tr -> {
            Element cell = tr.selectFirst("th.what > span");
            return cell != null && cell.text().equals(what);
        }).findFirst().orElseThrow(() -> new AssertionError("no row " + what));
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
