package org.complaintledger.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * What the application's own OpenAPI description says each operation takes: its body's fields (nested ones by their
 * path, {@code complainant.residentName}, {@code remediesOffered[0].description}) with their JSON type, its query
 * parameters and whether it takes an Idempotency-Key; and, for each field, values of the wrong type to send.
 */
final class OpenApiBodies {

    private static final int DEPTH = 3;

    /** A field of a body and its JSON type ({@code string}, {@code integer}, {@code array}, ...). */
    record Field(String path, String type, String itemType) {

        /** A body holding only this field, set to {@code json}. */
        String body(String json) {
            String value = json;
            String[] steps = path.split("\\.");
            for (int i = steps.length - 1; i >= 0; i--) {
                String step = steps[i];
                if (step.endsWith("[0]")) {
                    value = "{\"" + step.substring(0, step.length() - 3) + "\": [" + value + "]}";
                } else {
                    value = "{\"" + step + "\": " + value + "}";
                }
            }
            return value;
        }

        /** Values of every JSON type this field does not take, plus hostile text and lists. */
        List<String> wrongValues() {
            String oversize = "\"" + "x".repeat(10_001) + "\"";
            return switch (type) {
                case "string" -> List.of("{}", "[\"x\"]", "12", "\"a\\u0000b\"", oversize);
                case "integer", "number" -> List.of("\"12\"", "{}", "1.5");
                case "boolean" -> List.of("\"true\"", "{}");
                case "array" -> "string".equals(itemType)
                        ? List.of("{}", "\"x\"", "[\"\\u0000\"]", "[" + "\"x\", ".repeat(500) + "\"x\"]")
                        : List.of("{}", "\"x\"", "[12]");
                default -> List.of("\"x\"", "[]");
            };
        }
    }

    /** A query parameter: whether it is required, and a valid value of its type. */
    record Parameter(String name, boolean required, String sample) {
    }

    /** One operation: its body fields (none: no body), query parameters and whether it is idempotent by key. */
    record Operation(boolean hasBody, List<Field> fields, List<Parameter> queryParameters, boolean idempotent) {

        /** The query string with {@code name=value} and a valid value for each other required parameter. */
        String query(String name, String value) {
            StringBuilder query = new StringBuilder(name).append('=').append(value);
            queryParameters.stream().filter(p -> p.required() && !p.name().equals(name))
                    .forEach(p -> query.append('&').append(p.name()).append('=').append(p.sample()));
            return query.toString();
        }
    }

    private final JsonNode api;

    OpenApiBodies(JsonNode api) {
        this.api = api;
    }

    Operation operation(String method, String path) {
        JsonNode operation = api.path("paths").path(path).path(method.toLowerCase(Locale.ROOT));
        List<Parameter> query = new ArrayList<>();
        boolean idempotent = false;
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asString().equals("query")) {
                query.add(new Parameter(parameter.path("name").asString(), parameter.path("required").asBoolean(),
                        sample(resolve(parameter.path("schema")))));
            }
            idempotent |= parameter.path("name").asString().equalsIgnoreCase("Idempotency-Key");
        }
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        List<Field> fields = new ArrayList<>();
        if (!schema.isMissingNode()) {
            collect(resolve(schema), "", DEPTH, fields);
        }
        return new Operation(!schema.isMissingNode(), fields, query, idempotent);
    }

    private void collect(JsonNode schema, String prefix, int depth, List<Field> fields) {
        if (depth == 0) {
            return;
        }
        for (var property : schema.path("properties").properties()) {
            JsonNode field = resolve(property.getValue());
            String path = prefix + property.getKey();
            String type = field.path("type").asString("object");
            JsonNode items = resolve(field.path("items"));
            fields.add(new Field(path, type, items.path("type").asString("object")));
            if (type.equals("object")) {
                collect(field, path + ".", depth - 1, fields);
            } else if (type.equals("array") && items.has("properties")) {
                collect(items, path + "[0].", depth - 1, fields);
            }
        }
    }

    private static String sample(JsonNode schema) {
        return switch (schema.path("format").asString(schema.path("type").asString(""))) {
            case "date" -> "2025-04-01";
            case "date-time" -> "2025-04-01T00:00:00Z";
            case "integer", "int32", "int64", "number" -> "1";
            default -> "x";
        };
    }

    private JsonNode resolve(JsonNode schema) {
        String ref = schema.path("$ref").asString("");
        if (ref.isEmpty()) {
            return schema;
        }
        return api.path("components").path("schemas").path(ref.substring(ref.lastIndexOf('/') + 1));
    }
}
