package org.complaintledger.http;

import jakarta.validation.Validator;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.complaintledger.calendar.WorkingDayCalendar;
import org.complaintledger.code.InvalidField;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a request body, plus the values the path names, into a command, or refuses it naming every invalid field at
 * once: over a limit ({@link BodyLimits}), unknown, of the wrong type, and, if any of those, what bean validation
 * finds in the rest. Each is said in the API's words ({@link ExpectedValues}), never Java's.
 */
@Component
public class CommandBodies {

    private static final String OCCURRED_AT_RULE =
            "must be an ISO-8601 date-time with offset (2025-06-02T10:15:00+01:00) or a date (2025-06-02)";

    /** More wrong fields than any command has: a body past this is refused with what was found so far. */
    private static final int MAX_ERRORS = 100;

    private final JsonMapper strict;
    private final Validator validator;

    CommandBodies(JsonMapper mapper, Validator validator) {
        this.strict = StrictJson.mapper(mapper);
        this.validator = validator;
    }

    /** Also the bulk import's ({@code bulkimport.ImportedStep}): a line's body is read as an HTTP step's. */
    public <C> C read(JsonNode body, Class<C> type, Map<String, String> fromPath) {
        if (!(body instanceof ObjectNode object)) {
            throw new InvalidField("body", "must be a JSON object");
        }
        ObjectNode command = object.deepCopy();
        List<LedgerProblems.FieldError> errors = new ArrayList<>(BodyLimits.enforce(command));
        fromPath.forEach((field, value) -> {
            // The path (or the signed-in caller) gives this field and its value wins; a body that sends it anyway
            // must still send text, or it is a mistake we would otherwise hide.
            JsonNode sent = command.get(field);
            if (sent != null && !sent.isNull() && !sent.isString()) {
                errors.add(new LedgerProblems.FieldError(field, ExpectedValues.rule(String.class)));
            }
            command.put(field, value);
        });
        normaliseOccurredAt(command, errors);
        C value = convert(command, type, errors);
        if (!errors.isEmpty()) {
            if (value != null) {
                errors.addAll(violations(value, errors));
            }
            throw new InvalidRequest(errors);
        }
        return value;
    }

    /**
     * The command, or null; each field Jackson cannot read is named in {@code errors} and taken out of the body, and
     * the rest read again, so that one wrong field does not hide the next.
     */
    private <C> C convert(ObjectNode command, Class<C> type, List<LedgerProblems.FieldError> errors) {
        while (errors.size() < MAX_ERRORS) {
            try {
                return strict.treeToValue(command, type);
            } catch (ValueInstantiationException e) {
                errors.add(e.getCause() instanceof InvalidField field
                        ? new LedgerProblems.FieldError(field.field(), field.reason())
                        : new LedgerProblems.FieldError(JsonPaths.of(e), "is not valid"));
                return null;
            } catch (JacksonException e) {
                String field = JsonPaths.of(e);
                // A field taken out may then be missing (a primitive has no null): it is already named.
                if (errors.stream().noneMatch(error -> error.field().equals(field))) {
                    errors.add(new LedgerProblems.FieldError(field, e instanceof UnrecognizedPropertyException
                            ? "is not a field of this step" : JsonPaths.expected(e)));
                }
                if (!JsonPaths.remove(command, e)) {
                    return null;
                }
            }
        }
        return null;
    }

    /** Bean validation's findings about the fields that were read, beside the fields already refused. */
    private List<LedgerProblems.FieldError> violations(Object command, List<LedgerProblems.FieldError> refused) {
        return validator.validate(command).stream()
                .map(v -> new LedgerProblems.FieldError(v.getPropertyPath().toString(), v.getMessage()))
                .filter(v -> refused.stream().noneMatch(r -> v.field().equals(r.field())
                        || v.field().startsWith(r.field() + ".") || v.field().startsWith(r.field() + "[")
                        || r.field().startsWith(v.field() + "[") || r.field().startsWith(v.field() + ".")))
                .sorted(Comparator.comparing(LedgerProblems.FieldError::field))
                .toList();
    }

    /** {@code occurredAt} is a date-time with offset, or a bare date meaning the start of that day in London. */
    private static void normaliseOccurredAt(ObjectNode command, List<LedgerProblems.FieldError> errors) {
        JsonNode occurredAt = command.get("occurredAt");
        if (occurredAt == null || occurredAt.isNull()) {
            return;
        }
        if (occurredAt.isString()) {
            String text = occurredAt.asString();
            try {
                command.put("occurredAt", text.length() == 10
                        ? LocalDate.parse(text).atStartOfDay(WorkingDayCalendar.LONDON).toInstant().toString()
                        : OffsetDateTime.parse(text).toInstant().toString());
                return;
            } catch (DateTimeParseException e) {
                // refused below, as any value that is not such a date
            }
        }
        errors.add(new LedgerProblems.FieldError("occurredAt", OCCURRED_AT_RULE));
        command.remove("occurredAt");
    }
}
