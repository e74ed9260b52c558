package org.complaintledger.personaldata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.complaintledger.adjustment.AdjustmentEvent;
import org.complaintledger.adjustment.AdjustmentRecorded;
import org.complaintledger.investigatoraccess.InvestigatorAccessEvent;
import org.complaintledger.learning.LearningEvent;
import org.complaintledger.restriction.RestrictionEvent;
import org.complaintledger.restriction.RestrictionImposed;
import org.complaintledger.retention.RetentionRunEvent;
import org.complaintledger.survey.ResidentToldHowToComplain;
import org.complaintledger.survey.SurveyDissatisfactionRecorded;
import org.complaintledger.survey.SurveyResponseEvent;
import org.junit.jupiter.api.Test;

/**
 * The events of every other record on the ledger — a resident's adjustments and restrictions, investigator grants,
 * retention runs, erasures, learning from complaints, survey responses — classified like the complaint's: each
 * text is personal data or known not to be.
 */
class RecordsBeyondComplaintsClassificationTest {

    private static final Set<String> NOT_PERSONAL = Set.of(
            // Opaque identifiers: of the record, of the resident (the data subject) and of the complaint.
            "AdjustmentRecorded.adjustmentId", "AdjustmentReviewed.adjustmentId", "AdjustmentRecorded.residentId",
            "RestrictionImposed.restrictionId", "RestrictionReviewed.restrictionId", "RestrictionImposed.residentId",
            "InvestigatorAccessGranted.grantId", "InvestigatorAccessRevoked.grantId", "CaseRecordReadByInvestigator.grantId",
            "InvestigatorAccessGranted.complaintId", "InvestigatorAccessRevoked.complaintId",
            "CaseRecordReadByInvestigator.complaintId", "RetentionRunRecorded.runId",
            "RetentionRunRecorded.dueSubjects", "RetentionRunRecorded.erasedSubjects", "NotErased.dataSubjectId",
            "DataSubjectForgotten.dataSubjectId",
            // Staff and Ombudsman staff acting in their role: the accountability record, like a complaint's handler.
            "AdjustmentRecorded.recordedBy", "AdjustmentReviewed.reviewedBy", "RestrictionImposed.decidedBy",
            "RestrictionReviewed.reviewedBy", "InvestigatorAccessGranted.investigator",
            "InvestigatorAccessGranted.grantedBy", "InvestigatorAccessRevoked.investigator",
            "InvestigatorAccessRevoked.revokedBy", "CaseRecordReadByInvestigator.investigator",
            "RetentionRunRecorded.trigger", "DataSubjectForgotten.requestedBy",
            // Why access was given or taken back names the investigation (e.g. the Ombudsman's reference), not the
            // resident; no data subject is named by a grant, so nothing there could be sealed (docs/api.md says so).
            "InvestigatorAccessGranted.reason", "InvestigatorAccessRevoked.reason",
            // The policy and the outcome of a retention run, and the basis of an erasure: about the ledger, not a person.
            "RetentionRunRecorded.policy", "NotErased.why", "DataSubjectForgotten.basis",
            "DataSubjectForgotten.backdatingReason",
            // Learning from complaints (9.1-9.3) is about the landlord's service, drawn from many residents'
            // complaints, and is reported to the governing body and to residents (8.1d, 9.3): it names no data
            // subject, so nothing in it could be sealed, and it must not name a resident (docs/api.md says so).
            "LearningRecorded.learningId", "LearningRecorded.backdatingReason", "LearningRecorded.complaintIds",
            "LearningRecorded.lesson", "LearningRecorded.improvement", "LearningRecorded.owner",
            "LearningRecorded.recordedBy", "LearningLinkedToComplaint.learningId",
            "LearningLinkedToComplaint.backdatingReason", "LearningLinkedToComplaint.complaintId",
            "LearningLinkedToComplaint.linkedBy", "ImprovementOwnerReassigned.learningId",
            "ImprovementOwnerReassigned.backdatingReason", "ImprovementOwnerReassigned.previousOwner",
            "ImprovementOwnerReassigned.owner", "ImprovementOwnerReassigned.reason",
            "ImprovementOwnerReassigned.reassignedBy", "ImprovementRescheduled.learningId",
            "ImprovementRescheduled.backdatingReason", "ImprovementRescheduled.reason",
            "ImprovementRescheduled.rescheduledBy", "ImprovementDelivered.learningId",
            "ImprovementDelivered.backdatingReason", "ImprovementDelivered.delivered", "ImprovementDelivered.owner",
            "ImprovementDelivered.recordedBy",
            // A survey response's ids, the resident (its data subject), the survey it came from and staff (1.6).
            "SurveyDissatisfactionRecorded.responseId", "SurveyDissatisfactionRecorded.residentId",
            "SurveyDissatisfactionRecorded.complaintId", "SurveyDissatisfactionRecorded.survey",
            "SurveyDissatisfactionRecorded.recordedBy", "ResidentToldHowToComplain.responseId",
            "ResidentToldHowToComplain.toldBy", "SurveyResponseBecameComplaint.responseId",
            "SurveyResponseBecameComplaint.complaintId", "SurveyResponseBecameComplaint.linkedBy");

