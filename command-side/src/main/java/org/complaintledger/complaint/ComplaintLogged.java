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
 * @param residentBecameAware    when the resident became aware of the issue, if given; the window runs from the
 *                               later of this and {@code issueArose} (2.3)
 * @param beyondRefusalWindow    the issue arose, and the resident became aware of it, more than 12 months before
 *                               receipt: a section 2 decision is due (2.2, 2.3), but the complaint is not refused by
 *                               this alone
 * @param windowDiscretion       the landlord's discretion to accept it all the same (2.3), or null
 * @param category               a code of the category taxonomy (9.4); free text in complaints logged before
 *                               the ledger had one
 * @param categoryTaxonomy       the version of the taxonomy the category was chosen from; null before there was one
 * @param tenure                 the home's tenure (TSM CH01); null: not recorded
 * @param acknowledgementDue     the stage 1 acknowledgement deadline in force (2024 6.2, 2022 4.1)
 * @param serviceRequestReference the service request the complaint arose from (1.4, 1.5), if any
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
                              String categoryTaxonomy,
                              Tenure tenure,
                              @PersonalData String description,
                              @PersonalData List<String> outcomesSought,
                              LocalDate issueArose,
                              LocalDate residentBecameAware,
                              boolean beyondRefusalWindow,
                              WindowDiscretion windowDiscretion,
                              String relatedComplaintId,
                              LocalDate acknowledgementDue,
                              String serviceRequestReference,
                              Stage finalStage) implements ComplaintEvent {

    public ComplaintLogged {
        // Complaints logged before the procedure was recorded were all under the 2024 Code, which has two stages (5.3).
        finalStage = finalStage == null ? Stage.TWO : finalStage;
    }
}
