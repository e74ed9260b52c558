package org.complaintledger.complaint;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.complaintledger.code.Stage;
import org.complaintledger.personaldata.DataSubjectId;
import org.complaintledger.personaldata.PersonalData;

/**
 * A complaint was received (1.2, 3.1, 5.12); {@code occurredAt} is the time it was received.
 *
 * @param dataSubjectId          whose key encrypts this complaint's personal data: the resident's id, or the
 *                               complaint's own id when the resident is not known by id
 * @param codeVersion            the version of the Code governing this complaint, chosen by receipt date
 * @param beyondRefusalWindow    the issue arose more than 12 months before receipt: a section 2 decision is
 *                               due (2.2, 2.3), but the complaint is not refused by this alone
 * @param acknowledgementDue     the stage 1 acknowledgement deadline in force (2024 6.2, 2022 4.1)
 * @param finalStage             the final stage of the procedure this complaint follows, decided on receipt from the
 *                               Code and the landlord's procedure then (2022 5.17), so replay never depends on today's
 *                               setting
 */
public record ComplaintLogged(String complaintId,
                              Instant occurredAt,
                              @PersonalData String backdatingReason,
                              @DataSubjectId String dataSubjectId,
                              String codeVersion,
                              Channel channel,
                              Complainant complainant,
                              String category,
                              @PersonalData String description,
                              @PersonalData List<String> outcomesSought,
                              LocalDate issueArose,
                              boolean beyondRefusalWindow,
                              String relatedComplaintId,
                              LocalDate acknowledgementDue,
                              Stage finalStage) implements ComplaintEvent {

    public ComplaintLogged {
        // Complaints logged before the procedure was recorded were all under the 2024 Code, which has two stages (5.3).
        finalStage = finalStage == null ? Stage.TWO : finalStage;
    }
}
