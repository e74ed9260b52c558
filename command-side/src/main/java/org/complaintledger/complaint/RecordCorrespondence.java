package org.complaintledger.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/** Put correspondence with the resident or another party on the record (5.12). */
public record RecordCorrespondence(@TargetAggregateIdentifier @NotBlank String complaintId,
                                   @SaneDate Instant occurredAt,
                                   String backdatingReason,
                                   @NotNull Correspondence.Direction direction,
                                   @NotNull Correspondence.Party party,
                                   @NotNull Channel channel,
                                   @NotBlank String summary,
                                   List<@NotNull @Valid DocumentRef> documents) implements ComplaintCommand {
}
