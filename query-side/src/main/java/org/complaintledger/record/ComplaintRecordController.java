package org.complaintledger.record;

import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** The complete record of one complaint, in the order it was written (5.12). */
@RestController
public class ComplaintRecordController {

    private final ComplaintRecord record;

    public ComplaintRecordController(ComplaintRecord record) {
        this.record = record;
    }

    @GetMapping("/api/complaints/{id}/events")
    public List<RecordedEvent> events(@PathVariable String id) {
        List<RecordedEvent> events = record.events(id);
        if (events.isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "no complaint " + id + " on the ledger");
        }
        return events;
    }
}
