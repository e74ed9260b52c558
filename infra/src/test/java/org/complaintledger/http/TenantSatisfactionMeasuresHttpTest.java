package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.complaintledger.reports.asat.FigureChanges;
import org.complaintledger.testsupport.LedgerTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The TSM report over HTTP: its figures follow the steps taken (as deltas: other tests write complaints in 2025/26
 * too), as at a past instant it reproduces the figure published then beside today's and the backdated step that
 * changed it, its CSV and HTML carry the JSON's figures, and bad parameters are 400 naming the parameter.
 */
@LedgerTest
class TenantSatisfactionMeasuresHttpTest {

    private static final String REPORT = "/api/reports/tenant-satisfaction-measures?financialYear=2025";
    private static final String RESPONDED = "ch02[stage 1].responded";
    private static final String AS_EXTENDED = "ch02[stage 1].asExtended.inTime";
    private static final String RENTAL_RECEIVED = "ch01[stage 1].byTenure[LOW_COST_RENTAL].received";
    private static final String RENTAL_COUNTED = "ch01[stage 1].byTenure[LOW_COST_RENTAL].counted";

    @LocalServerPort
    int port;

    /**
     * Received Tue 3 June 2025 and acknowledged Wed 4 June (2024 Code); 10 working days (6.3): 5-6, 9-13, 16-18 June,
     * due Wed 18 June. The response of Tue 17 June is entered after the report was published, backdated: as at the
     * publication the report still reads as it did, and says which figures changed since and by which step.
     */
    @Test
    void asAtReproducesThePublishedFigureAfterABackdatedResponse() {
        LedgerClient ledger = new LedgerClient(port);
        Map<String, BigDecimal> first = figures(ledger.get(REPORT).body());
        BackdatedComplaint complaint = BackdatedComplaint.logged(ledger, "2025-06-03T10:00:00+01:00", "repairs",
                "LOW_COST_RENTAL", "");
        complaint.acknowledged(1, "2025-06-04T09:00:00Z", "Hal Handler");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                delta(first, figures(ledger.get(REPORT).body()), RENTAL_COUNTED) == 1);
        Map<String, BigDecimal> published = figures(ledger.get(REPORT).body());
        assertThat(delta(first, published, RENTAL_RECEIVED)).isEqualTo(1);
        Instant publishedAt = Instant.now();

