package org.complaintledger.http;

import static org.complaintledger.http.ComplaintLifecycleController.IDEMPOTENCY_KEY;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.complaintledger.landlord.context.AppointMemberResponsibleForComplaints;
import org.complaintledger.landlord.context.RecordGoverningBody;
import org.complaintledger.landlord.context.RecordGoverningBodyResponse;
import org.complaintledger.landlord.context.RecordHomesOwned;
import org.complaintledger.landlord.context.RecordReportReceived;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The landlord's context, the facts its complaint reports rest on that belong to no complaint: homes owned per
 * financial year (CH01), the Member Responsible for Complaints and the governing body (9.5, 9.6), what the governing
 * body received (9.7) and its response to the annual report (8.2). All on one record, the landlord's.
 */
@RestController
@RequestMapping("/api/landlord")
class LandlordContextController {

    private final ComplaintSteps steps;

    LandlordContextController(ComplaintSteps steps) {
        this.steps = steps;
    }

    @PostMapping("/homes-owned")
    @Operation(summary = "Record the homes owned in a financial year, low-cost rental and low-cost home ownership "
            + "separately (CH01); a second figure for a year corrects the first, with its reason, and both stay on record")
    StepResult recordHomesOwned(HttpServletRequest request,
                                @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RecordHomesOwned.class)))
                                @RequestBody JsonNode body) {
        return steps.take(request, key, body, RecordHomesOwned.class, Map.of());
    }

    @PostMapping("/member-responsible-for-complaints")
    @Operation(summary = "Record who is the Member Responsible for Complaints from a day (9.5); a change is a new appointment")
    StepResult appointMemberResponsibleForComplaints(HttpServletRequest request,
                                                     @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                                     @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = AppointMemberResponsibleForComplaints.class)))
                                                     @RequestBody JsonNode body) {
        return steps.take(request, key, body, AppointMemberResponsibleForComplaints.class, Map.of());
    }

    @PostMapping("/governing-body")
    @Operation(summary = "Record the landlord's governing body (or equivalent) from a day (9.5, 9.6); a change is a new record")
    StepResult recordGoverningBody(HttpServletRequest request,
                                   @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                   @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RecordGoverningBody.class)))
                                   @RequestBody JsonNode body) {
        return steps.take(request, key, body, RecordGoverningBody.class, Map.of());
    }

    @PostMapping("/governing-body/reports-received")
    @Operation(summary = "Record a report on complaints the governing body received: what, for which period, on which "
            + "day (9.6, 9.7); the annual complaints performance report covers one financial year (8.1, 8.2)")
    StepResult recordReportReceived(HttpServletRequest request,
                                    @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RecordReportReceived.class)))
                                    @RequestBody JsonNode body) {
        return steps.take(request, key, body, RecordReportReceived.class, Map.of());
    }

    @PostMapping("/governing-body/annual-report-responses")
    @Operation(summary = "Record the governing body's response to the annual complaints performance report for a "
            + "financial year, published alongside it (8.2)")
    StepResult recordGoverningBodyResponse(HttpServletRequest request,
                                           @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                           @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RecordGoverningBodyResponse.class)))
                                           @RequestBody JsonNode body) {
        return steps.take(request, key, body, RecordGoverningBodyResponse.class, Map.of());
    }
}
