package org.complaintledger.survey;

import java.time.Instant;
import org.complaintledger.personaldata.PersonalData;

/** A resident who was not told how to complain when they responded to the survey was told later (1.6). */
public record ResidentToldHowToComplain(String responseId,
                                        Instant occurredAt,
                                        @PersonalData String backdatingReason,
                                        @PersonalData String howTold,
                                        String toldBy) implements SurveyResponseEvent {
}
