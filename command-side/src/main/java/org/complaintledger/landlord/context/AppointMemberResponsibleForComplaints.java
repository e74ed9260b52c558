package org.complaintledger.landlord.context;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.ledger.SaneDate;

/**
 * Put on record who is the Member Responsible for Complaints, a member of the governing body, from when (9.5).
 * A change of member is a new appointment; the earlier one stays on the record.
 */
public record AppointMemberResponsibleForComplaints(@NotBlank String member,
                                                   @NotNull @SaneDate LocalDate from,
                                                   @NotBlank String recordedBy,
                                                   @SaneDate Instant occurredAt,
                                                   String backdatingReason) implements LandlordContextCommand {
}
