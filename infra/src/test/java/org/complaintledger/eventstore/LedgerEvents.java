package org.complaintledger.eventstore;

import java.util.UUID;

import org.axonframework.eventhandling.GenericDomainEventMessage;

/** Appends sample events the way an aggregate would: one stream per complaint, numbered from 0. */
final class LedgerEvents {

    /** Not "Complaint", so the application's own projections never mistake these streams for complaints. */
    static final String AGGREGATE_TYPE = "InfraTestStream";

    private LedgerEvents() {
    }

    static String newComplaintId() {
        return "test-" + UUID.randomUUID();
    }

    static GenericDomainEventMessage<SampleRecorded> event(String complaintId, long sequence) {
        return new GenericDomainEventMessage<>(AGGREGATE_TYPE, complaintId, sequence, SampleRecorded.of(complaintId));
    }
}
