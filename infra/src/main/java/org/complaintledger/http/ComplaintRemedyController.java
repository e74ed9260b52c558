package org.complaintledger.http;

import static org.complaintledger.http.ComplaintLifecycleController.IDEMPOTENCY_KEY;
import static org.complaintledger.http.ComplaintLifecycleController.orEmpty;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.complaintledger.complaint.CompleteAction;
import org.complaintledger.complaint.OfferRemedy;
import org.complaintledger.complaint.RecordComplaintHandlingFailure;
import org.complaintledger.complaint.RecordOmbudsmanDetermination;
import org.complaintledger.complaint.RecordOrderComplied;
import org.complaintledger.complaint.ReferToOmbudsman;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** Putting things right, followed through to completion (5.13, 6.17, 7.1-7.3), and the Ombudsman's part. */
@RestController
@RequestMapping("/api/complaints/{id}")
class ComplaintRemedyController {

    private final ComplaintSteps steps;

    ComplaintRemedyController(ComplaintSteps steps) {
        this.steps = steps;
    }

    @PostMapping("/remedies")
    @Operation(summary = "Offer a remedy at any stage (5.13, 7.1-7.3); it is tracked as an action")
    StepResult offerRemedy(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                           @PathVariable String id,
                           @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = OfferRemedy.class)))
                           @RequestBody JsonNode body) {
        return steps.take(request, key, body, OfferRemedy.class, Map.of("complaintId", id));
    }

    @PostMapping("/actions/{actionId}/completion")
    @Operation(summary = "A remedy or outstanding action was completed (6.17, 7.3)")
    StepResult completeAction(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                              @PathVariable String id, @PathVariable String actionId,
                              @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = CompleteAction.class)))
                              @RequestBody(required = false) JsonNode body) {
        return steps.take(request, key, orEmpty(body), CompleteAction.class, Map.of("complaintId", id, "actionId", actionId));
    }

    @PostMapping("/ombudsman-referral")
    @Operation(summary = "The complaint went to the Housing Ombudsman (3.7)")
    StepResult referToOmbudsman(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                @PathVariable String id,
                                @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ReferToOmbudsman.class)))
                                @RequestBody(required = false) JsonNode body) {
        return steps.take(request, key, orEmpty(body), ReferToOmbudsman.class, Map.of("complaintId", id));
    }

    @PostMapping("/ombudsman-determination")
    @Operation(summary = "The Ombudsman's determination: findings per defined complaint, and orders")
    StepResult recordDetermination(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                   @PathVariable String id,
                                   @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RecordOmbudsmanDetermination.class)))
                                   @RequestBody JsonNode body) {
        return steps.take(request, key, body, RecordOmbudsmanDetermination.class, Map.of("complaintId", id));
    }

    @PostMapping("/ombudsman-orders/{orderId}/compliance")
    @Operation(summary = "The landlord complied with one of the Ombudsman's orders")
    StepResult recordOrderComplied(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                   @PathVariable String id, @PathVariable String orderId,
                                   @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RecordOrderComplied.class)))
                                   @RequestBody JsonNode body) {
        return steps.take(request, key, body, RecordOrderComplied.class, Map.of("complaintId", id, "orderId", orderId));
    }

    @PostMapping("/ombudsman-handling-failures")
    @Operation(summary = "The Ombudsman's complaint handling failure order or Code non-compliance finding, with its "
            + "orders; no referral or determination needed (8.1 c, 9.7 c)")
    StepResult recordHandlingFailure(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                     @PathVariable String id,
                                     @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RecordComplaintHandlingFailure.class)))
                                     @RequestBody JsonNode body) {
        return steps.take(request, key, body, RecordComplaintHandlingFailure.class, Map.of("complaintId", id));
    }
}
