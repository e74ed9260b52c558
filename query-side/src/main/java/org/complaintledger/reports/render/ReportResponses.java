package org.complaintledger.reports.render;

import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.complaintledger.html.StandalonePage;
import org.complaintledger.reports.ReportAnswer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Publishes a report answer in the format asked for: JSON as it is, CSV as the report's table, HTML through its
 * Thymeleaf template, which receives {@code answer}, {@code report} and whatever else the report's page draws
 * (its charts).
 */
@Component
public class ReportResponses {

    private final ITemplateEngine templates;

    public ReportResponses(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * {@code answer} as {@code format}: {@code template} names the HTML page, {@code csv} makes the CSV table and
     * {@code page} adds what the HTML page draws besides the answer; {@code fileName} names the CSV download.
     */
    public <R> ResponseEntity<?> publish(ReportFormat format, ReportAnswer<R> answer, String template,
                                         Function<R, CsvTable> csv, Function<R, Map<String, Object>> page,
                                         String fileName) {
        return switch (format) {
            case JSON -> ResponseEntity.ok().contentType(format.mediaType()).body(answer);
            case CSV -> ResponseEntity.ok().contentType(format.mediaType())
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName + ".csv\"")
                    .body(csv.apply(answer.report()).text());
            case HTML -> {
                String nonce = StandalonePage.nonce();
                yield StandalonePage.answer(html(template, Map.of("answer", answer, "report", answer.report(),
                        StandalonePage.NONCE, nonce), page.apply(answer.report())), nonce);
            }
        };
    }

    /**
     * The page {@code template} with {@code model} and {@code more}; Thymeleaf escapes every text it writes. The
     * model carries the {@link StandalonePage#NONCE} its inline style is let through by.
     */
    public String html(String template, Map<String, Object> model, Map<String, Object> more) {
        Context context = new Context(Locale.UK);
        context.setVariables(model);
        context.setVariables(more);
        return templates.process(template, context);
    }
}
