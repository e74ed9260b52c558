package org.complaintledger.complaint;

import java.time.Instant;
import java.util.List;
import org.complaintledger.personaldata.PersonalData;

/** Correspondence with the resident or another party went on the record (5.12). */
public record CorrespondenceRecorded(String complaintId,
                                     Instant occurredAt,
                                     @PersonalData String backdatingReason,
                                     Correspondence.Direction direction,
                                     Correspondence.Party party,
                                     Channel channel,
                                     @PersonalData String summary,
                                     List<DocumentRef> documents) implements ComplaintEvent {
}
