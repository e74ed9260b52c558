package org.complaintledger.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.complaintledger.complaint.ComplaintCommand;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo start-up on a ledger of its own: a small landlord's year loaded through the command side, every command
 * accepted (a refused one fails the start), each event stamped with when its step was recorded, and nothing loaded
 * again into a ledger that already holds events.
 */
@LedgerTest
@TestPropertySource(properties = {"complaint-ledger.demo.homes=1000", "complaint-ledger.demo.financial-years=1",
        "complaint-ledger.demo.last-financial-year=2024", "complaint-ledger.demo.seed=11"})
class DemoDataLoaderTest {

    private static final List<PlannedStep> PLAN = new DemoLedger(new DemoLandlord(11, 1000, 2024, 1)).plan();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    DemoDataLoader loader;

    @Test
    void everyPlannedCommandIsAcceptedAndAppendsItsEvent() {
        assertThat(PLAN).hasSizeGreaterThan(200);
        assertThat(events()).isEqualTo(PLAN.size());
    }

    @Test
    void eachEventOfABackdatedComplaintIsStampedWhenItsStepWasRecorded() {
        String complaintId = PLAN.stream().filter(step -> step.command() instanceof ComplaintCommand)
                .filter(step -> DemoLedgerTest.backdatingReason(step.command()) != null)
                .map(step -> ((ComplaintCommand) step.command()).complaintId()).findFirst().orElseThrow();
        List<Instant> planned = PLAN.stream().filter(step -> step.command() instanceof ComplaintCommand command
                && command.complaintId().equals(complaintId)).map(PlannedStep::recordedAt).toList();

        List<Instant> stamped = eventStore.readEvents(complaintId).asStream().map(DomainEventMessage::getTimestamp)
                .toList();

        assertThat(stamped).isEqualTo(planned);
    }

    @Test
    void aLedgerThatHoldsEventsIsNotLoadedAgain() {
        long before = events();

        loader.run(null);

        assertThat(events()).isEqualTo(before);
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }
}
