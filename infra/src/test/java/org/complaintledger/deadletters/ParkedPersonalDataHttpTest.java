package org.complaintledger.deadletters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.SequencedDeadLetterQueue;
import org.complaintledger.complaint.ComplaintLogged;
import org.complaintledger.http.LedgerClient;
import org.complaintledger.personaldata.PersonalData;
import org.complaintledger.testsupport.LedgerTest;
import org.complaintledger.testsupport.OwnerDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A parked event keeps its personal data sealed under the data subject's key in {@code dead_letter_entry}, as the event
 * store does: a dump of the table shows none of it, and erasing the subject reaches the parked copy too, which a retry
 * then processes with the personal data read as erased.
 */
@LedgerTest
class ParkedPersonalDataHttpTest {

    private static final String NAME = "Ottoline Brackenbury-Fisk";
    private static final String DESCRIPTION = "Damp in the back bedroom of flat 12 since the gutter failed";
    private static final String ERASURE = """
            {"reason": "ERASURE_REQUEST", "basis": "UK GDPR Art. 17(1)(a)", "requestedBy": "dpo-team"}""";

    @LocalServerPort
    int port;

    @Autowired
    ParkedEvents parkedEvents;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    ApplicationContext context;

    JdbcTemplate owner;

    PoisonedReadModels readModels;

    /** The poison, and the reading of every column of the table, are the owner's. */
    @BeforeEach
    void poisonable() {
        owner = new JdbcTemplate(OwnerDatabase.of(context));
        readModels = new PoisonedReadModels(owner);
    }

    @AfterEach
    void cured() {
        readModels.remove();
        parkedEvents.processingGroups().forEach(parkedEvents::retry);
    }

    @Test
    void aParkedEventsPersonalDataIsSealedAndAnErasureReachesIt() {
        LedgerClient ledger = new LedgerClient(port);
        String resident = "RES-SEALED-" + UUID.randomUUID();
        readModels.poison(resident);
        String complaint = ledger.logComplaint(resident, NAME, DESCRIPTION);
        await().atMost(Duration.ofSeconds(20)).until(() -> !parkedLogged(complaint).isEmpty());

        // Sealed in the table under the resident's key; the ids and the rest of the event stay readable.
        assertThat(deadLetterText(complaint)).contains("ComplaintLogged", complaint)
                .contains("\"residentName\":\"pd1:" + resident + ":").contains("\"category\":\"repairs\"")
                .doesNotContain(NAME).doesNotContain("Brackenbury").doesNotContain(DESCRIPTION)
                .doesNotContain("bedroom");
        // Read back through Axon's queue, it opens as the event store's events do.
        ComplaintLogged parked = parkedLogged(complaint).getFirst();
        assertThat(parked.complainant().residentName()).isEqualTo(NAME);
        assertThat(parked.description()).isEqualTo(DESCRIPTION);

        // Erased while parked: the key is gone, so the parked copy reads as erased, not as it was.
        assertThat(ledger.post("/api/data-subjects/" + resident + "/erasure", ERASURE).status()).isEqualTo(201);
        ComplaintLogged afterErasure = parkedLogged(complaint).getFirst();
        assertThat(afterErasure.complainant().residentName()).isEqualTo(PersonalData.ERASED);
        assertThat(afterErasure.description()).isEqualTo(PersonalData.ERASED);
        assertThat(afterErasure.complaintId()).isEqualTo(complaint);

        // Cured and retried: processed with the data erased, the read model whole, nothing of the resident left.
        readModels.cure();
        assertThat(ledger.request("POST", "/api/parked-events/case-summary/sequences/" + complaint + "/retry", null)
                .body().get("sequencesCleared").asInt()).isEqualTo(1);
        assertThat(owner.queryForObject("SELECT count(*) FROM case_summary WHERE complaint_id = ? "
                + "AND data_subject_id = ?", Long.class, complaint, resident)).isEqualTo(1);
        assertThat(parkedLogged(complaint)).isEmpty();
        assertThat(deadLetterText(null)).doesNotContain(NAME).doesNotContain("Brackenbury")
                .doesNotContain(DESCRIPTION).doesNotContain("bedroom");
    }

    /** Every column of the complaint's dead letters (null: of all of them) as a dump would show its text. */
    private String deadLetterText(String complaint) {
        return String.join("\n", owner.queryForList("""
                SELECT concat_ws(' ', d.processing_group, d.sequence_identifier, d.payload_type, d.event_identifier,
                                 convert_from(d.payload, 'UTF8'), convert_from(d.meta_data, 'UTF8'),
                                 convert_from(d.token, 'UTF8'), d.cause_type, d.cause_message,
                                 convert_from(d.diagnostics, 'UTF8'))
                FROM dead_letter_entry d WHERE ?::text IS NULL OR d.aggregate_identifier = ?""",
                String.class, complaint, complaint));
    }

    /** The complaint's parked ComplaintLogged in case-summary, read through Axon's queue. */
    private List<ComplaintLogged> parkedLogged(String complaint) {
        SequencedDeadLetterQueue<EventMessage<?>> queue = processing.deadLetterQueue("case-summary").orElseThrow();
        List<ComplaintLogged> logged = new ArrayList<>();
        for (DeadLetter<? extends EventMessage<?>> letter : queue.deadLetterSequence(complaint)) {
            if (letter.message().getPayload() instanceof ComplaintLogged event) {
                logged.add(event);
            }
        }
        return logged;
    }
}
