package org.complaintledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.complaintledger.complaint.ComplaintLogged;
import org.complaintledger.complaint.OmbudsmanDetermined;
import org.complaintledger.complaint.StageResponseIssued;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Events stored before complaints had a taxonomy version, a tenure, a service request, findings with ids, a
 * signatory and the second timeliness reading still read (as opened, after their personal data is unsealed): the new
 * facts read as null, "not recorded".
 */
@LedgerTest
class StoredBeforeComplaintFactsTest {

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    private <T> T read(Class<T> type, String json) {
        return eventSerializer.deserialize(new SimpleSerializedObject<>(json.getBytes(StandardCharsets.UTF_8),
                byte[].class, type.getName(), null));
    }

    @Test
    void aComplaintLoggedWithAFreeTextCategoryReadsWithoutTaxonomyTenureOrServiceRequest() {
        ComplaintLogged logged = read(ComplaintLogged.class, """
                {"complaintId": "C-OLD", "occurredAt": "2025-05-13T09:00:00Z", "backdatingReason": null,
                 "dataSubjectId": "C-OLD", "codeVersion": "2024", "channel": "EMAIL",
                 "complainant": {"residentId": null, "residentName": "Olive Old", "residentReference": null,
                                 "representative": null},
                 "category": "Noise from next door", "description": "Loud music", "outcomesSought": ["quiet"],
                 "issueArose": "2025-04-28", "beyondRefusalWindow": false, "relatedComplaintId": null,
                 "acknowledgementDue": "2025-05-20"}""");
        assertThat(logged.category()).isEqualTo("Noise from next door");
        assertThat(logged.categoryTaxonomy()).isNull();
        assertThat(logged.tenure()).isNull();
        assertThat(logged.serviceRequestReference()).isNull();
    }

    @Test
    void aDeterminationWhoseFindingsAndOrdersHadNoIdsReadsWithNullIds() {
        OmbudsmanDetermined determined = read(OmbudsmanDetermined.class, """
                {"complaintId": "C-OLD", "occurredAt": "2025-05-31T09:00:00Z", "backdatingReason": null,
                 "findings": [{"definedComplaint": "the damp reports", "finding": "MALADMINISTRATION"}],
                 "orders": [{"orderId": "order-1", "description": "apologise", "dueBy": "2025-06-02"}]}""");
        assertThat(determined.findings().getFirst().findingId()).isNull();
        assertThat(determined.findings().getFirst().definedComplaint()).isEqualTo("the damp reports");
        assertThat(determined.orders().getFirst().findingId()).isNull();
        assertThat(determined.orders().getFirst().orderId()).isEqualTo("order-1");
    }

    @Test
    void aResponseStoredBeforeItsSignatoryAndSecondTimelinessReadingReadsThemAsNotRecorded() {
        StageResponseIssued responded = read(StageResponseIssued.class, """
                {"complaintId": "C-OLD", "occurredAt": "2025-05-28T09:00:00Z", "backdatingReason": null, "stage": "ONE",
                 "decision": "NOT_UPHELD", "reasons": "repaired", "remediesOffered": [], "outstandingActions": [],
                 "escalationRoute": "ask us for stage 2", "responseDue": "2025-06-02", "onTime": true}""");
        assertThat(responded.onTime()).isTrue();
        assertThat(responded.respondedBy()).isNull();
        assertThat(responded.originalResponseDue()).isNull();
        assertThat(responded.onTimeAgainstOriginal()).isNull();
        assertThat(responded.extensionsWithinLimitOrWithGoodReason()).isNull();
    }
}
