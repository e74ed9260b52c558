package org.complaintledger.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The calendar follows the closure days declared on the ledger, merged with the configured ones. */
class LedgerClosureDaysCalendarTest {

    /** Monday 1 December 2025. */
    private static final LocalDate MONDAY = of(2025, 12, 1);

    @Test
    void aClosureDayDeclaredOnTheLedgerMovesDeadlinesComputedAfterwards() {
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        // Tue 2=1, Wed 3=2, Thu 4=3, Fri 5=4, Mon 8=5
        assertThat(calendar.addWorkingDays(MONDAY, 5)).isEqualTo(of(2025, 12, 8));

        calendar.followLedgerClosureDays(Set.of(of(2025, 12, 3)));
        // Wed 3 closed: Tue 2=1, Thu 4=2, Fri 5=3, Mon 8=4, Tue 9=5
        assertThat(calendar.isWorkingDay(of(2025, 12, 3))).isFalse();
        assertThat(calendar.addWorkingDays(MONDAY, 5)).isEqualTo(of(2025, 12, 9));
        assertThat(calendar.workingDaysBetween(MONDAY, of(2025, 12, 9))).isEqualTo(5);
    }

    @Test
    void aWithdrawnClosureDayIsAWorkingDayAgain() {
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        calendar.followLedgerClosureDays(Set.of(of(2025, 12, 3)));
        calendar.followLedgerClosureDays(Set.of());
        assertThat(calendar.isWorkingDay(of(2025, 12, 3))).isTrue();
        assertThat(calendar.addWorkingDays(MONDAY, 5)).isEqualTo(of(2025, 12, 8));
    }

    @Test
    void configuredClosureDaysStayWhateverTheLedgerSays() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(Set.of(of(2025, 12, 29)));
        calendar.followLedgerClosureDays(Set.of(of(2025, 12, 30)));
        assertThat(calendar.closureDays()).containsExactlyInAnyOrder(of(2025, 12, 29), of(2025, 12, 30));

        calendar.followLedgerClosureDays(Set.of());
        assertThat(calendar.closureDays()).containsExactly(of(2025, 12, 29));
        assertThat(calendar.configuredClosureDays()).containsExactly(of(2025, 12, 29));
        assertThat(calendar.isWorkingDay(of(2025, 12, 29))).isFalse();
    }

    @Test
    void everyDeadlineIsCountedAgainstOneWholeSetOfClosureDays() throws Exception {
        // Two sets alternate while readers count: closed on Wed 3 only, or on Wed 3 and Thu 4. Five working days
        // from Mon 1 are then Tue 9 or Wed 10; a count mixing the sets would give neither.
        WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();
        Set<LocalDate> one = Set.of(of(2025, 12, 3));
        Set<LocalDate> two = Set.of(of(2025, 12, 3), of(2025, 12, 4));
        calendar.followLedgerClosureDays(one);
        ExecutorService readers = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Set<LocalDate>>> seen = new ArrayList<>();
            for (int r = 0; r < 2; r++) {
                seen.add(readers.submit(() -> {
                    start.await();
                    Set<LocalDate> deadlines = new java.util.HashSet<>();
                    for (int i = 0; i < 20_000; i++) {
                        deadlines.add(calendar.addWorkingDays(MONDAY, 5));
                    }
                    return deadlines;
                }));
            }
            start.countDown();
            for (int i = 0; i < 2_000; i++) {
                calendar.followLedgerClosureDays(i % 2 == 0 ? two : one);
            }
            for (Future<Set<LocalDate>> deadlines : seen) {
                assertThat(deadlines.get()).isSubsetOf(of(2025, 12, 9), of(2025, 12, 10));
            }
        } finally {
            readers.shutdownNow();
        }
    }
}
