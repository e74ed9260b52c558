package org.complaintledger.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.complaintledger.projectiontest.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A report of a period kept in memory is read again once a row of its read models with a day up to the period's end
 * was written (V20's triggers count it), and only then: today's work on a later day, or another group's read model,
 * leaves it as it was.
 */
class AnswerCacheTest {

    @RegisterExtension
    static final ProjectionDatabase database = ProjectionDatabase.withModuleMigrations();

    private static final List<String> GROUPS = List.of("timescale-compliance", "outcomes-and-remedies");
    /** The report of 2025/26. */
    private static final LocalDate YEAR_END = LocalDate.of(2026, 3, 31);

    private final AnswerCache cache = new AnswerCache();
    private final AtomicInteger reads = new AtomicInteger();

    @BeforeEach
    void emptyTables() {
        database.empty("timescale_compliance", "self_assessment_updates", "report_day_change");
        received("complaint-1", "2025-06-02");
    }

    @Test
    void keepsAReportWhileNoRowOfItsDaysIsWritten() {
        assertThat(read("annual|2025")).isEqualTo(1);
        assertThat(read("annual|2025")).isEqualTo(1);
        received("complaint-2", "2026-05-01");  // today's work, after the year
        assertThat(read("annual|2025")).isEqualTo(1);
        database.jdbc().update("INSERT INTO self_assessment_updates (complaint_id, first_extended_on) "
                + "VALUES ('complaint-1', '2025-07-01')");
        assertThat(read("annual|2025")).as("another group's read model").isEqualTo(1);
        assertThat(read("annual|2024")).as("another report").isEqualTo(2);
    }

    @Test
    void readsAgainOnceARowWithADayInThePeriodIsWritten() {
        assertThat(read("annual|2025")).isEqualTo(1);
        received("complaint-2", "2026-03-31");
        assertThat(read("annual|2025")).isEqualTo(2);
        database.jdbc().update("UPDATE timescale_compliance SET responded_on = '2025-06-16' "
                + "WHERE complaint_id = 'complaint-1'");
        assertThat(read("annual|2025")).isEqualTo(3);
        assertThat(read("annual|2025")).isEqualTo(3);
    }

    /** The day a row held before counts as well: a stage moved out of the year changes the year's figures. */
    @Test
    void readsAgainOnceARowLeavesThePeriod() {
        assertThat(read("annual|2025")).isEqualTo(1);
        database.jdbc().update("UPDATE timescale_compliance SET opened_on = '2026-05-01' "
                + "WHERE complaint_id = 'complaint-1'");
        assertThat(read("annual|2025")).isEqualTo(2);
        database.jdbc().update("DELETE FROM timescale_compliance");  // it had left the year: nothing changes
        assertThat(read("annual|2025")).isEqualTo(2);
    }

    @Test
    void readsAgainOnceAReplayHasEmptiedItsReadModels() {
        assertThat(read("annual|2025")).isEqualTo(1);
        database.jdbc().update("DELETE FROM timescale_compliance");
        assertThat(read("annual|2025")).isEqualTo(2);
    }

    /** The number of the read that made the report answered. */
    private int read(String key) {
        return cache.report(database.jdbc(), GROUPS, YEAR_END, key, reads::incrementAndGet);
    }

    private static void received(String complaintId, String day) {
        database.jdbc().update("INSERT INTO timescale_compliance (complaint_id, stage, code_version, category, "
                + "opened_on, standing) VALUES (?, 1, '2024', 'repairs', ?::date, 'OPEN')", complaintId, day);
    }
}
