package org.complaintledger.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.security.Principal;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.complaintledger.personaldata.DataSubjectForgotten;
import org.complaintledger.personaldata.ForgetDataSubject;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Erasure of a data subject's personal data from the ledger (UK GDPR Art. 17): their key is destroyed. */
@RestController
@RequestMapping("/api/data-subjects")
class DataSubjectController {

    private final CommandBodies bodies;
    private final CommandGateway gateway;

    DataSubjectController(CommandBodies bodies, CommandGateway gateway) {
        this.bodies = bodies;
        this.gateway = gateway;
    }

    @PostMapping("/{subjectId}/erasure")
    @Operation(summary = "Forget a data subject: every personal field sealed for them reads \"[erased]\" from now on")
    ResponseEntity<DataSubjectForgotten> erase(@PathVariable String subjectId, Principal officer,
                                               @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ForgetDataSubject.class)))
                                               @RequestBody JsonNode body) {
        // Who erased is whoever signed in, whatever the body says: the record must not be spoofable.
        ForgetDataSubject command = bodies.read(body, ForgetDataSubject.class,
                Map.of("dataSubjectId", subjectId, "requestedBy", officer.getName()));
        DataSubjectForgotten forgotten = gateway.sendAndWait(command);
        return ResponseEntity.created(URI.create("/api/data-subjects/" + subjectId + "/erasure")).body(forgotten);
    }
}
