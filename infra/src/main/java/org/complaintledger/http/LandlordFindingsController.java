package org.complaintledger.http;

import static org.complaintledger.http.ComplaintLifecycleController.IDEMPOTENCY_KEY;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.complaintledger.landlord.exceptional.EndExceptionalCircumstances;
import org.complaintledger.landlord.exceptional.RecordExceptionalCircumstances;
import org.complaintledger.landlord.exceptional.RecordOmbudsmanNotified;
import org.complaintledger.landlord.finding.RecordFindingOrderComplied;
import org.complaintledger.landlord.finding.RecordNonComplianceFinding;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Records about the landlord as a whole, each its own record with an id minted here: periods of exceptional
 * circumstances in which it could not comply with the Code (8.5), and the Ombudsman's findings of non-compliance about
 * it with their orders (8.1c, 9.7c).
 */
@RestController
@RequestMapping("/api/landlord")
class LandlordFindingsController {

    private static final String PERIODS = "exceptional-circumstances";
    private static final String FINDINGS = "non-compliance-findings";

    private final RecordSteps steps;

    LandlordFindingsController(RecordSteps steps) {
        this.steps = steps;
    }

    @PostMapping("/" + PERIODS)
    @Operation(summary = "Record a period in which the landlord cannot comply with the Code because of exceptional "
            + "circumstances, e.g. a cyber incident: from, until (empty while it lasts), what happened, the Ombudsman told (8.5)")
    ResponseEntity<StepResult> recordExceptionalCircumstances(HttpServletRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RecordExceptionalCircumstances.class)))
            @RequestBody JsonNode body) {
        return steps.opened(request, key, body, RecordExceptionalCircumstances.class, "periodId", "/api/landlord/" + PERIODS);
    }

    @PostMapping("/" + PERIODS + "/{periodId}/end")
    @Operation(summary = "Close an open period of exceptional circumstances on its last day (8.5)")
    StepResult endExceptionalCircumstances(HttpServletRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, @PathVariable String periodId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = EndExceptionalCircumstances.class)))
            @RequestBody JsonNode body) {
        return steps.on(request, key, body, EndExceptionalCircumstances.class,
                "period of exceptional circumstances", periodId, Map.of("periodId", periodId));
    }

    @PostMapping("/" + PERIODS + "/{periodId}/ombudsman-notification")
    @Operation(summary = "Record the day the Ombudsman was told of a period of exceptional circumstances (8.5)")
    StepResult recordOmbudsmanNotified(HttpServletRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key, @PathVariable String periodId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RecordOmbudsmanNotified.class)))
            @RequestBody JsonNode body) {
        return steps.on(request, key, body, RecordOmbudsmanNotified.class,
                "period of exceptional circumstances", periodId, Map.of("periodId", periodId));
    }

    @PostMapping("/" + FINDINGS)
    @Operation(summary = "Record a finding of non-compliance with the Code the Ombudsman made about the landlord as a "
            + "whole: reference, date, provisions, what was found, and its orders with their due dates (8.1c)")
    ResponseEntity<StepResult> recordNonComplianceFinding(HttpServletRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RecordNonComplianceFinding.class)))
            @RequestBody JsonNode body) {
        return steps.opened(request, key, body, RecordNonComplianceFinding.class, "findingId", "/api/landlord/" + FINDINGS);
    }

    @PostMapping("/" + FINDINGS + "/{findingId}/orders/{orderId}/compliance")
    @Operation(summary = "Record compliance with one order of a finding: on which day, with what evidence (9.7c)")
    StepResult recordFindingOrderComplied(HttpServletRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
            @PathVariable String findingId, @PathVariable String orderId,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RecordFindingOrderComplied.class)))
            @RequestBody JsonNode body) {
        return steps.on(request, key, body, RecordFindingOrderComplied.class, "non-compliance finding",
                findingId, Map.of("findingId", findingId, "orderId", orderId));
    }
}
