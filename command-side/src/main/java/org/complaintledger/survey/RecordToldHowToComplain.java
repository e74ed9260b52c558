package org.complaintledger.survey;

import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.ledger.SaneDate;

/**
 * A resident who was not told how to complain when they expressed dissatisfaction in a survey has now been told (1.6);
 * {@code occurredAt} is when.
 *
 * @param howTold how they were told, e.g. "phoned; complaints policy sent by email"
 */
public record RecordToldHowToComplain(@TargetAggregateIdentifier @NotBlank String responseId,
                                      @SaneDate Instant occurredAt,
                                      String backdatingReason,
                                      @NotBlank String howTold,
                                      @NotBlank String toldBy) implements SurveyResponseCommand {
}
