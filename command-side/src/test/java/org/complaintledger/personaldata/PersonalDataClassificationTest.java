package org.complaintledger.personaldata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.complaintledger.complaint.ComplaintEvent;
import org.complaintledger.complaint.ComplaintLogged;
import org.complaintledger.complaint.StageResponseIssued;
import org.complaintledger.personaldata.PersonalDataShape.NestedList;
import org.complaintledger.personaldata.PersonalDataShape.Text;
import org.junit.jupiter.api.Test;

/**
 * Every text a complaint event carries is either personal data, sealed with the data subject's key, or on this
 * list of what is known not to be: a new field must be classified before it can go on the record.
 */
class PersonalDataClassificationTest {

    /** Text components that are not personal data, each with the reason it must stay readable. */
    private static final Set<String> NOT_PERSONAL = Set.of(
            // Opaque identifiers the ledger generates or the landlord assigns: never a name or an address.
            // (Every event's complaintId, from ComplaintEvent, is one too: see knownNotPersonal.)
            "ComplaintLogged.dataSubjectId", "Complainant.residentId",
            "ComplaintLogged.relatedComplaintId", "TrackedRemedy.actionId", "TrackedAction.actionId",
            "ActionCompleted.actionId", "TrackedOrder.orderId", "OmbudsmanOrderComplied.orderId",
            "DeterminedFinding.findingId", "TrackedOrder.findingId", "ComplaintHandlingFailureFound.findingId",
            // The landlord's reference of the service request a complaint arose from (1.4): its own record's id.
            "ComplaintLogged.serviceRequestReference",
            // The Ombudsman's case reference, or the landlord's review reference: identifiers like the complaint's id.
            "ReferredToOmbudsman.ombudsmanReference", "ComplaintHandlingFailureFound.ombudsmanReference",
            "ComplaintTakenOn.instructionReference",
            // Provisions of the Code the Ombudsman found not complied with (8.1 c): numbers like 5.6.
            "ComplaintHandlingFailureFound.provisions",
            // Which Code governs the complaint, and the landlord's category for reporting (reports survive erasure).
            "ComplaintLogged.codeVersion", "ComplaintLogged.category", "ComplaintLogged.categoryTaxonomy",
            // Staff identifiers, compared in plain text by the 6.13 rule (stage 2 handled and signed by others).
            "StageAcknowledged.handler", "StageResponseIssued.respondedBy",
            // A staff identifier too: who used the discretion to accept a complaint outside the window (2.3).
            "WindowDiscretion.decidedBy",
            // A document's media type and SHA-256 digest prove which document is meant (5.12), not whose.
            "DocumentRef.mediaType", "DocumentRef.sha256");

    private static boolean knownNotPersonal(String text) {
        return NOT_PERSONAL.contains(text) || text.endsWith(".complaintId");
    }

    private static List<Class<?>> complaintEvents() {
        return Arrays.asList(ComplaintEvent.class.getPermittedSubclasses());
    }

    @Test
    void everyTextOfEveryComplaintEventIsClassified() {
        Set<String> unclassified = new TreeSet<>();
        for (Class<?> event : complaintEvents()) {
            PersonalDataShape.of(event).unclassifiedText().stream()
                    .filter(text -> !knownNotPersonal(text))
                    .forEach(unclassified::add);
        }
        assertThat(unclassified).as("text components neither @PersonalData nor known not to be").isEmpty();
    }

    @Test
    void theAllowListNamesOnlyTextThatExists() {
        Set<String> reachable = new TreeSet<>();
        complaintEvents().forEach(event -> reachable.addAll(PersonalDataShape.of(event).unclassifiedText()));
        assertThat(reachable).as("allow-list entries naming no text of any event").containsAll(NOT_PERSONAL);
    }

    @Test
    void everyComplaintEventCarriesPersonalDataAtLeastInItsBackdatingReason() {
        for (Class<?> event : complaintEvents()) {
            assertThat(PersonalDataShape.of(event).parts()).as(event.getSimpleName())
                    .containsEntry("backdatingReason", new Text());
        }
    }

    @Test
    void aComplaintNamesItsDataSubjectWhenLogged() {
        assertThat(PersonalDataShape.of(ComplaintLogged.class).subjectPath()).containsExactly("dataSubjectId");
        assertThat(complaintEvents().stream().filter(e -> e != ComplaintLogged.class)
                .map(e -> PersonalDataShape.of(e).subjectPath())).allMatch(List::isEmpty);
    }

    @Test
    void nestedPersonalDataIsFoundInRecordsAndListsOfRecords() {
        Map<String, PersonalDataShape.Part> logged = PersonalDataShape.of(ComplaintLogged.class).parts();
        assertThat(logged).containsKeys("description", "outcomesSought", "complainant")
                .doesNotContainKeys("category", "channel", "acknowledgementDue");
        PersonalDataShape complainant = ((PersonalDataShape.Nested) logged.get("complainant")).shape();
        assertThat(complainant.parts()).containsOnlyKeys("residentName", "residentReference", "representative");

        PersonalDataShape.Part remedies = PersonalDataShape.of(StageResponseIssued.class).parts().get("remediesOffered");
        assertThat(remedies).isInstanceOf(NestedList.class);
        assertThat(((NestedList) remedies).shape().parts()).containsOnlyKeys("description");
    }

    @Test
    void theErasureEventHoldsNoPersonalData() {
        PersonalDataShape forgotten = PersonalDataShape.of(DataSubjectForgotten.class);
        assertThat(forgotten.holdsPersonalData()).isFalse();
        assertThat(forgotten.subjectPath()).isEmpty();
    }

    record Conversation(@PersonalData String text, List<Conversation> replies) {
    }

    @Test
    void refusesARecordThatContainsItself() {
        assertThatThrownBy(() -> PersonalDataShape.of(Conversation.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contains itself");
    }

    @Test
    void refusesPersonalDataOnATypeThatCannotHoldIt() {
        record Misplaced(@PersonalData LocalDate birthday) {
        }
        assertThatThrownBy(() -> PersonalDataShape.of(Misplaced.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("birthday");
    }
}
