package org.complaintledger.survey;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.complaintledger.complaint.Complainant;
import org.complaintledger.ledger.ComplaintsOnLedger;
import org.complaintledger.ledger.SaneDate;

/**
 * Record that a resident expressed dissatisfaction in a survey, and whether they were then given information on how
 * to complain (1.6); {@code occurredAt} is when they responded. Not a complaint: one that follows is logged as a
 * complaint and named here or by a later step.
 *
 * @param survey            which survey, e.g. "TSM perception survey 2025/26" or "repairs transactional survey"
 * @param whatTheySaid      what the resident said that expressed dissatisfaction
 * @param toldHowToComplain whether they were told how to complain at the time; if not, a later step records it
 * @param howTold           how they were told (required when told, refused otherwise)
 * @param complaintId       the complaint the response became, if it already has
 */
public record RecordSurveyDissatisfaction(@TargetAggregateIdentifier @NotBlank String responseId,
                                          @SaneDate Instant occurredAt,
                                          String backdatingReason,
                                          @NotBlank String survey,
                                          @NotNull @Pattern(regexp = Complainant.RESIDENT_ID,
                                                  message = "must be 1 to 64 letters, digits or . _ : -") String residentId,
                                          @NotBlank String whatTheySaid,
                                          @NotNull(message = "must say whether the resident was told how to complain (1.6)")
                                          Boolean toldHowToComplain,
                                          String howTold,
                                          @Pattern(regexp = ComplaintsOnLedger.COMPLAINT_ID,
                                                  message = ComplaintsOnLedger.COMPLAINT_ID_MESSAGE) String complaintId,
                                          @NotBlank String recordedBy) implements SurveyResponseCommand {
}
