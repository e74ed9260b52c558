package org.complaintledger.learning;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.ComplaintsOnLedger;
import org.complaintledger.ledger.SaneDate;

/**
 * Record a lesson learned from one or more complaints and the service improvement planned from it, looking beyond
 * the individual complaint (9.1, 9.2); {@code occurredAt} is when the lesson was drawn. The lesson and the improvement
 * are about the landlord's service, not a resident: they are reported to the governing body and residents (8.1d, 9.3)
 * and stay readable after any resident's erasure, so they must not name a resident.
 *
 * @param complaintIds   the complaints the lesson was drawn from: at least one, each once
 * @param owner          the member of staff or the team accountable for delivering the improvement
 * @param improvementDue when the improvement is to be delivered, not before the day the lesson was drawn
 */
public record RecordLearning(@TargetAggregateIdentifier @NotBlank String learningId,
                             @SaneDate Instant occurredAt,
                             String backdatingReason,
                             @NotNull(message = "must name the complaints the lesson was drawn from (9.1)")
                             @Size(min = 1, max = 500, message = "must name 1 to 500 complaints the lesson was drawn from (9.1)")
                             List<@NotNull @Pattern(regexp = ComplaintsOnLedger.COMPLAINT_ID,
                                     message = ComplaintsOnLedger.COMPLAINT_ID_MESSAGE) String> complaintIds,
                             @NotBlank String lesson,
                             @NotBlank String improvement,
                             @NotBlank String owner,
                             @NotNull @SaneDate LocalDate improvementDue,
                             @NotBlank String recordedBy) implements LearningCommand {
}
