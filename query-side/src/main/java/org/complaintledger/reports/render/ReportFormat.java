package org.complaintledger.reports.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.complaintledger.code.InvalidField;
import org.springframework.http.MediaType;

/** The forms a report is published in: JSON for systems, CSV for spreadsheets, HTML to read, print or publish. */
public enum ReportFormat {
    JSON(MediaType.APPLICATION_JSON),
    CSV(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)),
    HTML(new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8));

    private final MediaType mediaType;

    ReportFormat(MediaType mediaType) {
        this.mediaType = mediaType;
    }

    public MediaType mediaType() {
        return mediaType;
    }

    /** The {@code format} parameter (json by default), or InvalidField naming it and the formats there are. */
    public static ReportFormat named(String format) {
        if (format == null || format.isEmpty()) {
            return JSON;
        }
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(format)).findFirst()
                .orElseThrow(() -> new InvalidField("format", "must be one of " + Arrays.stream(values())
                        .map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "))));
    }
}
