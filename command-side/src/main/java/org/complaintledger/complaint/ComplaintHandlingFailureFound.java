package org.complaintledger.complaint;

import java.time.Instant;
import java.util.List;
import org.complaintledger.personaldata.PersonalData;

/**
 * The Ombudsman found a failure in how the complaint was handled (8.1 c, 9.7 c): a complaint handling failure order
 * or a Code non-compliance finding, with or without a referral or a determination on the complaint's substance.
 *
 * @param findingId  the finding's id on this complaint; each of {@code orders} follows it
 * @param provisions the provisions of the Code concerned
 */
public record ComplaintHandlingFailureFound(String complaintId,
                                            Instant occurredAt,
                                            @PersonalData String backdatingReason,
                                            String findingId,
                                            String ombudsmanReference,
                                            Ombudsman.HandlingFailureKind kind,
                                            List<String> provisions,
                                            @PersonalData String description,
                                            List<Ombudsman.TrackedOrder> orders) implements ComplaintEvent {
}
