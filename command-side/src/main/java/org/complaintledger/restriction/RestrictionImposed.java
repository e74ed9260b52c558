package org.complaintledger.restriction;

import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.personaldata.DataSubjectId;
import org.complaintledger.personaldata.PersonalData;

/**
 * A resident's contact was restricted because of unacceptable behaviour, with the reasons (5.14), why it is
 * proportionate with regard to the Equality Act 2010 (5.15), and the resident told of it and of how it will be
 * reviewed.
 *
 * @param residentId whose record it is, and whose key encrypts the restriction's personal data
 * @param reviewDue  when it is to be reviewed (5.14)
 * @param decidedBy  the member of staff who decided it
 */
public record RestrictionImposed(String restrictionId,
                                 Instant occurredAt,
                                 @PersonalData String backdatingReason,
                                 @DataSubjectId String residentId,
                                 @PersonalData String reasons,
                                 @PersonalData String scope,
                                 @PersonalData String proportionalityNote,
                                 boolean residentInformed,
                                 LocalDate reviewDue,
                                 String decidedBy) implements RestrictionEvent {
}
