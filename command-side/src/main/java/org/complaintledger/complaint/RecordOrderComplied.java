package org.complaintledger.complaint;

import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/** Record that the landlord complied with one of the Ombudsman's orders. */
public record RecordOrderComplied(@TargetAggregateIdentifier @NotBlank String complaintId,
                                  @SaneDate Instant occurredAt,
                                  String backdatingReason,
                                  @NotBlank String orderId,
                                  @NotBlank String evidence) implements ComplaintCommand {
}
