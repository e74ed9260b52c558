package org.complaintledger.http;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.stream.Collectors;
import org.complaintledger.calendar.WorkingDayCalendar;
import org.complaintledger.code.InvalidField;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Turns a request body, plus the values the path names, into a command, or into an error naming the field. */
@Component
class CommandBodies {

    private final JsonMapper strict;

    CommandBodies(JsonMapper mapper) {
        // A misspelt field silently ignored would change what goes on the record: refuse unknown fields.
        this.strict = mapper.rebuild()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .build();
    }

    <C> C read(JsonNode body, Class<C> type, Map<String, String> fromPath) {
        if (!(body instanceof ObjectNode object)) {
            throw new InvalidField("body", "must be a JSON object");
        }
        ObjectNode command = object.deepCopy();
        fromPath.forEach(command::put);
        normaliseOccurredAt(command);
        try {
            return strict.treeToValue(command, type);
        } catch (UnrecognizedPropertyException e) {
            throw new InvalidField(path(e), "is not a field of this step");
        } catch (JacksonException e) {
            throw new InvalidField(path(e), e.getOriginalMessage());
        }
    }

    /** {@code occurredAt} is a date-time with offset, or a bare date meaning the start of that day in London. */
    private static void normaliseOccurredAt(ObjectNode command) {
        JsonNode occurredAt = command.get("occurredAt");
        if (occurredAt == null || occurredAt.isNull()) {
            return;
        }
        String text = occurredAt.asString();
        try {
            command.put("occurredAt", text.length() == 10
                    ? LocalDate.parse(text).atStartOfDay(WorkingDayCalendar.LONDON).toInstant().toString()
                    : OffsetDateTime.parse(text).toInstant().toString());
        } catch (DateTimeParseException e) {
            throw new InvalidField("occurredAt",
                    "must be an ISO-8601 date-time with offset (2025-06-02T10:15:00+01:00) or a date (2025-06-02)");
        }
    }

    private static String path(JacksonException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
    }
}
