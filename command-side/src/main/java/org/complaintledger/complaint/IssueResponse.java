package org.complaintledger.complaint;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.complaintledger.code.Stage;
import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/**
 * Issue a stage's response. Every item of 6.9 (stage 1) or 6.19 (stage 2) must be present; the stage and
 * the complaint definition come from the record. A final response's route names the Housing Ombudsman (6.19).
 */
public record IssueResponse(@TargetAggregateIdentifier @NotBlank String complaintId,
                            @SaneDate Instant occurredAt,
                            String backdatingReason,
                            @NotNull Stage stage,
                            @NotNull(message = "is required: the decision on the complaint (6.9 c, 6.19 c)") Decision decision,
                            @NotBlank(message = "is required: the reasons for the decision (6.9 d, 6.19 d)") String reasons,
                            @NotNull(message = "is required, empty if none: the remedies offered (6.9 e, 6.19 e)") List<@NotNull @Valid Remedy> remediesOffered,
                            @NotNull(message = "is required, empty if none: the outstanding actions (6.9 f, 6.19 f)") List<@NotNull @Valid OutstandingAction> outstandingActions,
                            @NotBlank(message = "is required: how to escalate, to stage 2 or to the Ombudsman (6.9 g, 6.19 g)") String escalationRoute,
                            @NotBlank(message = "is required: who considered and signed the response, never someone involved at an earlier stage (6.13)") String respondedBy) implements ComplaintCommand {
}
