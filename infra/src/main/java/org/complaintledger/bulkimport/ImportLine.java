package org.complaintledger.bulkimport;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One line of an import file: a step of the source system, named by its ids, with its kind and body. A line that
 * cannot be read as one says why in {@code malformed}, keeping whatever ids it could read so that its complaint stops.
 */
record ImportLine(long number, String source, String sourceComplaintId, String sourceStepId, String kind,
                  ObjectNode body, String malformed) {

    private static final Set<String> FIELDS = Set.of("format", "source", "sourceComplaintId", "sourceStepId", "step",
            "body");

    static ImportLine parse(long number, byte[] bytes, JsonMapper json) {
        JsonNode node;
        try {
            node = json.readTree(new String(bytes, StandardCharsets.UTF_8));
        } catch (JacksonException e) {
            return malformed(number, null, null, null, "is not JSON: " + e.getOriginalMessage());
        }
        if (!(node instanceof ObjectNode line)) {
            return malformed(number, null, null, null, "must be a JSON object");
        }
        String source = id(line, "source");
        String complaint = id(line, "sourceComplaintId");
        String step = id(line, "sourceStepId");
        for (String field : line.propertyNames()) {
            if (!FIELDS.contains(field)) {
                return malformed(number, source, complaint, step, field + " is not a field of an import line");
            }
        }
        if (!ImportFormat.VERSION.equals(text(line, "format"))) {
            return malformed(number, source, complaint, step, "format must be \"" + ImportFormat.VERSION + "\"");
        }
        if (source == null || complaint == null || step == null) {
            return malformed(number, source, complaint, step, "source, sourceComplaintId and sourceStepId must each "
                    + "be text of 1 to " + ImportFormat.MAX_ID_LENGTH + " characters");
        }
        String kind = text(line, "step");
        if (kind == null || ImportFormat.command(kind) == null) {
            return malformed(number, source, complaint, step, "step must be one of: "
                    + String.join(", ", ImportFormat.kinds()));
        }
        JsonNode body = line.get("body");
        if (body != null && !body.isNull() && !(body instanceof ObjectNode)) {
            return malformed(number, source, complaint, step, "body must be a JSON object");
        }
        return new ImportLine(number, source, complaint, step, kind,
                body instanceof ObjectNode object ? object : json.createObjectNode(), null);
    }

    private static ImportLine malformed(long number, String source, String complaint, String step, String why) {
        return new ImportLine(number, source, complaint, step, null, null, why);
    }

    private static String id(ObjectNode line, String field) {
        String value = text(line, field);
        return value == null || value.isBlank() || value.length() > ImportFormat.MAX_ID_LENGTH ? null : value;
    }

    private static String text(ObjectNode line, String field) {
        JsonNode value = line.get(field);
        return value != null && value.isString() ? value.asString() : null;
    }
}
