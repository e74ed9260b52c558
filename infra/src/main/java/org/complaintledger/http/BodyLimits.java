package org.complaintledger.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The limits of docs/api.md ("Limits") on what a body may hold, checked before it becomes a command: no NUL character
 * in any text or field name (PostgreSQL refuses to store one), texts of at most {@link #TEXT} characters (names,
 * references and ids at most {@link #NAME}), lists of at most {@link #LIST} entries. Each field over a limit is named
 * and taken out of the body, so that the other fields are still read and their mistakes reported too.
 */
final class BodyLimits {

    static final int TEXT = 10_000;
    static final int NAME = 200;
    static final int LIST = 500;

    /**
     * Fields that name a person, a member of staff, a reference or an id, by how their names end (compared with
     * {@code endsWith}: a regular expression per field was a measurable share of an import's time).
     */
    private static final List<String> NAME_ENDINGS = List.of("By", "name", "Name", "reference", "Reference", "Id", "Ids",
            "handler", "investigator", "owner", "member", "relationship", "survey", "basis", "mediaType");

    private BodyLimits() {
    }

    /** The fields of {@code body} over a limit, named by their path; each is removed from {@code body}. */
    static List<LedgerProblems.FieldError> enforce(ObjectNode body) {
        List<LedgerProblems.FieldError> errors = new ArrayList<>();
        checkObject(body, "", errors);
        return errors;
    }

    private static void checkObject(ObjectNode object, String prefix, List<LedgerProblems.FieldError> errors) {
        List<String> over = new ArrayList<>();
        for (Map.Entry<String, JsonNode> property : object.properties()) {
            String name = property.getKey();
            String path = prefix + name;
            if (name.indexOf('\u0000') >= 0 || name.length() > NAME) {
                errors.add(new LedgerProblems.FieldError(prefix.isEmpty() ? "body" : prefix.substring(0,
                        prefix.length() - 1), "has a field name that is not a field of the API"));
                over.add(name);
            } else if (!check(property.getValue(), path, limit(name), errors)) {
                over.add(name);
            }
        }
        over.forEach(object::remove);
    }

    /** False when the value broke a limit (and was named in {@code errors}). */
    private static boolean check(JsonNode value, String path, int limit, List<LedgerProblems.FieldError> errors) {
        int before = errors.size();
        if (value.isString()) {
            String text = value.asString();
            if (text.indexOf('\u0000') >= 0) {
                errors.add(new LedgerProblems.FieldError(path, "must not contain a NUL character (\\u0000)"));
            } else if (text.length() > limit) {
                errors.add(new LedgerProblems.FieldError(path, "must be at most " + limit + " characters"));
            }
        } else if (value instanceof ArrayNode list) {
            if (list.size() > LIST) {
                errors.add(new LedgerProblems.FieldError(path, "must have at most " + LIST + " entries"));
            } else {
                for (int i = 0; i < list.size(); i++) {
                    check(list.get(i), path + "[" + i + "]", limit, errors);
                }
            }
        } else if (value instanceof ObjectNode object) {
            checkObject(object, path + ".", errors);
            return true;
        }
        return errors.size() == before;
    }

    private static int limit(String field) {
        for (String ending : NAME_ENDINGS) {
            if (field.endsWith(ending)) {
                return NAME;
            }
        }
        return TEXT;
    }
}
