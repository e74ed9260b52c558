package org.complaintledger.http;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.complaintledger.code.NotOnRecord;
import org.complaintledger.ledger.LedgerCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Steps on a record of the ledger that is neither a complaint nor a resident's record under review (learning, a survey
 * response, the landlord's own records): the first step
 * opens it under an id minted here (so it can never collide with a complaint's), later steps name it in the path, and
 * an id that names no such record is 404 in the record's own words rather than "no such complaint".
 */
@Component
class RecordSteps {

    private final ComplaintSteps steps;

    RecordSteps(ComplaintSteps steps) {
        this.steps = steps;
    }

    /** Opens a record at {@code collection}/{new id}; {@code idField} names the id in the command. */
    <C extends LedgerCommand> ResponseEntity<StepResult> opened(HttpServletRequest request, String key, JsonNode body,
            Class<C> type, String idField, String collection) {
        StepResult result = steps.take(request, key, body, type, Map.of(idField, UUID.randomUUID().toString()));
        return ResponseEntity.created(URI.create(collection + "/" + result.id())).body(result);
    }

    /**
     * A later step on the record {@code id}, whose path values ({@code fromPath}) name it; {@code what} is how a refusal
     * names the kind of record.
     */
    <C extends LedgerCommand> StepResult on(HttpServletRequest request, String key, JsonNode body, Class<C> type,
            String what, String id, Map<String, String> fromPath) {
        try {
            return steps.take(request, key, body, type, fromPath);
        } catch (AggregateNotFoundException e) {
            throw new NotOnRecord("no " + what + " '" + id + "' on the ledger");
        }
    }
}
