package org.complaintledger.http;

import static org.complaintledger.http.ComplaintLifecycleController.orEmpty;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.security.Principal;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.complaintledger.code.NotOnRecord;
import org.complaintledger.complaint.ComplaintEvent;
import org.complaintledger.investigatoraccess.GrantInvestigatorAccess;
import org.complaintledger.investigatoraccess.InvestigatorGrants;
import org.complaintledger.investigatoraccess.RevokeInvestigatorAccess;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import tools.jackson.databind.JsonNode;

/**
 * A complaints officer lets an Ombudsman investigator read one complaint's record for a while, or ends that early
 * (5.12). The officer is the authenticated caller; the grant gets a fresh id, never a complaint's.
 */
@RestController
@RequestMapping("/api/complaints/{id}/investigator-grants")
class InvestigatorGrantController {

    /** What a grant or revocation answers: the grant's id. */
    record GrantId(String id) {
    }

    private final CommandBodies bodies;
    private final CommandGateway gateway;
    private final EventStore eventStore;
    private final InvestigatorGrants grants;

    InvestigatorGrantController(CommandBodies bodies, CommandGateway gateway, EventStore eventStore,
            InvestigatorGrants grants) {
        this.bodies = bodies;
        this.gateway = gateway;
        this.eventStore = eventStore;
        this.grants = grants;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Let an investigator read this complaint's record until expiresAt (5.12)")
    GrantId grant(@PathVariable String id, Principal officer,
                  @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = GrantInvestigatorAccess.class)))
                  @RequestBody JsonNode body) {
        if (!isComplaint(id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no complaint " + id + " on the ledger");
        }
        String grantId = UUID.randomUUID().toString();
        gateway.sendAndWait(bodies.read(body, GrantInvestigatorAccess.class,
                Map.of("grantId", grantId, "complaintId", id, "grantedBy", officer.getName())));
        return new GrantId(grantId);
    }

    @PostMapping("/{grantId}/revocation")
    @Operation(summary = "End an investigator grant before it expires")
    GrantId revoke(@PathVariable String id, @PathVariable String grantId, Principal officer,
                   @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RevokeInvestigatorAccess.class)))
                   @RequestBody(required = false) JsonNode body) {
        if (!grants.exists(id, grantId)) {
            throw new NotOnRecord("no investigator grant '" + grantId + "' on complaint " + id);
        }
        gateway.sendAndWait(bodies.read(orEmpty(body), RevokeInvestigatorAccess.class,
                Map.of("grantId", grantId, "complaintId", id, "revokedBy", officer.getName())));
        return new GrantId(grantId);
    }

    /** Grants share the event table with complaints, so the first event, not only its existence, tells. */
    private boolean isComplaint(String id) {
        DomainEventStream events = eventStore.readEvents(id);
        return events.hasNext() && ComplaintEvent.class.isAssignableFrom(events.peek().getPayloadType());
    }
}
