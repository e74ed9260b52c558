package org.complaintledger.complaint;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/** Do not accept the complaint, for a section 2 reason (2.1–2.5). */
public record RefuseComplaint(@TargetAggregateIdentifier @NotBlank String complaintId,
                              @SaneDate Instant occurredAt,
                              String backdatingReason,
                              @NotNull RefusalReason reason,
                              @NotBlank String explanation,
                              boolean residentToldOfOmbudsmanRight) implements ComplaintCommand {
}
