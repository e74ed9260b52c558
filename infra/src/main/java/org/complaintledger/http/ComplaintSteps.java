package org.complaintledger.http;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.complaintledger.code.InvalidField;
import org.complaintledger.idempotency.IdempotentRequest;
import org.complaintledger.idempotency.IdempotentRequests;
import org.complaintledger.ledger.AppendedEvents;
import org.complaintledger.ledger.LedgerCommand;
import org.complaintledger.record.ComplaintRecord;
import org.complaintledger.record.RecordedEvent;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Takes one step on a record from an HTTP request (a complaint's, or a resident's adjustment or restriction):
 * body to command, command to the ledger, and the events it appended back. A request with an Idempotency-Key that was already carried out is answered with
 * the first result and appends nothing.
 */
@Component
class ComplaintSteps {

    private static final int MAX_KEY_LENGTH = 200;

    private final CommandBodies bodies;
    private final CommandGateway gateway;
    private final IdempotentRequests requests;
    private final ComplaintRecord record;

    ComplaintSteps(CommandBodies bodies, CommandGateway gateway, IdempotentRequests requests, ComplaintRecord record) {
        this.bodies = bodies;
        this.gateway = gateway;
        this.requests = requests;
        this.record = record;
    }

    <C extends LedgerCommand> StepResult take(HttpServletRequest request, String idempotencyKey, JsonNode body,
                                                 Class<C> type, Map<String, String> fromPath) {
        if (idempotencyKey == null) {
            C command = bodies.read(body, type, fromPath);
            return dispatch(GenericCommandMessage.asCommandMessage(command), command);
        }
        if (idempotencyKey.isBlank() || idempotencyKey.length() > MAX_KEY_LENGTH) {
            throw new InvalidField("Idempotency-Key", "must be 1 to " + MAX_KEY_LENGTH + " characters");
        }
        String fingerprint = fingerprint(request, body);
        Optional<StepResult> earlier = replay(idempotencyKey, fingerprint);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        C command = bodies.read(body, type, fromPath);
        CommandMessage<C> message = GenericCommandMessage.<C>asCommandMessage(command).andMetaData(Map.of(
                IdempotentRequest.KEY, idempotencyKey, IdempotentRequest.FINGERPRINT, fingerprint));
        try {
            return dispatch(message, command);
        } catch (RuntimeException e) {
            // The same request racing this one may have won; if so, its result is ours.
            return replay(idempotencyKey, fingerprint).orElseThrow(() -> e);
        }
    }

    private StepResult dispatch(CommandMessage<?> message, LedgerCommand command) {
        Object result = gateway.sendAndWait(message.andMetaData(Map.of(AppendedEvents.REQUESTED, true)));
        if (result instanceof AppendedEvents.Appended appended) {
            return new StepResult(command.recordId(), appended.events().stream().map(RecordedEvent::of).toList());
        }
        return new StepResult(command.recordId(), record.appendedBy(command.recordId(), message.getIdentifier()));
    }

    private Optional<StepResult> replay(String key, String fingerprint) {
        return requests.find(key).map(done -> {
            if (!done.sameRequestAs(fingerprint)) {
                throw new IdempotencyKeyReused(key);
            }
            return new StepResult(done.complaintId(), record.appendedBy(done.complaintId(), done.commandId()));
        });
    }

    private static String fingerprint(HttpServletRequest request, JsonNode body) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            String canonical = request.getMethod() + " " + request.getRequestURI() + "\n" + body;
            return HexFormat.of().formatHex(sha256.digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
