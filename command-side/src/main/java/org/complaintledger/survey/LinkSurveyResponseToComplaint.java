package org.complaintledger.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.ComplaintsOnLedger;
import org.complaintledger.ledger.SaneDate;

/** The dissatisfaction expressed in a survey became a complaint, logged on the ledger as one (1.6, 1.2). */
public record LinkSurveyResponseToComplaint(@TargetAggregateIdentifier @NotBlank String responseId,
                                            @SaneDate Instant occurredAt,
                                            String backdatingReason,
                                            @NotNull @Pattern(regexp = ComplaintsOnLedger.COMPLAINT_ID,
                                                    message = ComplaintsOnLedger.COMPLAINT_ID_MESSAGE) String complaintId,
                                            @NotBlank String linkedBy) implements SurveyResponseCommand {
}
