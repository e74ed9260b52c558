package org.complaintledger.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.complaintledger.code.Stage;
import org.complaintledger.personaldata.PersonalData;

/**
 * A stage's response was issued with everything 6.9 (stage 1) or 6.19 (stage 2) requires: the stage and
 * definition (on the record with the acknowledgement), decision, reasons, remedies, outstanding actions
 * and how to escalate.
 *
 * @param responseDue the deadline in force when the response was issued
 * @param onTime      whether the response met it
 */
public record StageResponseIssued(String complaintId,
                                  Instant occurredAt,
                                  @PersonalData String backdatingReason,
                                  Stage stage,
                                  Decision decision,
                                  @PersonalData String reasons,
                                  List<TrackedRemedy> remediesOffered,
                                  List<TrackedAction> outstandingActions,
                                  @PersonalData String escalationRoute,
                                  LocalDate responseDue,
                                  boolean onTime) implements ComplaintEvent {
}
