package org.complaintledger.http;

import static org.complaintledger.http.ComplaintLifecycleController.IDEMPOTENCY_KEY;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.complaintledger.adjustment.RecordAdjustment;
import org.complaintledger.adjustment.ReviewAdjustment;
import org.complaintledger.restriction.ImposeRestriction;
import org.complaintledger.restriction.ReviewRestriction;
import org.complaintledger.review.ResidentRecordCommand;
import org.complaintledger.review.UnderReview;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * What is kept on a resident's record under review: disabilities disclosed and reasonable adjustments agreed
 * (5.10), restrictions on contact for unacceptable behaviour (5.14, 5.15), and their reviews. Each record gets its
 * own id, minted here, so it can never collide with a complaint's.
 */
@RestController
@RequestMapping("/api/residents/{residentId}")
class ResidentRecordStepsController {

    private final ComplaintSteps steps;

    ResidentRecordStepsController(ComplaintSteps steps) {
        this.steps = steps;
    }

    @PostMapping("/adjustments")
    @Operation(summary = "Record a disability the resident disclosed or a reasonable adjustment agreed, with its review date (5.10)")
    ResponseEntity<StepResult> recordAdjustment(HttpServletRequest request,
                                                @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                                @PathVariable String residentId,
                                                @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RecordAdjustment.class)))
                                                @RequestBody JsonNode body) {
        return opened(request, key, body, RecordAdjustment.class, residentId, "adjustment");
    }

    @PostMapping("/adjustments/{adjustmentId}/review")
    @Operation(summary = "Review a disability disclosed or an adjustment agreed: CONTINUED, CHANGED or ENDED (5.10)")
    StepResult reviewAdjustment(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                @PathVariable String residentId, @PathVariable String adjustmentId,
                                @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ReviewAdjustment.class)))
                                @RequestBody JsonNode body) {
        return reviewed(request, key, body, ReviewAdjustment.class, residentId, "adjustment", adjustmentId);
    }

    @PostMapping("/restrictions")
    @Operation(summary = "Restrict the resident's contact for unacceptable behaviour: reasons, scope, proportionality "
            + "with regard to the Equality Act 2010, the resident told, a review date (5.14, 5.15)")
    ResponseEntity<StepResult> imposeRestriction(HttpServletRequest request,
                                                 @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                                 @PathVariable String residentId,
                                                 @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ImposeRestriction.class)))
                                                 @RequestBody JsonNode body) {
        return opened(request, key, body, ImposeRestriction.class, residentId, "restriction");
    }

    @PostMapping("/restrictions/{restrictionId}/review")
    @Operation(summary = "Review a restriction: CONTINUED, VARIED or LIFTED (5.14)")
    StepResult reviewRestriction(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                 @PathVariable String residentId, @PathVariable String restrictionId,
                                 @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = ReviewRestriction.class)))
                                 @RequestBody JsonNode body) {
        return reviewed(request, key, body, ReviewRestriction.class, residentId, "restriction", restrictionId);
    }

    /** Opens a new record for the resident under an id minted here; {@code what} names its kind in path and command. */
    private <C extends ResidentRecordCommand> ResponseEntity<StepResult> opened(HttpServletRequest request, String key,
            JsonNode body, Class<C> type, String residentId, String what) {
        StepResult result = steps.take(request, key, body, type,
                Map.of("residentId", residentId, what + "Id", UUID.randomUUID().toString()));
        return ResponseEntity.created(URI.create("/api/residents/" + residentId + "/" + what + "s/" + result.id()))
                .body(result);
    }

    /** A record of this kind that does not exist is not on the resident's record, whatever else the id names. */
    private <C extends ResidentRecordCommand> StepResult reviewed(HttpServletRequest request, String key, JsonNode body,
            Class<C> type, String residentId, String what, String id) {
        try {
            return steps.take(request, key, body, type, Map.of("residentId", residentId, what + "Id", id));
        } catch (AggregateNotFoundException e) {
            throw UnderReview.notOnRecord(what, id, residentId);
        }
    }
}
