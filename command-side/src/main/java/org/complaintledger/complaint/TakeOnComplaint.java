package org.complaintledger.complaint;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/**
 * Take on a complaint, or its escalation, that was refused, because the Ombudsman (or the landlord on review) said
 * so (2.4, 5.11); {@code occurredAt} is when the instruction was given, which starts the fresh deadlines.
 *
 * @param instructionReference the Ombudsman's case reference, or the landlord's reference for its review
 * @param reason               why the refusal did not stand
 */
public record TakeOnComplaint(@TargetAggregateIdentifier @NotBlank String complaintId,
                              @SaneDate Instant occurredAt,
                              String backdatingReason,
                              @NotNull(message = "is required: HOUSING_OMBUDSMAN or LANDLORD_REVIEW (2.4)") TakeOnInstruction instructedBy,
                              @NotBlank(message = "is required: the reference of the instruction (2.4)") String instructionReference,
                              @NotBlank(message = "is required: why the refusal did not stand (2.4)") String reason) implements ComplaintCommand {
}
