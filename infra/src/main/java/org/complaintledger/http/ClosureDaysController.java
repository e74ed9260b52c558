package org.complaintledger.http;

import static org.complaintledger.http.ComplaintLifecycleController.IDEMPOTENCY_KEY;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Map;
import org.complaintledger.landlord.closure.DeclareClosureDay;
import org.complaintledger.landlord.closure.WithdrawClosureDay;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The landlord's closure days, declared and withdrawn as events on the ledger. The working-day calendar of every
 * command follows them as soon as the step has committed; deadlines already on the record do not move.
 */
@RestController
@RequestMapping("/api/landlord/closure-days")
class ClosureDaysController {

    private final ComplaintSteps steps;
    private final RecordSteps records;

    ClosureDaysController(ComplaintSteps steps, RecordSteps records) {
        this.steps = steps;
        this.records = records;
    }

    @PostMapping
    @Operation(summary = "Declare a closure day (day, reason): not a working day for deadlines computed from now on; "
            + "deadlines already written into events do not move")
    ResponseEntity<StepResult> declare(HttpServletRequest request,
                                       @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                       @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = DeclareClosureDay.class)))
                                       @RequestBody JsonNode body) {
        StepResult result = steps.take(request, key, body, DeclareClosureDay.class, Map.of());
        return ResponseEntity.created(URI.create("/api/landlord/closure-days")).body(result);
    }

    @PostMapping("/{day}/withdrawal")
    @Operation(summary = "Withdraw a closure day declared on the ledger: a working day again for deadlines computed from now on")
    StepResult withdraw(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                        @PathVariable String day,
                        @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = WithdrawClosureDay.class)))
                        @RequestBody JsonNode body) {
        return records.on(request, key, body, WithdrawClosureDay.class, "closure day", day,
                Map.of("day", day));
    }
}
