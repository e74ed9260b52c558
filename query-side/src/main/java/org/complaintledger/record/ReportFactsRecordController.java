package org.complaintledger.record;

import java.util.List;
import org.complaintledger.learning.LearningEvent;
import org.complaintledger.ledger.LedgerEvent;
import org.complaintledger.survey.SurveyResponseEvent;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The record of one piece of learning (9.1-9.3) or one survey response that expressed dissatisfaction (1.6), read
 * straight from the event store in the order it was written, personal data as the store gives it (after erasure, the
 * erased placeholder).
 */
@RestController
public class ReportFactsRecordController {

    private final ComplaintRecord record;

    public ReportFactsRecordController(ComplaintRecord record) {
        this.record = record;
    }

    @GetMapping("/api/learning/{id}/events")
    public List<RecordedEvent> learning(@PathVariable String id) {
        return found(id, LearningEvent.class, "learning");
    }

    @GetMapping("/api/survey-dissatisfaction/{id}/events")
    public List<RecordedEvent> surveyResponse(@PathVariable String id) {
        return found(id, SurveyResponseEvent.class, "survey response");
    }

    private List<RecordedEvent> found(String id, Class<? extends LedgerEvent> kind, String what) {
        List<RecordedEvent> events = record.eventsOf(id, kind);
        if (events.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no " + what + " " + id + " on the ledger");
        }
        return events;
    }
}
