package org.complaintledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.complaintledger.complaint.Channel;
import org.complaintledger.complaint.Complainant;
import org.complaintledger.complaint.ComplaintLogged;
import org.complaintledger.complaint.LogComplaint;
import org.complaintledger.complaint.Tenure;
import org.complaintledger.complaint.WithdrawComplaint;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A command that asks for its events gets exactly those the event store committed, without reading them back. */
@LedgerTest
class AppendedEventsTest {

    @Autowired
    CommandGateway gateway;

    @Autowired
    EventStore eventStore;

    @Test
    void answersWithTheEventsTheCommandAppendedAsStored() {
        String id = UUID.randomUUID().toString();
        AppendedEvents.Appended logged = send(new LogComplaint(id, null, null, Channel.PHONE,
                new Complainant(null, "Ann Appended", null, null), "repairs", Tenure.LOW_COST_RENTAL, "Lift broken",
                List.of("lift fixed"), null, null, null, null, null));
        AppendedEvents.Appended withdrawn = send(new WithdrawComplaint(id, null, null, "fixed"));

        List<? extends DomainEventMessage<?>> stored = eventStore.readEvents(id).asStream().toList();
        assertThat(stored).hasSize(2);
        assertThat(logged.events()).singleElement().satisfies(event -> {
            assertThat(event.getIdentifier()).isEqualTo(stored.get(0).getIdentifier());
            assertThat(event.getSequenceNumber()).isZero();
            assertThat(event.getTimestamp().truncatedTo(ChronoUnit.MILLIS)).isEqualTo(stored.get(0).getTimestamp());
            assertThat(event.getPayload()).isInstanceOf(ComplaintLogged.class).isEqualTo(stored.get(0).getPayload());
        });
        assertThat(withdrawn.events()).singleElement()
                .satisfies(event -> assertThat(event.getIdentifier()).isEqualTo(stored.get(1).getIdentifier()));
    }

    @Test
    void aCommandThatDoesNotAskKeepsItsOwnResult() {
        String id = UUID.randomUUID().toString();
        Object result = gateway.sendAndWait(new LogComplaint(id, null, null, Channel.PHONE,
                new Complainant(null, "Ann Appended", null, null), "repairs", Tenure.LOW_COST_RENTAL, "Lift broken",
                List.of("lift fixed"), null, null, null, null, null));
        assertThat(result).isEqualTo(id);
    }

    private AppendedEvents.Appended send(Object command) {
        return gateway.sendAndWait(GenericCommandMessage.asCommandMessage(command)
                .andMetaData(Map.of(AppendedEvents.REQUESTED, true)));
    }
}