    private static List<Class<?>> events() {
        return Stream.of(AdjustmentEvent.class, RestrictionEvent.class, InvestigatorAccessEvent.class,
                        RetentionRunEvent.class, LearningEvent.class, SurveyResponseEvent.class)
                .flatMap(type -> Arrays.stream(type.getPermittedSubclasses()))
                .<Class<?>>map(type -> type)
                .toList();
    }

    @Test
    void everyTextOfEveryOtherRecordIsClassified() {
        Set<String> unclassified = new TreeSet<>();
        Stream.concat(events().stream(), Stream.of(DataSubjectForgotten.class))
                .forEach(event -> PersonalDataShape.of(event).unclassifiedText().stream()
                        .filter(text -> !NOT_PERSONAL.contains(text)).forEach(unclassified::add));
        assertThat(unclassified).as("text components neither @PersonalData nor known not to be").isEmpty();
    }

    @Test
    void theAllowListNamesOnlyTextThatExists() {
        Set<String> reachable = new TreeSet<>();
        Stream.concat(events().stream(), Stream.of(DataSubjectForgotten.class))
                .forEach(event -> reachable.addAll(PersonalDataShape.of(event).unclassifiedText()));
        assertThat(reachable).containsAll(NOT_PERSONAL);
    }

    @Test
    void aResidentsRecordNamesItsDataSubjectWhenOpened() {
        assertThat(PersonalDataShape.of(AdjustmentRecorded.class).subjectPath()).containsExactly("residentId");
        assertThat(PersonalDataShape.of(RestrictionImposed.class).subjectPath()).containsExactly("residentId");
        assertThat(PersonalDataShape.of(SurveyDissatisfactionRecorded.class).subjectPath())
                .containsExactly("residentId");
    }

    @Test
    void whatAResidentSaidInASurveyAndHowTheyWereToldAreSealedUnderTheirKey() {
        assertThat(PersonalDataShape.of(SurveyDissatisfactionRecorded.class).parts())
                .containsOnlyKeys("backdatingReason", "whatTheySaid", "howTold");
        assertThat(PersonalDataShape.of(ResidentToldHowToComplain.class).parts())
                .containsOnlyKeys("backdatingReason", "howTold");
        assertThat(PersonalDataShape.of(ResidentToldHowToComplain.class).subjectPath()).isEmpty();
    }

    @Test
    void learningHoldsNoPersonalDataAndNamesNoDataSubject() {
        for (Class<?> event : LearningEvent.class.getPermittedSubclasses()) {
            assertThat(PersonalDataShape.of(event).holdsPersonalData()).as(event.getSimpleName()).isFalse();
            assertThat(PersonalDataShape.of(event).subjectPath()).as(event.getSimpleName()).isEmpty();
        }
    }
}