        complaint.responded(1, "2025-06-17T09:00:00Z", "UPHELD", "You may refer this to the Housing Ombudsman",
                "Ruth Reviewer");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                delta(published, figures(ledger.get(REPORT).body()), RESPONDED) == 1);
        assertThat(delta(published, figures(ledger.get(REPORT).body()), AS_EXTENDED)).isEqualTo(1);

        JsonNode asPublished = ledger.get(REPORT + "&asAt=" + publishedAt).body();
        assertThat(asPublished.get("asAt").asString()).isEqualTo(publishedAt.toString());
        Map<String, BigDecimal> then = figures(asPublished);
        assertThat(then.get(RESPONDED)).isEqualByComparingTo(published.get(RESPONDED));
        assertThat(then.get(AS_EXTENDED)).isEqualByComparingTo(published.get(AS_EXTENDED));
        assertThat(then.get(RENTAL_COUNTED)).isEqualByComparingTo(published.get(RENTAL_COUNTED));
        List<String> changed = new ArrayList<>();
        asPublished.get("sinceAsAt").get("changedFigures").forEach(change -> {
            changed.add(change.get("figure").asString());
            if (change.get("figure").asString().equals(RESPONDED)) {
                assertThat(change.get("now").decimalValue().subtract(change.get("asAt").decimalValue()))
                        .isEqualByComparingTo("1");
            }
        });
        assertThat(changed).contains(RESPONDED, AS_EXTENDED);
        List<String> corrections = new ArrayList<>();
        asPublished.get("sinceAsAt").get("corrections").get("events").forEach(event ->
                corrections.add(event.get("record").asString() + " " + event.get("step").asString() + " "
                        + event.get("occurredAt").asString()));
        assertThat(corrections).contains(complaint.id() + " StageResponseIssued 2025-06-17T09:00:00Z");
    }

    /** A complaint not accepted is left out of CH01 and listed with its ground and id. */
    @Test
    void listsARefusedComplaintAmongTheExcludedWithItsId() {
        LedgerClient ledger = new LedgerClient(port);
        BackdatedComplaint refused = BackdatedComplaint.logged(ledger, "2025-07-01T10:00:00+01:00", "repairs",
                "LOW_COST_HOME_OWNERSHIP", "");
        assertThat(ledger.post("/api/complaints/" + refused.id() + "/refusal", """
                {"occurredAt": "2025-07-02T09:00:00Z", "backdatingReason": "entered from the paper log",
                 "reason": "OTHER", "explanation": "a neighbour dispute, not a service",
                 "residentToldOfOmbudsmanRight": true}""").status()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<String> ids = new ArrayList<>();
            ledger.get(REPORT).body().get("report").get("excluded").forEach(row -> {
                if (row.get("label").asString().equals("CH01 stage 1 NOT_ACCEPTED OTHER")) {
                    row.get("complaintIds").forEach(id -> ids.add(id.asString()));
                }
            });
            assertThat(ids).contains(refused.id());
        });
    }

    @Test
    void servesTheSameFiguresAsCsvAndAsAnAccessibleHtmlPage() {
        LedgerClient analyst = new LedgerClient(port, org.complaintledger.access.Role.ANALYST);
        JsonNode json = analyst.get(REPORT).body();
        assertThat(json.get("report").get("publishedReading").asString()).isEqualTo("AS_EXTENDED");
        Map<String, BigDecimal> figures = figures(json);

        HttpResponse<String> html = analyst.getText(REPORT + "&format=html");
        assertThat(html.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/html"));
        Document page = Jsoup.parse(html.body());
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("table")).allSatisfy(table -> assertThat(table.select("> caption")).isNotEmpty());
        assertThat(page.select("svg[role=img] title")).isNotEmpty();
        assertThat(page.text()).contains("Published reading of CH02: AS_EXTENDED");
        assertThat(page.select("[data-figure]")).isNotEmpty().allSatisfy(cell -> {
            String path = cell.attr("data-figure");
            if (!path.equals("publishedReading") && !cell.text().startsWith("not computed")) {
                assertThat(new BigDecimal(cell.text())).as(path).isEqualByComparingTo(figures.get(path));
            }
        });

        HttpResponse<String> csv = analyst.getText(REPORT + "&format=csv");
        assertThat(csv.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).contains("tenant-satisfaction-measures-2025.csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.getFirst()).isEqualTo("measure,stage,tenure,reading,numerator,denominator,figure,unit,"
                + "published,not_computed_because");
        assertThat(lines).hasSize(9);
        assertThat(lines.get(5)).startsWith("CH02,stage 1,,AS_EXTENDED,"
                + figures.get(AS_EXTENDED).toBigInteger() + "," + figures.get(RESPONDED).toBigInteger() + ",")
                .contains(",%,yes,");
        assertThat(lines.get(6)).startsWith("CH02,stage 1,,AGAINST_ORIGINAL,").contains(",%,no,");
    }

    @Test
    void refusesBadParametersNamingThem() {
        LedgerClient ledger = new LedgerClient(port);
        String base = "/api/reports/tenant-satisfaction-measures";
        assertThat(field(ledger, base + "?financialYear=99999")).isEqualTo("financialYear");
        assertThat(field(ledger, base + "?financialYear=twenty")).isEqualTo("financialYear");
        assertThat(field(ledger, base)).isEqualTo("financialYear");
        assertThat(field(ledger, base + "?financialYear=2025&format=pdf")).isEqualTo("format");
        assertThat(field(ledger, base + "?financialYear=2025&asAt=" + Instant.now().plusSeconds(3600)))
                .isEqualTo("asAt");
        assertThat(field(ledger, base + "?financialYear=2025&asAt=yesterday")).isEqualTo("asAt");
    }

    private static String field(LedgerClient ledger, String path) {
        LedgerClient.Reply reply = ledger.get(path);
        assertThat(reply.status()).as(path + " " + reply.body()).isEqualTo(400);
        assertThat(reply.raw().headers().firstValue("Content-Type")).hasValue("application/problem+json");
        return reply.body().get("errors").get(0).get("field").asString();
    }

    private static Map<String, BigDecimal> figures(JsonNode answer) {
        return FigureChanges.figures(answer.get("report"));
    }

    private static long delta(Map<String, BigDecimal> before, Map<String, BigDecimal> after, String figure) {
        return after.get(figure).subtract(before.get(figure)).longValueExact();
    }
}
