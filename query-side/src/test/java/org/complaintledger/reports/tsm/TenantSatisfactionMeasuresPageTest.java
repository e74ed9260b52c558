package org.complaintledger.reports.tsm;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import org.complaintledger.projectiontest.ProjectionDatabase;
import org.complaintledger.reports.ReportAnswer;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.reports.asat.FigureChanges;
import org.complaintledger.reports.render.ReportResponses;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import tools.jackson.databind.json.JsonMapper;

/**
 * The HTML page of {@link TsmLedger}'s 2024/25 measures, rendered through the real template and parsed: well formed,
 * accessible (captions, a described chart, no script), and every figure in it the JSON answer's.
 */
class TenantSatisfactionMeasuresPageTest {

    @RegisterExtension
    static final ProjectionDatabase DATABASE = ProjectionDatabase.withModuleMigrations();

    private static final ReportPeriod YEAR = ReportPeriod.financialYear("financialYear", 2024);

    private static TenantSatisfactionMeasures report;
    private static Document page;

    @BeforeAll
    static void rendered() {
        TsmLedger.fedTo(DATABASE.jdbc());
        report = new TenantSatisfactionMeasuresReading(YEAR, PublishedReading.AS_EXTENDED).apply(DATABASE.jdbc());
        ReportAnswer<TenantSatisfactionMeasures> answer = new ReportAnswer<>(TenantSatisfactionMeasuresController.TITLE,
                YEAR, YEAR.label(), null, Instant.parse("2025-05-01T09:00:00Z"), null, report, null);
        ClassLoaderTemplateResolver templates = new ClassLoaderTemplateResolver();
        templates.setPrefix("templates/");
        templates.setSuffix(".html");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(templates);
        String html = new ReportResponses(engine).html("tenant-satisfaction-measures",
                Map.of("answer", answer, "report", report), MeasuresPage.of(report));
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        page = Jsoup.parse(html, parser);
        assertThat(parser.getErrors()).as(html).isEmpty();
    }

    @Test
    void everyFigureOnThePageIsTheJsonAnswers() {
        Map<String, BigDecimal> json = FigureChanges.figures(JsonMapper.builder().build().valueToTree(report));

        assertThat(page.select("[data-figure]")).hasSizeGreaterThan(40).allSatisfy(cell -> {
            String path = cell.attr("data-figure");
            if (path.equals("publishedReading")) {
                assertThat(cell.text()).contains(report.publishedReading().name());
            } else {
                assertThat(json).as(path).containsKey(path);
                assertThat(new BigDecimal(cell.text())).as(path).isEqualByComparingTo(json.get(path));
            }
        });
        assertThat(figure("ch01[stage 1].byTenure[LOW_COST_RENTAL].perThousandHomes")).isEqualTo("1.3");
        assertThat(figure("ch01[stage 2].byTenure[LOW_COST_HOME_OWNERSHIP].perThousandHomes")).isEqualTo("2.5");
        assertThat(figure("ch02[stage 1].asExtended.percent")).isEqualTo("85.7");
        assertThat(figure("ch02[stage 1].againstOriginal.percent")).isEqualTo("57.1");
        assertThat(figure("ch02[stage 1].published.percent")).isEqualTo("85.7");
        assertThat(figure("byCodeVersion[2022].stageTwo.responded")).isEqualTo("2");
        assertThat(figure("excluded[CH01 stage 1 NOT_ACCEPTED MORE_THAN_12_MONTHS].count")).isEqualTo("1");
    }

    @Test
    void isAnAccessiblePrintablePageWithoutScript() {
        assertThat(page.select("script")).isEmpty();
        assertThat(page.select("link[href], img[src]")).isEmpty();
        assertThat(page.select("h1").text()).contains("Tenant Satisfaction Measures", "2024/25");
        assertThat(page.select("table")).isNotEmpty().allSatisfy(table ->
                assertThat(table.select("> caption").text()).isNotBlank());
        assertThat(page.select("style").html()).contains("@media print");
        Element chart = page.selectFirst("svg[role=img]");
        assertThat(chart).isNotNull();
        assertThat(chart.select("title").first().text()).contains("CH02");
        // the chart says its figures in words: stage 1 responded 7, in time as extended 6, against the original 4
        assertThat(chart.select("desc").text()).contains("Stage 1: Responded 7, In time as extended 6, "
                + "In time against the original deadline 4");
        assertThat(page.text()).contains("Published reading of CH02: AS_EXTENDED", "rounded half up",
                "Stage 3 of a 2022 Code three-stage procedure", "f", "TSM technical requirements");
    }

    private static String figure(String path) {
        return page.selectFirst("[data-figure=\"" + path + "\"]").text();
    }
}
