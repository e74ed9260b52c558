package org.complaintledger.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.complaintledger.code.Stage;
import org.complaintledger.personaldata.PersonalData;

/**
 * A stage was acknowledged, defined and logged (5.6, 5.7, 6.2, 6.11).
 *
 * @param acknowledgementDue the deadline this acknowledgement was measured against
 * @param onTime             whether it met that deadline
 * @param responseDue        the response deadline now in force (6.3, 6.14)
 */
public record StageAcknowledged(String complaintId,
                                Instant occurredAt,
                                @PersonalData String backdatingReason,
                                Stage stage,
                                ComplaintDefinition definition,
                                @PersonalData List<String> responsibleFor,
                                @PersonalData List<String> notResponsibleFor,
                                String handler,
                                LocalDate acknowledgementDue,
                                boolean onTime,
                                LocalDate responseDue) implements ComplaintEvent {
}
