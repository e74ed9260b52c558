package org.complaintledger.personaldata;

import java.util.List;
import org.complaintledger.personaldata.PersonalDataShape.Nested;
import org.complaintledger.personaldata.PersonalDataShape.NestedList;
import org.complaintledger.personaldata.PersonalDataShape.Text;
import org.complaintledger.personaldata.PersonalDataShape.Texts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Visits the personal-data strings of an event's stored JSON, each with its path in the event, e.g.
 * {@code complainant.residentName}, {@code outcomesSought[1]}, {@code remediesOffered[0].description}.
 */
final class PersonalDataJson {

    /** What to put in place of one personal-data string found at {@code path}. */
    @FunctionalInterface
    interface Replacement {
        String at(String path, String value);
    }

    private PersonalDataJson() {
    }

    /** Replaces every non-null personal-data string of {@code object}, as {@code shape} says where they are. */
    static void replace(ObjectNode object, PersonalDataShape shape, Replacement replacement) {
        replace(object, shape, "", replacement);
    }

    /** The string that {@code path} (component names) leads to, or null. */
    static String text(JsonNode root, List<String> path) {
        JsonNode node = root;
        for (String name : path) {
            node = node == null ? null : node.get(name);
        }
        return node != null && node.isString() ? node.stringValue() : null;
    }

    private static void replace(ObjectNode object, PersonalDataShape shape, String prefix, Replacement replacement) {
        shape.parts().forEach((name, part) -> {
            JsonNode value = object.get(name);
            String path = prefix.isEmpty() ? name : prefix + "." + name;
            switch (part) {
                case Text text -> {
                    if (value != null && value.isString()) {
                        object.put(name, replacement.at(path, value.stringValue()));
                    }
                }
                case Texts texts -> {
                    if (value instanceof ArrayNode array) {
                        for (int i = 0; i < array.size(); i++) {
                            if (array.get(i).isString()) {
                                array.set(i, replacement.at(path + "[" + i + "]", array.get(i).stringValue()));
                            }
                        }
                    }
                }
                case Nested nested -> {
                    if (value instanceof ObjectNode inner) {
                        replace(inner, nested.shape(), path, replacement);
                    }
                }
                case NestedList nested -> {
                    if (value instanceof ArrayNode array) {
                        for (int i = 0; i < array.size(); i++) {
                            if (array.get(i) instanceof ObjectNode inner) {
                                replace(inner, nested.shape(), path + "[" + i + "]", replacement);
                            }
                        }
                    }
                }
            }
        });
    }
}
