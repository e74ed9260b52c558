package org.complaintledger.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Date;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.complaintledger.category.CategoryTaxonomy;
import org.complaintledger.code.Timescales;
import org.complaintledger.complaint.Complaint;
import org.complaintledger.duesteps.DueStepsProjection;
import org.complaintledger.personaldata.PersonalData;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * After an erasure the ledger still replays: the due-steps processor rebuilds the same rows from scratch (counts and
 * dates stay, only personal text is gone), and the complaint itself is rebuilt from its erased events.
 */
@LedgerTest
class ReplayAfterErasureTest {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    EventStore eventStore;

    @Autowired
    Timescales timescales;

    @Autowired
    CategoryTaxonomy categories;

    @Test
    void theDueStepsProcessorReplaysTheErasedEventsIntoTheSameRows() {
        LedgerClient ledger = new LedgerClient(port);
        String id = ledger.complaintThroughStageOne(null, ErasureHttpTest.NAME);
        List<Map<String, Object>> expected = List.of(
                row(id, "action-1", "2026-11-20"), row(id, "action-2", "2026-12-04"), row(id, "action-3", "2026-12-11"),
                row(id, "stage-1-acknowledgement", "2026-11-09"), row(id, "stage-1-response", "2026-11-18"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(dueSteps(id)).isEqualTo(expected));
        List<Map<String, Object>> settled = settlements(id);

        assertThat(ledger.post("/api/data-subjects/" + id + "/erasure", ErasureHttpTest.ERASURE).status()).isEqualTo(201);
        TrackingEventProcessor dueSteps = processing
                .eventProcessor(DueStepsProjection.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        dueSteps.shutDown();
        dueSteps.resetTokens();
        dueSteps.start();
        long head = eventStore.createHeadToken().position().orElseThrow();

        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            assertThat(dueSteps.processingStatus().values()).isNotEmpty().allSatisfy(status -> {
                assertThat(status.isErrorState()).as(String.valueOf(status.getError())).isFalse();
                assertThat(status.getCurrentPosition().orElse(-1)).isGreaterThanOrEqualTo(head);
            });
            assertThat(dueSteps(id)).isEqualTo(expected);
            assertThat(settlements(id)).isEqualTo(settled);
        });
        assertThat(ledger.events(id).get(0).get("payload").get("description").asString()).isEqualTo(PersonalData.ERASED);
    }

    @Test
    void theComplaintIsRebuiltFromItsErasedEvents() {
        LedgerClient ledger = new LedgerClient(port);
        String id = ledger.complaintThroughStageOne(null, ErasureHttpTest.NAME);
        assertThat(ledger.post("/api/data-subjects/" + id + "/erasure", ErasureHttpTest.ERASURE).status()).isEqualTo(201);

        // A repository of its own, with no cache: the complaint is sourced from the event store, erased text and all.
        EventSourcingRepository<Complaint> uncached = EventSourcingRepository.builder(Complaint.class)
                .eventStore(eventStore)
                .parameterResolverFactory(MultiParameterResolverFactory.ordered(
                        ClasspathParameterResolverFactory.forClass(Complaint.class),
                        new SimpleResourceParameterResolverFactory(List.of(timescales, categories))))
                .build();
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            assertThat(uncached.load(id).version()).isEqualTo(2L);
        } finally {
            unitOfWork.rollback();
        }
    }

    private static Map<String, Object> row(String id, String step, String dueOn) {
        return Map.of("complaint_id", id, "step", step, "due_on", Date.valueOf(dueOn));
    }

    private List<Map<String, Object>> dueSteps(String id) {
        return jdbc.queryForList("SELECT complaint_id, step, due_on FROM due_step WHERE complaint_id = ? ORDER BY step", id);
    }

    private List<Map<String, Object>> settlements(String id) {
        return jdbc.queryForList("SELECT step, settled_at, settled_how FROM due_step WHERE complaint_id = ? ORDER BY step",
                id);
    }
}
