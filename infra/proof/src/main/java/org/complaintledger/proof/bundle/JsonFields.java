package org.complaintledger.proof.bundle;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The fields of one JSON object of a bundle, read strictly: each required, of its type, and no field the format does
 * not define (nothing in a bundle goes unchecked). Every failure names where it is, as {@code proof.json: leaves[3]}.
 */
final class JsonFields {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    private final JsonNode node;
    private final String where;

    private JsonFields(JsonNode node, String where) {
        this.node = node;
        this.where = where;
    }

    static JsonFields of(JsonNode node, String where, Set<String> fields) throws BundleFormatException {
        if (node == null || !node.isObject()) {
            throw new BundleFormatException(where + " is not a JSON object");
        }
        for (String name : node.propertyNames()) {
            if (!fields.contains(name)) {
                throw new BundleFormatException(where + " has a field '" + name + "' that a case bundle does not have");
            }
        }
        return new JsonFields(node, where);
    }

    String where() {
        return where;
    }

    String text(String name) throws BundleFormatException {
        String value = textOrNull(name);
        if (value == null) {
            throw new BundleFormatException(at(name) + " is null");
        }
        return value;
    }

    String textOrNull(String name) throws BundleFormatException {
        JsonNode value = present(name);
        if (value.isNull()) {
            return null;
        }
        if (!value.isString()) {
            throw new BundleFormatException(at(name) + " is not text");
        }
        return value.stringValue();
    }

    long number(String name) throws BundleFormatException {
        JsonNode value = present(name);
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new BundleFormatException(at(name) + " is not a whole number");
        }
        return value.longValue();
    }

    byte[] hash(String name) throws BundleFormatException {
        return hash(text(name), at(name));
    }

    byte[] base64(String name) throws BundleFormatException {
        return decodeBase64(text(name), at(name));
    }

    byte[] base64OrNull(String name) throws BundleFormatException {
        String text = textOrNull(name);
        return text == null ? null : decodeBase64(text, at(name));
    }

    List<byte[]> hashes(String name) throws BundleFormatException {
        List<byte[]> hashes = new ArrayList<>();
        List<JsonNode> elements = array(name);
        for (int i = 0; i < elements.size(); i++) {
            JsonNode element = elements.get(i);
            String at = at(name) + "[" + i + "]";
            if (!element.isString()) {
                throw new BundleFormatException(at + " is not text");
            }
            hashes.add(hash(element.stringValue(), at));
        }
        return hashes;
    }

    List<JsonFields> objects(String name, Set<String> fields) throws BundleFormatException {
        List<JsonFields> objects = new ArrayList<>();
        List<JsonNode> elements = array(name);
        for (int i = 0; i < elements.size(); i++) {
            objects.add(of(elements.get(i), where + ": " + name + "[" + i + "]", fields));
        }
        return objects;
    }

    JsonFields object(String name, Set<String> fields) throws BundleFormatException {
        return of(present(name), where + ": " + name, fields);
    }

    private List<JsonNode> array(String name) throws BundleFormatException {
        JsonNode value = present(name);
        if (!value.isArray()) {
            throw new BundleFormatException(at(name) + " is not a JSON array");
        }
        List<JsonNode> elements = new ArrayList<>(value.size());
        value.forEach(elements::add);
        return elements;
    }

    private JsonNode present(String name) throws BundleFormatException {
        JsonNode value = node.get(name);
        if (value == null) {
            throw new BundleFormatException(at(name) + " is missing");
        }
        return value;
    }

    private String at(String name) {
        return where + ": '" + name + "'";
    }

    private static byte[] hash(String text, String at) throws BundleFormatException {
        if (!HASH.matcher(text).matches()) {
            throw new BundleFormatException(at + " is not a SHA-256 hash (64 lowercase hex digits): '"
                    + abbreviated(text) + "'");
        }
        return HexFormat.of().parseHex(text);
    }

    private static byte[] decodeBase64(String text, String at) throws BundleFormatException {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new BundleFormatException(at + " is not base64: " + e.getMessage());
        }
    }

    static String abbreviated(String text) {
        return text.length() <= 80 ? text : text.substring(0, 80) + "…";
    }
}
