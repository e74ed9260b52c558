package org.complaintledger.record;

import java.util.List;
import org.complaintledger.html.StandalonePage;
import org.complaintledger.record.page.CaseRecordPage;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The complete record of one complaint (5.12): as JSON, in the order it was written, and as a page to read and print.
 * Both are one read of the event store and answer the same callers; an investigator's read of either is put on the
 * grant's record first (infra's InvestigatorReads, which recognises this controller).
 */
@RestController
public class ComplaintRecordController {

    private final ComplaintRecord record;
    private final CaseRecordPage page;

    public ComplaintRecordController(ComplaintRecord record, CaseRecordPage page) {
        this.record = record;
        this.page = page;
    }

    @GetMapping("/api/complaints/{id}/events")
    public List<RecordedEvent> events(@PathVariable String id) {
        return onTheLedger(id);
    }

    @GetMapping("/api/complaints/{id}/record")
    public ResponseEntity<String> recordPage(@PathVariable String id) {
        List<RecordedEvent> events = onTheLedger(id);
        String nonce = StandalonePage.nonce();
        return StandalonePage.answer(page.render(id, events, nonce), nonce);
    }

    private List<RecordedEvent> onTheLedger(String id) {
        List<RecordedEvent> events = record.events(id);
        if (events.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no complaint " + id + " on the ledger");
        }
        return events;
    }
}
