package org.complaintledger.http;

import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.node.ObjectNode;

/** Where in a body Jackson failed, as the API names fields ({@code remedies[0].dueBy}), and what it expected there. */
final class JsonPaths {

    private JsonPaths() {
    }

    /** The field's path; "body" for the body as a whole. */
    static String of(JacksonException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining());
        return path.isEmpty() ? "body" : path.startsWith(".") ? path.substring(1) : path;
    }

    /** The rule the value broke, in the API's words. */
    static String expected(JacksonException e) {
        if (e instanceof InvalidNullException null_) {
            return "is required: " + ExpectedValues.of(null_.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch) {
            return ExpectedValues.rule(mismatch.getTargetType());
        }
        return "is not a valid value";
    }

    /**
     * Takes the failed field out of {@code body} (the whole list for an entry of a list, so that later entries keep
     * their numbers); false when there is nothing to take out.
     */
    static boolean remove(ObjectNode body, JacksonException e) {
        List<JacksonException.Reference> path = e.getPath();
        int last = path.size() - 1;
        while (last >= 0 && path.get(last).getPropertyName() == null) {
            last--;
        }
        if (last < 0) {
            return false;
        }
        JsonNode parent = body;
        for (int i = 0; i < last && parent != null; i++) {
            JacksonException.Reference ref = path.get(i);
            parent = ref.getPropertyName() != null ? parent.get(ref.getPropertyName()) : parent.get(ref.getIndex());
        }
        return parent instanceof ObjectNode object && object.remove(path.get(last).getPropertyName()) != null;
    }
}
