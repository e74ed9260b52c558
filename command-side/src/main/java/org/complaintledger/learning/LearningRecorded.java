package org.complaintledger.learning;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A lesson was drawn from one or more complaints, with the service improvement planned from it (9.1, 9.2).
 *
 * @param complaintIds   the complaints it was drawn from, in the order given
 * @param owner          the member of staff or team accountable for the improvement
 * @param improvementDue when the improvement is to be delivered
 */
public record LearningRecorded(String learningId,
                               Instant occurredAt,
                               String backdatingReason,
                               List<String> complaintIds,
                               String lesson,
                               String improvement,
                               String owner,
                               LocalDate improvementDue,
                               String recordedBy) implements LearningEvent {

    public LearningRecorded {
        complaintIds = List.copyOf(complaintIds);
    }
}
