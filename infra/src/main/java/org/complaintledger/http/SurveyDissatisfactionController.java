package org.complaintledger.http;

import java.util.Map;
import static org.complaintledger.http.ComplaintLifecycleController.IDEMPOTENCY_KEY;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import org.complaintledger.survey.LinkSurveyResponseToComplaint;
import org.complaintledger.survey.RecordSurveyDissatisfaction;
import org.complaintledger.survey.RecordToldHowToComplain;
import org.complaintledger.survey.SurveyResponseCommand;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Survey responses in which a resident expressed dissatisfaction, and whether the resident was given information on
 * how to complain (1.6). What the resident said is personal data, sealed under the resident's key.
 */
@RestController
@RequestMapping(SurveyDissatisfactionController.SURVEY_DISSATISFACTION)
class SurveyDissatisfactionController {

    static final String SURVEY_DISSATISFACTION = "/api/survey-dissatisfaction";

    private final RecordSteps steps;

    SurveyDissatisfactionController(RecordSteps steps) {
        this.steps = steps;
    }

    @PostMapping
    @Operation(summary = "Record a survey response that expressed dissatisfaction: the survey, the resident, what they "
            + "said, whether they were told how to complain, and the complaint it became, if any (1.6)")
    ResponseEntity<StepResult> record(HttpServletRequest request,
                                      @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                                      @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RecordSurveyDissatisfaction.class)))
                                      @RequestBody JsonNode body) {
        return steps.opened(request, key, body, RecordSurveyDissatisfaction.class, "responseId", SURVEY_DISSATISFACTION);
    }

    @PostMapping("/{id}/told-how-to-complain")
    @Operation(summary = "Record that a resident not told at the time has since been told how to complain (1.6)")
    StepResult told(HttpServletRequest request, @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                    @PathVariable String id,
                    @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = RecordToldHowToComplain.class)))
                    @RequestBody JsonNode body) {
        return on(request, key, body, RecordToldHowToComplain.class, id);
    }

    @PostMapping("/{id}/complaint")
    @Operation(summary = "Record the complaint the survey response became (1.6)")
    StepResult becameComplaint(HttpServletRequest request,
                               @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key,
                               @PathVariable String id,
                               @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(schema = @Schema(implementation = LinkSurveyResponseToComplaint.class)))
                               @RequestBody JsonNode body) {
        return on(request, key, body, LinkSurveyResponseToComplaint.class, id);
    }

    private <C extends SurveyResponseCommand> StepResult on(HttpServletRequest request, String key, JsonNode body,
            Class<C> type, String id) {
        return steps.on(request, key, body, type, "survey response", id, Map.of("responseId", id));
    }
}
