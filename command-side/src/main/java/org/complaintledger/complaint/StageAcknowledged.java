package org.complaintledger.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.complaintledger.code.Stage;
import org.complaintledger.personaldata.PersonalData;

/**
 * A stage was acknowledged, defined and logged (5.6, 5.7, 6.2, 6.11; 2022 4.1, 4.2, 5.10).
 *
 * @param acknowledgementDue the deadline this acknowledgement was measured against; null where the Code sets none
 *                           (2022 stages 2 and 3)
 * @param onTime             whether it met that deadline; null where there was none
 * @param responseDue        the response deadline now in force (6.3, 6.14; 2022 5.1, or from the request 5.13, 5.18)
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
                                Boolean onTime,
                                LocalDate responseDue) implements ComplaintEvent {
}
