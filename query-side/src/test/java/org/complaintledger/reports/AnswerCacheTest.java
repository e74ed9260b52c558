package org.complaintledger.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintledger.projectiontest.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A report of now is read again when a processor of its read models has moved on or parked an event, and only then;
 * a processor of other read models moving changes nothing.
 */
class AnswerCacheTest {

    @RegisterExtension
    static final ProjectionDatabase database = ProjectionDatabase.withInfraMigrations();

    private static final List<String> GROUPS = List.of("timescale-compliance", "outcomes-and-remedies");

    private final AnswerCache cache = new AnswerCache();
    private final AtomicInteger reads = new AtomicInteger();

    @BeforeEach
    void tokens() {
        database.empty("token_entry", "dead_letter_entry");
        token("timescale-compliance", "at-100");
        token("outcomes-and-remedies", "at-100");
        token("due-steps", "at-100");
    }

    @Test
    void keepsAReportWhileItsReadModelsStayAsTheyWere() {
        assertThat(read("annual|2025")).isEqualTo(1);
        assertThat(read("annual|2025")).isEqualTo(1);
        token("due-steps", "at-101");  // not a read model of the report
        assertThat(read("annual|2025")).isEqualTo(1);
        assertThat(read("annual|2024")).as("another report").isEqualTo(2);
    }

    @Test
    void readsAgainOnceAProcessorOfItsReadModelsHasMovedOn() {
        assertThat(read("annual|2025")).isEqualTo(1);
        token("outcomes-and-remedies", "at-101");
        assertThat(read("annual|2025")).isEqualTo(2);
        assertThat(read("annual|2025")).isEqualTo(2);
    }

    @Test
    void readsAgainOnceAnEventIsParkedOrRetried() {
        assertThat(read("annual|2025")).isEqualTo(1);
        database.jdbc().update("INSERT INTO dead_letter_entry (dead_letter_id, processing_group, sequence_identifier, "
                + "sequence_index, message_type, event_identifier, time_stamp, payload_type, payload, enqueued_at) "
                + "VALUES ('letter-1', 'timescale-compliance', 'complaint-1', 0, 'event', 'event-1', 'now', 'type', "
                + "'\\x00', 'now')");
        assertThat(read("annual|2025")).isEqualTo(2);
        database.jdbc().update("DELETE FROM dead_letter_entry");
        assertThat(read("annual|2025")).isEqualTo(3);
    }

    /** The number of the read that made the report answered. */
    private int read(String key) {
        return cache.report(database.jdbc(), GROUPS, key, reads::incrementAndGet);
    }

    private void token(String group, String position) {
        database.jdbc().update("INSERT INTO token_entry (processor_name, segment, token) VALUES (?, 0, ?) "
                + "ON CONFLICT (processor_name, segment) DO UPDATE SET token = EXCLUDED.token", group,
                position.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
