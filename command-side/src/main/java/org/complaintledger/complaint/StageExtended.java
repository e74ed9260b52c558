package org.complaintledger.complaint;

import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.code.Stage;
import org.complaintledger.personaldata.PersonalData;

/**
 * The response deadline of a stage was extended, the resident told and given the Ombudsman's contact
 * details (6.4, 6.5, 6.15, 6.16).
 *
 * @param workingDaysBeyondOriginal how far the new deadline lies beyond the stage's unextended deadline
 * @param beyondCodeLimit           the extension goes beyond what the Code allows without good reason
 * @param goodReason                the good reason, required when {@code beyondCodeLimit}
 * @param toConvenePanel            the extra time is to convene a panel, the only ground for it at 2022 stage 3 (5.18);
 *                                  never null (an extension recorded before this was kept reads as false)
 */
public record StageExtended(String complaintId,
                            Instant occurredAt,
                            @PersonalData String backdatingReason,
                            Stage stage,
                            LocalDate previousResponseDue,
                            LocalDate responseDue,
                            @PersonalData String reason,
                            boolean residentInformed,
                            boolean ombudsmanContactDetailsGiven,
                            int workingDaysBeyondOriginal,
                            boolean beyondCodeLimit,
                            @PersonalData String goodReason,
                            Boolean toConvenePanel) implements ComplaintEvent {

    public StageExtended {
        // A Boolean so that events stored before this component existed still read (JSON null is not a boolean).
        toConvenePanel = Boolean.TRUE.equals(toConvenePanel);
    }

    /** 6.4, 6.15: within the Code's limit, or beyond it with a good reason on the record. */
    public boolean withinLimitOrWithGoodReason() {
        return !beyondCodeLimit || (goodReason != null && !goodReason.isBlank());
    }
}
