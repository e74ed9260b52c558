package org.complaintledger.http;

import static org.complaintledger.http.ComplaintLifecycleController.IDEMPOTENCY_KEY;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.complaintledger.complaint.AddIssue;
import org.complaintledger.complaint.AgreeUpdateInterval;
import org.complaintledger.complaint.AttachDocument;
import org.complaintledger.complaint.RecordCorrespondence;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/** What goes on a complaint's full record besides its stages (5.9, 5.12, 6.8). */
@RestController
@RequestMapping("/api/complaints/{id}")
class ComplaintRecordKeepingController {

    private final ComplaintSteps steps;

    ComplaintRecordKeepingController(ComplaintSteps steps) {
        this.steps = steps;
    }

    @PostMapping("/issues")
    @Operation(summary = "A further issue, folded into stage 1 before its response; afterwards a new complaint (6.8)")
    StepResult addIssue(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                        @PathVariable String id,
                        @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = AddIssue.class)))
                        @RequestBody JsonNode body) {
        return steps.take(request, key, body, AddIssue.class, Map.of("complaintId", id));
    }

    @PostMapping("/correspondence")
    @Operation(summary = "Correspondence with the resident or another party (5.12)")
    StepResult recordCorrespondence(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                    @PathVariable String id,
                                    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RecordCorrespondence.class)))
                                    @RequestBody JsonNode body) {
        return steps.take(request, key, body, RecordCorrespondence.class, Map.of("complaintId", id));
    }

    @PostMapping("/documents")
    @Operation(summary = "Supporting documentation such as reports or surveys (5.12)")
    StepResult attachDocument(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                              @PathVariable String id,
                              @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = AttachDocument.class)))
                              @RequestBody JsonNode body) {
        return steps.take(request, key, body, AttachDocument.class, Map.of("complaintId", id));
    }

    @PostMapping("/update-interval")
    @Operation(summary = "The agreed interval for keeping the resident informed (5.9)")
    StepResult agreeUpdateInterval(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                   @PathVariable String id,
                                   @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = AgreeUpdateInterval.class)))
                                   @RequestBody JsonNode body) {
        return steps.take(request, key, body, AgreeUpdateInterval.class, Map.of("complaintId", id));
    }
}
