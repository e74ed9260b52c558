package org.complaintledger.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.complaintledger.complaint.ComplaintCommand;
import org.complaintledger.complaint.LogComplaint;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * The demo start-up on a ledger of its own: a small landlord's year loaded through the command side from two threads,
 * every command accepted (a refused one fails the start), each event stamped with when its step was recorded, the
 * projections replayed so that none skipped an event, and nothing loaded again into a ledger that holds events.
 */
@LedgerTest
@TestPropertySource(properties = {"complaint-ledger.demo.homes=1000", "complaint-ledger.demo.financial-years=1",
        "complaint-ledger.demo.last-financial-year=2024", "complaint-ledger.demo.seed=27",
        "complaint-ledger.demo.threads=2"})
class DemoDataLoaderTest {

    private static final List<PlannedStep> PLAN = new DemoLedger(new DemoLandlord(27, 1000, 2024, 1)).plan();

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventStore eventStore;
    @Autowired
    DemoDataLoader loader;

    @Test
    void everyPlannedCommandIsAcceptedAndAppendsItsEvent() {
        // this small ledger (seed 27) holds every kind of command the demo's two years of 10,000 homes do
        assertThat(kinds(PLAN)).isEqualTo(kinds(new DemoLedger(new DemoLandlord(2024, 10_000, 2024, 2)).plan()));
        assertThat(events()).isEqualTo(PLAN.size());
    }

    private static Set<Class<?>> kinds(List<PlannedStep> plan) {
        return plan.stream().map(step -> step.command().getClass()).collect(Collectors.toSet());
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
    void everyComplaintReachesTheCaseSummaryThoughYearsOldEventsCommittedOutOfOrder() {
        long complaints = PLAN.stream().filter(step -> step.command() instanceof LogComplaint).count();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                jdbc.queryForObject("SELECT count(*) FROM case_summary", Long.class)).isEqualTo(complaints));
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
