package org.complaintledger.survey;

import java.time.Instant;
import org.complaintledger.personaldata.DataSubjectId;
import org.complaintledger.personaldata.PersonalData;

/**
 * A resident expressed dissatisfaction in a survey (1.6). What they said, and how they were told how to complain, are
 * {@link PersonalData} sealed under the resident's key.
 *
 * @param residentId        whose response it was, and whose key encrypts the record's personal data
 * @param toldHowToComplain they were given information on how to complain at the time (1.6)
 * @param howTold           how, when they were; otherwise null
 * @param complaintId       the complaint it already became, or null
 */
public record SurveyDissatisfactionRecorded(String responseId,
                                            Instant occurredAt,
                                            @PersonalData String backdatingReason,
                                            String survey,
                                            @DataSubjectId String residentId,
                                            @PersonalData String whatTheySaid,
                                            boolean toldHowToComplain,
                                            @PersonalData String howTold,
                                            String complaintId,
                                            String recordedBy) implements SurveyResponseEvent {
}
