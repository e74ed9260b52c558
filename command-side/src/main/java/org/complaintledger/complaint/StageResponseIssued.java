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
 * @param respondedBy                     who considered and signed the response (a staff identifier, 6.13)
 * @param responseDue                     the deadline in force when the response was issued, as extended
 * @param onTime                          whether the response met it (on time against the deadline as extended)
 * @param originalResponseDue             the stage's deadline before any extension (6.3, 6.14)
 * @param onTimeAgainstOriginal           whether the response met that one
 * @param extensionsWithinLimitOrWithGoodReason every extension of the stage stayed within the Code's limit or had
 *                                        a good reason on the record (6.4, 6.15); true when there was none
 *
 * <p>{@code respondedBy}, {@code originalResponseDue} and the last two flags are null in responses stored before the
 * ledger recorded them ("not recorded"): boxed, because Jackson 3 refuses a missing primitive when reading them back.
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
                                  String respondedBy,
                                  LocalDate responseDue,
                                  boolean onTime,
                                  LocalDate originalResponseDue,
                                  Boolean onTimeAgainstOriginal,
                                  Boolean extensionsWithinLimitOrWithGoodReason) implements ComplaintEvent {
}
