package org.complaintledger.bulkimport;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;
import org.complaintledger.complaint.ComplaintCommand;
import org.complaintledger.http.CommandBodies;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A line's step as the command the HTTP API would have sent for it: its body read by the API's own
 * {@link CommandBodies} (the same fields, limits and bean validation), on the complaint the source's ids name, and
 * backdated with a reason that names the source step (5.12: the record must say why it was entered late).
 */
final class ImportedStep {

    private ImportedStep() {
    }

    static ComplaintCommand command(ImportLine line, CommandBodies bodies) {
        ObjectNode body = line.body().deepCopy();
        JsonNode given = body.get("backdatingReason");
        if (given == null || given.isNull() || given.isString()) {
            String imported = "imported from " + line.source() + " step " + line.sourceStepId();
            body.put("backdatingReason", given == null || given.isNull() || given.asString().isBlank() ? imported
                    : imported + ": " + given.asString());
        }
        JsonNode related = body.get("relatedComplaintId");
        if (related != null && related.isString()) {
            // the source's id of the earlier complaint, which the import put on the ledger under its own id
            body.put("relatedComplaintId", complaintId(line.source(), related.asString()));
        }
        return bodies.read(body, ImportFormat.command(line.kind()),
                Map.of("complaintId", complaintId(line.source(), line.sourceComplaintId())));
    }

    /**
     * The ledger's id of a source complaint: the same on every run of the import, so a resumed import finds the
     * complaint it began, and never one minted for an HTTP request (those are random).
     */
    static String complaintId(String source, String sourceComplaintId) {
        return UUID.nameUUIDFromBytes((ImportFormat.VERSION + "\n" + source + "\n" + sourceComplaintId)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
