package org.complaintledger.survey;

import java.time.Instant;
import org.complaintledger.personaldata.PersonalData;

/** The dissatisfaction expressed in the survey became the complaint {@code complaintId} (1.6). */
public record SurveyResponseBecameComplaint(String responseId,
                                            Instant occurredAt,
                                            @PersonalData String backdatingReason,
                                            String complaintId,
                                            String linkedBy) implements SurveyResponseEvent {
}
