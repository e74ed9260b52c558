package org.complaintledger.closuredays;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.complaintledger.calendar.WorkingDayCalendar;
import org.complaintledger.landlord.closure.ClosureDay;
import org.complaintledger.landlord.closure.ClosureDayDeclared;
import org.complaintledger.landlord.closure.ClosureDayEvent;
import org.complaintledger.landlord.closure.ClosureDayWithdrawn;
import org.complaintledger.projectiontest.ProjectionDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The closure-days projection on a real PostgreSQL with the module's migrations: events in, rows out, the calendar in
 * step, and a replay giving the same rows as live processing.
 */
class ClosureDaysProjectionTest {

    /** Wednesday 24 and Monday 29 December 2025, neither a bank holiday. */
    private static final LocalDate EVE = of(2025, 12, 24);
    private static final LocalDate MONDAY = of(2025, 12, 29);
    private static final Instant T1 = Instant.parse("2025-11-03T09:00:00Z");
    private static final Instant T2 = Instant.parse("2025-11-10T09:00:00Z");
    private static final Instant T3 = Instant.parse("2025-11-17T09:00:00Z");

    @RegisterExtension
    static final ProjectionDatabase database = ProjectionDatabase.withModuleMigrations();

    private WorkingDayCalendar calendar;
    private ClosureDaysProjection projection;

    /** One event as the processor hands it over: the event, when it was recorded, its place on its day's record. */
    private record Fed(ClosureDayEvent event, Instant recordedAt, long sequence) {
    }

    /** Eve declared, Monday declared, Eve withdrawn, Eve declared again. */
    private static final List<Fed> HISTORY = List.of(
            new Fed(declared(EVE, "Christmas closure"), T1, 0),
            new Fed(declared(MONDAY, "Between Christmas and New Year"), T1, 0),
            new Fed(new ClosureDayWithdrawn(ClosureDay.idOf(EVE), T2, null, EVE, "Open after all", "officer-2"), T2, 1),
            new Fed(declared(EVE, "Closed again: heating failure"), T3, 2));

    @BeforeEach
    void emptyTable() {
        database.empty("closure_day");
        calendar = new WorkingDayCalendar(java.util.Set.of(of(2025, 12, 31)));
        projection = new ClosureDaysProjection(database.jdbc(), calendar);
        projection.afterPropertiesSet();
    }

    @Test
    void aDeclarationIsARowAndTheCalendarCountsItAtOnce() {
        feed(HISTORY.getFirst());
        assertThat(rows()).containsExactly(Map.of("day", "2025-12-24", "declared_seq", 0L, "reason", "Christmas closure",
                "declared_at", T1.toString(), "withdrawn", "no"));
        assertThat(calendar.isWorkingDay(EVE)).isFalse();
        assertThat(calendar.closureDays()).containsExactlyInAnyOrder(EVE, of(2025, 12, 31));
    }

    @Test
    void aWithdrawalEndsTheRowKeepsItAndTheDayIsWorkingAgain() {
        HISTORY.subList(0, 3).forEach(this::feed);
        assertThat(rows()).extracting(row -> row.get("day") + " " + row.get("withdrawn"))
                .containsExactly("2025-12-24 " + T2, "2025-12-29 no");
        assertThat(calendar.isWorkingDay(EVE)).isTrue();
        assertThat(calendar.isWorkingDay(MONDAY)).isFalse();
    }

    @Test
    void aDayDeclaredAgainHasANewRowBesideTheWithdrawnOne() {
        HISTORY.forEach(this::feed);
        assertThat(rows()).extracting(row -> row.get("day") + " " + row.get("declared_seq") + " " + row.get("withdrawn"))
                .containsExactly("2025-12-24 0 " + T2, "2025-12-24 2 no", "2025-12-29 0 no");
        assertThat(calendar.closureDays()).containsExactlyInAnyOrder(EVE, MONDAY, of(2025, 12, 31));
    }

    @Test
    void aReplayGivesTheSameRowsAsLiveProcessing() {
        HISTORY.forEach(this::feed);
        List<Map<String, Object>> live = rows();

        // Replayed over the rows already there (a processor restarting from an earlier token) ...
        HISTORY.forEach(this::feed);
        assertThat(rows()).isEqualTo(live);

        // ... and from nothing, into a fresh table and a fresh calendar.
        emptyTable();
        HISTORY.forEach(this::feed);
        assertThat(rows()).isEqualTo(live);
        assertThat(calendar.closureDays()).containsExactlyInAnyOrder(EVE, MONDAY, of(2025, 12, 31));
    }

    @Test
    void theCalendarIsLoadedFromTheTableAtStart() {
        HISTORY.forEach(this::feed);
        WorkingDayCalendar restarted = WorkingDayCalendar.englandAndWales();
        new ClosureDaysProjection(database.jdbc(), restarted).afterPropertiesSet();
        assertThat(restarted.closureDays()).containsExactlyInAnyOrder(EVE, MONDAY);
    }

    private void feed(Fed fed) {
        projection.on(fed.event(), fed.recordedAt(), fed.sequence());
    }

    private static ClosureDayDeclared declared(LocalDate day, String reason) {
        return new ClosureDayDeclared(ClosureDay.idOf(day), T1, null, day, reason, "officer-1");
    }

    private static List<Map<String, Object>> rows() {
        return database.jdbc().queryForList("SELECT day::text AS day, declared_seq, reason, declared_at, withdrawn_at "
                        + "FROM closure_day ORDER BY day, declared_seq").stream()
                .map(row -> Map.<String, Object>of("day", row.get("day"), "declared_seq", row.get("declared_seq"),
                        "reason", row.get("reason"),
                        "declared_at", ((java.sql.Timestamp) row.get("declared_at")).toInstant().toString(),
                        "withdrawn", row.get("withdrawn_at") == null ? "no"
                                : ((java.sql.Timestamp) row.get("withdrawn_at")).toInstant().toString()))
                .toList();
    }
}
