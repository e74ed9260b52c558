package org.complaintledger.reports.performance;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.complaintledger.reports.ReportAnswer;
import org.complaintledger.reports.ReportPeriod;
import org.complaintledger.reports.asat.FigureChanges;
import org.complaintledger.reports.render.CsvTable;
import org.complaintledger.reports.render.ReportResponses;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import tools.jackson.databind.json.JsonMapper;

/** Renders the performance report pages as the application does, and checks each figure on them against the JSON. */
public final class PerformancePages {

    private static final ReportResponses RESPONSES = new ReportResponses(engine());

    private PerformancePages() {
    }

    public static <R> String render(String template, String title, ReportPeriod period, R report,
                                    Map<String, Object> charts) {
        ReportAnswer<R> answer = new ReportAnswer<>(title, period, period.label(), null,
                Instant.parse("2026-05-21T09:00:00Z"), null, report, null);
        return RESPONSES.html(template, Map.of("answer", answer, "report", report), charts);
    }

    /**
     * Every cell marked with {@code data-figure} shows the figure of that path in the JSON answer (pence as pounds,
     * per cents with "%", "n/a" where the JSON has none); returns how many were checked.
     */
    public static int assertFiguresMatch(Document page, JsonMapper json, Object report) {
        Map<String, BigDecimal> figures = FigureChanges.figures(json.valueToTree(report));
        int checked = 0;
        for (Element cell : page.select("[data-figure]")) {
            String path = cell.attr("data-figure");
            String text = cell.text().replace("£", "").replace(",", "").replace("%", "");
            BigDecimal expected = figures.get(path);
            if (expected == null) {
                assertThat(text).as(path).isEqualTo("n/a");
            } else {
                BigDecimal shown = new BigDecimal(text);
                assertThat(path.contains("Pence") ? shown.movePointRight(2) : shown).as(path)
                        .isEqualByComparingTo(expected);
            }
            checked++;
        }
        return checked;
    }

    /**
     * Every row of the CSV holds the JSON's figures: the one {@code valuePath} and {@code previousPath} name for the
     * row's path (section, [breakdown], figure, as FigureChanges names figures), or an empty cell where there is none.
     */
    public static void assertCsvMatches(CsvTable csv, JsonMapper json, Object report,
                                        UnaryOperator<String> valuePath, UnaryOperator<String> previousPath) {
        Map<String, BigDecimal> figures = FigureChanges.figures(json.valueToTree(report));
        assertThat(csv.rows()).isNotEmpty().allSatisfy(row -> {
            String path = row.get(0) + (row.get(2).toString().isEmpty() ? "" : "[" + row.get(2) + "]") + "."
                    + row.get(1);
            assertThat((BigDecimal) row.get(3)).as(path).isEqualTo(figures.get(valuePath.apply(path)));
            assertThat((BigDecimal) row.get(4)).as(path).isEqualTo(previousPath == null ? null
                    : figures.get(previousPath.apply(path)));
        });
    }

    /** The page parsed as HTML5, which it must be without a single parse error (unclosed or misnested elements). */
    public static Document parsed(String html) {
        Parser parser = Parser.htmlParser().setTrackErrors(50);
        Document page = Jsoup.parse(html, "", parser);
        assertThat(parser.getErrors()).as("HTML parse errors").isEmpty();
        return page;
    }

    private static SpringTemplateEngine engine() {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
