package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.complaintledger.access.Role;
import org.complaintledger.calendar.WorkingDayCalendar;
import org.complaintledger.reports.asat.FigureChanges;
import org.complaintledger.testsupport.LedgerTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The annual report (8.1, 8.2) and the governing body's update (9.7) over HTTP: a complaint answered in 2023/24 moves
 * their figures by one, not as at before it was recorded; CSV and HTML carry the JSON's figures; bad parameters are
 * refused naming them; reports are for officers, analysts and the governing body. The database is shared with every
 * other test, so figures are compared before and after, never as whole-year absolutes.
 */
@LedgerTest
class PerformanceReportsHttpTest {

    // October-December 2023: a quarter no other test receives complaints in.
    private static final String ANNUAL = "/api/reports/annual?financialYear=2023";
    private static final String QUARTER = "/api/reports/governing-body-update?from=2023-10-01&to=2023-12-31";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aComplaintAnsweredInTheYearMovesBothReportsButNotAsAtBeforeItWasRecorded() {
        LedgerClient ledger = new LedgerClient(port);
        Map<String, BigDecimal> year = figures(ledger, ANNUAL);
        Map<String, BigDecimal> quarter = figures(ledger, QUARTER);
        Instant published = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        // Mon 2 Oct 2023 (2022 Code): acknowledged next day, upheld on Tue 10 Oct with an apology due a week later
        BackdatedComplaint complaint = BackdatedComplaint.logged(ledger, "2023-10-02T10:00:00+01:00", "repairs",
                "LOW_COST_RENTAL", "");
        complaint.acknowledged(1, "2023-10-03T09:00:00Z", "Hal Handler");
        complaint.responded(1, "2023-10-10T09:00:00Z", "UPHELD", "You may refer this to the Housing Ombudsman",
                "Hal Handler");

        List<String> moved = List.of("volumes.stageOneReceived", "byMonth[2023-10].received",
                "byMonth[2023-10].responded", "byCategory[repairs].stageOne", "byChannel[LETTER].stageOne",
                "outcomesByStage[Stage 1].upheld", "timeliness[Stage 1].responded", "remedies.offered",
                "remedies.byType[APOLOGY].offered", "actions.due");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            Map<String, BigDecimal> yearNow = figures(ledger, ANNUAL);
            Map<String, BigDecimal> quarterNow = figures(ledger, QUARTER);
            for (String figure : moved) {
                assertThat(yearNow.get("year." + figure)).as(figure)
                        .isEqualByComparingTo(year.getOrDefault("year." + figure, BigDecimal.ZERO).add(BigDecimal.ONE));
                assertThat(quarterNow.get("period." + figure)).as(figure).isEqualByComparingTo(
                        quarter.getOrDefault("period." + figure, BigDecimal.ZERO).add(BigDecimal.ONE));
            }
        });

        JsonNode asPublished = ledger.get(ANNUAL + "&asAt=" + published).body();
        assertThat(Instant.parse(asPublished.get("asAt").asString())).isEqualTo(published);
        assertThat(FigureChanges.figures(asPublished.get("report")).get("year.volumes.stageOneReceived"))
                .isEqualByComparingTo(year.get("year.volumes.stageOneReceived"));
        assertThat(asPublished.get("sinceAsAt").get("changedFigures").valueStream()
                .map(change -> change.get("figure").asString()))
                .contains("year.volumes.stageOneReceived", "year.outcomesByStage[Stage 1].upheld");
        assertThat(asPublished.get("sinceAsAt").get("corrections").get("events").valueStream()
                .filter(event -> event.get("record").asString().equals(complaint.id()))
                .map(event -> event.get("step").asString()))
                .contains("ComplaintLogged", "StageResponseIssued");
    }

    @Test
    void publishesTheJsonFiguresAsCsvAndAsAPage() {
        LedgerClient ledger = new LedgerClient(port);
        for (String report : List.of(ANNUAL, QUARTER)) {
            Map<String, BigDecimal> figures = figures(ledger, report);

            HttpResponse<String> csv = ledger.getText(report + "&format=csv");
            assertThat(csv.statusCode()).isEqualTo(200);
            assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
            assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment", ".csv");
            List<String> lines = csv.body().lines().toList();
            assertThat(lines.getFirst()).isEqualTo("section,figure,breakdown,value,previous");
            String current = report.equals(ANNUAL) ? "year." : "period.";
            assertThat(lines).contains("volumes,stageOneReceived,," + plain(figures, current
                    + "volumes.stageOneReceived") + "," + plain(figures, (report.equals(ANNUAL) ? "previousYear."
                    : "previousPeriod.") + "volumes.stageOneReceived"));
            assertThat(lines).anyMatch(line -> line.startsWith("timeliness,onTimeAgainstOriginal,Stage 1,"
                    + plain(figures, current + "timeliness[Stage 1].onTimeAgainstOriginal") + ","));

            HttpResponse<String> html = ledger.getText(report + "&format=html");
            assertThat(html.statusCode()).isEqualTo(200);
            assertThat(html.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
            Parser parser = Parser.htmlParser().setTrackErrors(20);
            Document page = Jsoup.parse(html.body(), "", parser);
            assertThat(parser.getErrors()).isEmpty();
            assertThat(page.select("table")).allSatisfy(table -> assertThat(table.select("> caption")).hasSize(1));
            assertThat(page.select("svg[role=img] > title")).hasSize(4);
            assertThat(page.select("script")).isEmpty();
            assertThat(page.select("[data-figure]")).hasSizeGreaterThan(60).allSatisfy(cell ->
                    assertShows(cell, figures.get(cell.attr("data-figure"))));
        }
    }

    @Test
    void refusesBadParametersNamingThem() {
        LedgerClient ledger = new LedgerClient(port);
        Refusals refusals = new Refusals(jdbc);
        refusals.badRequest(() -> ledger.get("/api/reports/annual?financialYear=99999"), "financialYear");
        refusals.badRequest(() -> ledger.get("/api/reports/annual?financialYear=twenty"), "financialYear");
        refusals.badRequest(() -> ledger.get("/api/reports/annual"), "financialYear");
        refusals.badRequest(() -> ledger.get(ANNUAL + "&format=pdf"), "format");
        refusals.badRequest(() -> ledger.get(ANNUAL + "&asAt=" + Instant.now().plusSeconds(3600)), "asAt");
        refusals.badRequest(() -> ledger.get("/api/reports/governing-body-update?from=2024-01-01&to=2023-12-31"),
                "to");
        refusals.badRequest(() -> ledger.get("/api/reports/governing-body-update?from=2018-01-01&to=2023-12-31"),
                "to");
        refusals.badRequest(() -> ledger.get("/api/reports/governing-body-update?from=2023-10-01"), "to");
        refusals.badRequest(() -> ledger.get(QUARTER + "&format=pdf"), "format");
        refusals.badRequest(() -> ledger.get("/api/reports/governing-body-update?asAt="
                + URLEncoder.encode("3026-01-01T00:00:00Z", StandardCharsets.UTF_8)), "asAt");
    }

    @Test
    void answersTheLastCompleteQuarterByDefault() {
        LocalDate today = LocalDate.now(WorkingDayCalendar.LONDON);
        LocalDate quarterStart = today.withDayOfMonth(1).withMonth((today.getMonthValue() - 1) / 3 * 3 + 1);
        JsonNode answer = new LedgerClient(port).get("/api/reports/governing-body-update").body();
        assertThat(answer.get("period").get("from").asString()).isEqualTo(quarterStart.minusMonths(3).toString());
        assertThat(answer.get("period").get("to").asString()).isEqualTo(quarterStart.minusDays(1).toString());
        assertThat(answer.get("report").get("previousPeriod").get("to").asString())
                .isEqualTo(quarterStart.minusMonths(3).minusDays(1).toString());
    }

    @Test
    void areForOfficersAnalystsAndTheGoverningBodyOnly() {
        List<Role> allowed = List.of(Role.OFFICER, Role.ANALYST, Role.GOVERNANCE);
        for (Role role : Role.values()) {
            for (String report : List.of(ANNUAL, QUARTER)) {
                int status = new LedgerClient(port, role).get(report).status();
                assertThat(status).as(role + " " + report).isEqualTo(allowed.contains(role) ? 200 : 403);
            }
        }
        assertThat(LedgerClient.anonymous(port).get(ANNUAL).status()).isEqualTo(401);
    }

    private static Map<String, BigDecimal> figures(LedgerClient ledger, String report) {
        LedgerClient.Reply reply = ledger.get(report);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
        return FigureChanges.figures(reply.body().get("report"));
    }

    /** A figure as CSV writes it: empty when absent. */
    private static String plain(Map<String, BigDecimal> figures, String path) {
        BigDecimal figure = figures.get(path);
        return figure == null ? "" : figure.toPlainString();
    }

    /** A page's figure cell: pence shown as pounds, per cents with "%", "n/a" where the JSON has no figure. */
    private static void assertShows(Element cell, BigDecimal figure) {
        String path = cell.attr("data-figure");
        String text = cell.text().replace("£", "").replace(",", "").replace("%", "");
        if (figure == null) {
            assertThat(text).as(path).isEqualTo("n/a");
        } else {
            BigDecimal shown = new BigDecimal(text);
            assertThat(path.contains("Pence") ? shown.movePointRight(2) : shown).as(path).isEqualByComparingTo(figure);
        }
    }
}
