package org.complaintledger.adjustment;

import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.personaldata.DataSubjectId;
import org.complaintledger.personaldata.PersonalData;

/**
 * A disability a resident disclosed, or a reasonable adjustment agreed with them, went on their record (5.10).
 * Special category personal data (UK GDPR art. 9): every free text is {@link PersonalData}.
 *
 * @param residentId whose record it is, and whose key encrypts the record's personal data
 * @param reviewDue  when it is to be reviewed
 * @param recordedBy the member of staff who recorded it
 */
public record AdjustmentRecorded(String adjustmentId,
                                 Instant occurredAt,
                                 @PersonalData String backdatingReason,
                                 @DataSubjectId String residentId,
                                 AdjustmentKind kind,
                                 @PersonalData String description,
                                 @PersonalData String agreedWith,
                                 @PersonalData String disclosedBy,
                                 LocalDate reviewDue,
                                 String recordedBy) implements AdjustmentEvent {
}
