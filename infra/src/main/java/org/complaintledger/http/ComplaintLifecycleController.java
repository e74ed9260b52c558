package org.complaintledger.http;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.complaintledger.code.InvalidField;
import org.complaintledger.code.Stage;
import org.complaintledger.complaint.AcknowledgeStage;
import org.complaintledger.complaint.ExtendStage;
import org.complaintledger.complaint.IssueResponse;
import org.complaintledger.complaint.LogComplaint;
import org.complaintledger.complaint.RefuseComplaint;
import org.complaintledger.complaint.RefuseEscalation;
import org.complaintledger.complaint.RequestEscalation;
import org.complaintledger.complaint.TakeOnComplaint;
import org.complaintledger.complaint.WithdrawComplaint;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** The steps of a complaint's life: receipt, refusal and taking on, the two stages, escalation and withdrawal. */
@RestController
@RequestMapping("/api/complaints")
class ComplaintLifecycleController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final ComplaintSteps steps;

    ComplaintLifecycleController(ComplaintSteps steps) {
        this.steps = steps;
    }

    @PostMapping
    @Operation(summary = "Log a complaint that was received; occurredAt is when it was received (1.2, 3.1, 5.12)")
    ResponseEntity<StepResult> log(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                   @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = LogComplaint.class)))
                                   @RequestBody JsonNode body) {
        StepResult result = steps.take(request, key, body, LogComplaint.class,
                Map.of("complaintId", UUID.randomUUID().toString()));
        return ResponseEntity.created(URI.create("/api/complaints/" + result.id())).body(result);
    }

    @PostMapping("/{id}/refusal")
    @Operation(summary = "Refuse the complaint for a section 2 reason (2.1-2.5)")
    StepResult refuse(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                      @PathVariable String id,
                      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RefuseComplaint.class)))
                      @RequestBody JsonNode body) {
        return steps.take(request, key, body, RefuseComplaint.class, Map.of("complaintId", id));
    }

    @PostMapping("/{id}/stages/{stage}/acknowledgement")
    @Operation(summary = "Acknowledge, define and log a stage (5.6, 5.7, 6.2, 6.11, 6.13; 2022 4.1, 5.10, 5.12)")
    StepResult acknowledge(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                           @PathVariable String id, @PathVariable String stage,
                           @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = AcknowledgeStage.class)))
                           @RequestBody JsonNode body) {
        return steps.take(request, key, body, AcknowledgeStage.class, onStage(id, stage));
    }

    @PostMapping("/{id}/stages/{stage}/extension")
    @Operation(summary = "Extend a stage's response deadline (6.4, 6.5, 6.15, 6.16; 2022 5.1, 5.13, and 5.18: "
            + "stage 3 only to convene a panel)")
    StepResult extend(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                      @PathVariable String id, @PathVariable String stage,
                      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ExtendStage.class)))
                      @RequestBody JsonNode body) {
        return steps.take(request, key, body, ExtendStage.class, onStage(id, stage));
    }

    @PostMapping("/{id}/stages/{stage}/response")
    @Operation(summary = "Issue a stage's response with everything 6.9 / 6.19 requires")
    StepResult respond(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                       @PathVariable String id, @PathVariable String stage,
                       @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = IssueResponse.class)))
                       @RequestBody JsonNode body) {
        return steps.take(request, key, body, IssueResponse.class, onStage(id, stage));
    }

    @PostMapping("/{id}/escalation-request")
    @Operation(summary = "The resident asks for the next stage; no reason required (6.10, 6.12; 2022 5.11, 5.18)")
    StepResult requestEscalation(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                 @PathVariable String id,
                                 @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RequestEscalation.class)))
                                 @RequestBody(required = false) JsonNode body) {
        return steps.take(request, key, orEmpty(body), RequestEscalation.class, Map.of("complaintId", id));
    }

    @PostMapping("/{id}/escalation-refusal")
    @Operation(summary = "Refuse to escalate, for a section 2 reason (5.11)")
    StepResult refuseEscalation(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                @PathVariable String id,
                                @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RefuseEscalation.class)))
                                @RequestBody JsonNode body) {
        return steps.take(request, key, body, RefuseEscalation.class, Map.of("complaintId", id));
    }

    @PostMapping("/{id}/take-on-instruction")
    @Operation(summary = "Take on a refused complaint, or a refused escalation, as the Ombudsman (or the landlord on "
            + "review) instructed: the stage starts afresh, its deadlines counted from the instruction (2.4, 5.11)")
    StepResult takeOn(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                      @PathVariable String id,
                      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = TakeOnComplaint.class)))
                      @RequestBody JsonNode body) {
        return steps.take(request, key, body, TakeOnComplaint.class, Map.of("complaintId", id));
    }

    @PostMapping("/{id}/withdrawal")
    @Operation(summary = "The resident withdraws the complaint")
    StepResult withdraw(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                        @PathVariable String id,
                        @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = WithdrawComplaint.class)))
                        @RequestBody(required = false) JsonNode body) {
        return steps.take(request, key, orEmpty(body), WithdrawComplaint.class, Map.of("complaintId", id));
    }

    static JsonNode orEmpty(JsonNode body) {
        return body == null ? tools.jackson.databind.node.JsonNodeFactory.instance.objectNode() : body;
    }

    private static Map<String, String> onStage(String id, String stage) {
        try {
            return Map.of("complaintId", id, "stage", Stage.of(Integer.parseInt(stage)).name());
        } catch (IllegalArgumentException e) {
            throw new InvalidField("stage", "must be a stage number: 1, 2, or 3 where the complaint's procedure has a "
                    + "third stage (2022 Code, 5.17)");
        }
    }
}
