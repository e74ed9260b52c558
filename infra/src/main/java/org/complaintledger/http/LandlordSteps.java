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

/** Steps on the landlord's own records: a new record under an id minted here, or a step on one that must exist. */
@Component
class LandlordSteps {

    private final ComplaintSteps steps;

    LandlordSteps(ComplaintSteps steps) {
        this.steps = steps;
    }

    /** A new record under an id minted here ({@code idField}), answered 201 with where it is. */
    <C extends LedgerCommand> ResponseEntity<StepResult> opened(HttpServletRequest request, String key, JsonNode body,
            Class<C> type, String collection, String idField) {
        StepResult result = steps.take(request, key, body, type, Map.of(idField, UUID.randomUUID().toString()));
        return ResponseEntity.created(URI.create("/api/landlord/" + collection + "/" + result.id())).body(result);
    }

    /** A step on the record {@code id}; one of this kind that does not exist is not on the landlord's record: 404. */
    <C extends LedgerCommand> StepResult onExisting(HttpServletRequest request, String key, JsonNode body, Class<C> type,
            String what, String id, Map<String, String> fromPath) {
        try {
            return steps.take(request, key, body, type, fromPath);
        } catch (AggregateNotFoundException e) {
            throw new NotOnRecord("no " + what + " '" + id + "' on the landlord's record");
        }
    }
}
