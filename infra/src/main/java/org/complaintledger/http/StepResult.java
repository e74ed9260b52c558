package org.complaintledger.http;

import java.util.List;
import org.complaintledger.record.RecordedEvent;

/** What a step put on the record: the complaint it belongs to and the events it appended, deadlines included. */
public record StepResult(String id, List<RecordedEvent> events) {
}
