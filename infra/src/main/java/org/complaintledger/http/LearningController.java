package org.complaintledger.http;

import java.util.Map;
import static org.complaintledger.http.ComplaintLifecycleController.IDEMPOTENCY_KEY;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.complaintledger.learning.LearningCommand;
import org.complaintledger.learning.LinkLearningToComplaint;
import org.complaintledger.learning.ReassignImprovementOwner;
import org.complaintledger.learning.RecordImprovementDelivered;
import org.complaintledger.learning.RecordLearning;
import org.complaintledger.learning.RescheduleImprovement;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Learning from complaints and the service improvements it leads to (9.1-9.3), followed until delivered so the annual
 * report can list them (8.1d).
 */
@RestController
@RequestMapping(LearningController.LEARNING)
class LearningController {

    static final String LEARNING = "/api/learning";

    private final RecordSteps steps;

    LearningController(RecordSteps steps) {
        this.steps = steps;
    }

    @PostMapping
    @Operation(summary = "Record a lesson learned from one or more complaints, the service improvement planned, its "
            + "owner and due date (9.1, 9.2)")
    ResponseEntity<StepResult> record(HttpServletRequest request,
                                      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RecordLearning.class)))
                                      @RequestBody JsonNode body) {
        return steps.opened(request, key, body, RecordLearning.class, "learningId", LEARNING);
    }

    @PostMapping("/{id}/complaints")
    @Operation(summary = "Link a later complaint that shows the same lesson (9.2)")
    StepResult link(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                    @PathVariable String id,
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = LinkLearningToComplaint.class)))
                    @RequestBody JsonNode body) {
        return on(request, key, body, LinkLearningToComplaint.class, id);
    }

    @PostMapping("/{id}/owner")
    @Operation(summary = "Reassign the service improvement to another member of staff or team, with the reason")
    StepResult reassign(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                        @PathVariable String id,
                        @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ReassignImprovementOwner.class)))
                        @RequestBody JsonNode body) {
        return on(request, key, body, ReassignImprovementOwner.class, id);
    }

    @PostMapping("/{id}/due-date")
    @Operation(summary = "Give the service improvement a new due date, with the reason; the date it had stays on record")
    StepResult reschedule(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                          @PathVariable String id,
                          @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RescheduleImprovement.class)))
                          @RequestBody JsonNode body) {
        return on(request, key, body, RescheduleImprovement.class, id);
    }

    @PostMapping("/{id}/delivery")
    @Operation(summary = "Record that the service improvement was delivered, and what was delivered (8.1d)")
    StepResult deliver(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                       @PathVariable String id,
                       @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RecordImprovementDelivered.class)))
                       @RequestBody JsonNode body) {
        return on(request, key, body, RecordImprovementDelivered.class, id);
    }

    private <C extends LearningCommand> StepResult on(HttpServletRequest request, String key, JsonNode body,
            Class<C> type, String id) {
        return steps.on(request, key, body, type, "learning", id, Map.of("learningId", id));
    }
}
