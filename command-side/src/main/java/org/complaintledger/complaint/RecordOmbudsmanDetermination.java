package org.complaintledger.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.complaintledger.complaint.Ombudsman.DefinedComplaintFinding;
import org.complaintledger.complaint.Ombudsman.OrderOnFinding;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/**
 * Record the Ombudsman's determination: a finding per defined complaint and any orders, each naming the finding it
 * follows. The findings get the ids {@code finding-N} in order, numbered on from the complaint's earlier findings.
 */
public record RecordOmbudsmanDetermination(@TargetAggregateIdentifier @NotBlank String complaintId,
                                           @SaneDate Instant occurredAt,
                                           String backdatingReason,
                                           @NotEmpty List<@NotNull @Valid DefinedComplaintFinding> findings,
                                           List<@NotNull @Valid OrderOnFinding> orders) implements ComplaintCommand {
}
