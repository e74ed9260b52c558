package org.complaintledger.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar calendar = WorkingDayCalendar.englandAndWales();

    @Test
    void weekendsAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(of(2025, 6, 7))).isFalse(); // Saturday
        assertThat(calendar.isWorkingDay(of(2025, 6, 8))).isFalse(); // Sunday
        assertThat(calendar.isWorkingDay(of(2025, 6, 9))).isTrue();  // Monday
    }

    @Test
    void goodFridayAndEasterMondayAreNotWorkingDays() {
        assertThat(calendar.isWorkingDay(of(2025, 4, 18))).isFalse();
        assertThat(calendar.isWorkingDay(of(2025, 4, 21))).isFalse();
    }

    @Test
    void daysReplacedByOneOffHolidaysAreWorkingDays() {
        assertThat(calendar.isWorkingDay(of(2020, 5, 4))).isTrue();
        assertThat(calendar.isWorkingDay(of(2022, 5, 30))).isTrue();
        assertThat(calendar.isWorkingDay(of(2020, 5, 8))).isFalse();
    }

    @Test
    void fiveTenAndTwentyWorkingDaysAcrossEaster() {
        LocalDate thursday = of(2025, 4, 17);
        // Fri 18 Good Friday, Sat, Sun, Mon 21 Easter Monday skipped; Tue 22=1 .. Fri 25=4, Mon 28=5
        assertThat(calendar.addWorkingDays(thursday, 5)).isEqualTo(of(2025, 4, 28));
        // Tue 29=6, Wed 30=7, Thu 1 May=8, Fri 2=9, Mon 5 May early May bank holiday, Tue 6=10
        assertThat(calendar.addWorkingDays(thursday, 10)).isEqualTo(of(2025, 5, 6));
        // Wed 7=11 .. Fri 9=13, Mon 12=14 .. Fri 16=18, Mon 19=19, Tue 20=20
        assertThat(calendar.addWorkingDays(thursday, 20)).isEqualTo(of(2025, 5, 20));
    }

    @Test
    void fiveAndTenWorkingDaysAcrossChristmasAndNewYear() {
        LocalDate friday = of(2022, 12, 23);
        // Sat 24, Sun 25, Mon 26 Boxing Day, Tue 27 Christmas substitute skipped; Wed 28=1, Thu 29=2, Fri 30=3,
        // Sat 31, Sun 1 Jan, Mon 2 Jan New Year substitute skipped; Tue 3=4, Wed 4=5
        assertThat(calendar.addWorkingDays(friday, 5)).isEqualTo(of(2023, 1, 4));
        // Thu 5=6, Fri 6=7, Mon 9=8, Tue 10=9, Wed 11=10
        assertThat(calendar.addWorkingDays(friday, 10)).isEqualTo(of(2023, 1, 11));
    }

    @Test
    void fiveWorkingDaysAcrossThePlatinumJubilee() {
        // Thu 2 June (moved spring holiday), Fri 3 June (Jubilee), weekend; Mon 6=1 .. Fri 10=5
        assertThat(calendar.addWorkingDays(of(2022, 6, 1), 5)).isEqualTo(of(2022, 6, 10));
        // from Fri 27 May: Mon 30 May is a working day=1, Tue 31=2, Wed 1=3, Thu/Fri skipped, Mon 6=4, Tue 7=5
        assertThat(calendar.addWorkingDays(of(2022, 5, 27), 5)).isEqualTo(of(2022, 6, 7));
    }

    @Test
    void fiveAndTenWorkingDaysAcrossTheQueensFuneral() {
        LocalDate friday = of(2022, 9, 16);
        // weekend, Mon 19 funeral skipped; Tue 20=1 .. Fri 23=4, Mon 26=5
        assertThat(calendar.addWorkingDays(friday, 5)).isEqualTo(of(2022, 9, 26));
        // Tue 27=6 .. Fri 30=9, Mon 3 Oct=10
        assertThat(calendar.addWorkingDays(friday, 10)).isEqualTo(of(2022, 10, 3));
    }

    @Test
    void fiveAndTwentyWorkingDaysAcrossTheCoronation() {
        LocalDate friday = of(2023, 5, 5);
        // weekend, Mon 8 Coronation skipped; Tue 9=1 .. Fri 12=4, Mon 15=5
        assertThat(calendar.addWorkingDays(friday, 5)).isEqualTo(of(2023, 5, 15));
        // Tue 16=6 .. Fri 19=9, Mon 22=10 .. Fri 26=14, Mon 29 spring holiday skipped, Tue 30=15 .. Fri 2 Jun=18,
        // Mon 5=19, Tue 6=20
        assertThat(calendar.addWorkingDays(friday, 20)).isEqualTo(of(2023, 6, 6));
    }

    @Test
    void fiveWorkingDaysAcrossVeDay2020() {
        // Mon 4 May is a working day=1, Tue 5=2, Wed 6=3, Thu 7=4, Fri 8 VE day skipped, Mon 11=5
        assertThat(calendar.addWorkingDays(of(2020, 5, 1), 5)).isEqualTo(of(2020, 5, 11));
    }

    @Test
    void complaintReceivedAtTheWeekendStartsCountingTheNextDay() {
        // Sat 4 / Sun 5 Jan 2025: Mon 6=1 .. Fri 10=5
        assertThat(calendar.addWorkingDays(of(2025, 1, 4), 5)).isEqualTo(of(2025, 1, 10));
        assertThat(calendar.addWorkingDays(of(2025, 1, 5), 5)).isEqualTo(of(2025, 1, 10));
        assertThat(calendar.addWorkingDays(of(2025, 1, 4), 1)).isEqualTo(of(2025, 1, 6));
    }

    @Test
    void complaintReceivedOnABankHolidayStartsCountingTheNextWorkingDay() {
        // Good Friday 18 Apr 2025: Mon 21 skipped, Tue 22=1 .. Fri 25=4, Mon 28=5
        assertThat(calendar.addWorkingDays(of(2025, 4, 18), 5)).isEqualTo(of(2025, 4, 28));
        // Christmas Day 2025 (Thu): Fri 26 Boxing Day, weekend; Mon 29=1, Tue 30=2, Wed 31=3,
        // Thu 1 Jan 2026 skipped, Fri 2=4, Mon 5=5
        assertThat(calendar.addWorkingDays(of(2025, 12, 25), 5)).isEqualTo(of(2026, 1, 5));
    }

    @Test
    void landlordClosureDaysAreSkipped() {
        WorkingDayCalendar withClosure = new WorkingDayCalendar(Set.of(of(2025, 12, 29)));
        assertThat(withClosure.isWorkingDay(of(2025, 12, 29))).isFalse();
        assertThat(calendar.isWorkingDay(of(2025, 12, 29))).isTrue();
        // from Wed 24 Dec 2025 without closure: Mon 29=1, Tue 30=2, Wed 31=3, Fri 2 Jan=4, Mon 5=5
        assertThat(calendar.addWorkingDays(of(2025, 12, 24), 5)).isEqualTo(of(2026, 1, 5));
        // with 29 Dec closed: Tue 30=1, Wed 31=2, Fri 2=3, Mon 5=4, Tue 6=5
        assertThat(withClosure.addWorkingDays(of(2025, 12, 24), 5)).isEqualTo(of(2026, 1, 6));
    }

    @Test
    void closureDaysAreCopiedAtConstruction() {
        Set<LocalDate> closures = new HashSet<>();
        WorkingDayCalendar withClosures = new WorkingDayCalendar(closures);
        closures.add(of(2025, 12, 29));
        assertThat(withClosures.isWorkingDay(of(2025, 12, 29))).isTrue();
    }

    @Test
    void zeroWorkingDaysReturnsTheSameDay() {
        assertThat(calendar.addWorkingDays(of(2025, 4, 19), 0)).isEqualTo(of(2025, 4, 19)); // a Saturday
        assertThat(calendar.addWorkingDays(of(2025, 4, 22), 0)).isEqualTo(of(2025, 4, 22));
    }

    @Test
    void negativeWorkingDaysAreRefused() {
        assertThatThrownBy(() -> calendar.addWorkingDays(of(2025, 4, 22), -1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingDaysBetweenCountsDaysAfterFromUpToAndIncludingTo() {
        assertThat(calendar.workingDaysBetween(of(2025, 4, 17), of(2025, 4, 28))).isEqualTo(5);
        assertThat(calendar.workingDaysBetween(of(2025, 4, 17), of(2025, 4, 17))).isZero();
        assertThat(calendar.workingDaysBetween(of(2025, 4, 28), of(2025, 4, 17))).isZero();
        assertThat(calendar.workingDaysBetween(of(2025, 4, 17), of(2025, 4, 21))).isZero(); // Fri-Mon all off
    }

    @Test
    void workingDaysBetweenIsConsistentWithAddWorkingDays() {
        WorkingDayCalendar withClosures = new WorkingDayCalendar(Set.of(of(2021, 12, 29), of(2022, 8, 30)));
        for (WorkingDayCalendar cal : new WorkingDayCalendar[] {calendar, withClosures}) {
            for (LocalDate from = of(2021, 1, 1); from.isBefore(of(2023, 12, 31)); from = from.plusDays(1)) {
                for (int n : new int[] {0, 1, 5, 10, 20}) {
                    LocalDate deadline = cal.addWorkingDays(from, n);
                    assertThat(cal.workingDaysBetween(from, deadline)).as("%s + %d", from, n).isEqualTo(n);
                    if (n > 0) {
                        // the deadline is the *first* such day, and is itself a working day
                        assertThat(cal.isWorkingDay(deadline)).as("%s + %d", from, n).isTrue();
                        assertThat(cal.workingDaysBetween(from, deadline.minusDays(1))).isEqualTo(n - 1);
                    }
                }
            }
        }
    }

    @Test
    void dayOfReadsInstantsInLondonTime() {
        // BST (UTC+1): 23:30 UTC on 15 July is 00:30 on 16 July in London
        assertThat(calendar.dayOf(Instant.parse("2025-07-15T23:30:00Z"))).isEqualTo(of(2025, 7, 16));
        // GMT (UTC+0): 23:30 UTC on 15 January is still 15 January
        assertThat(calendar.dayOf(Instant.parse("2025-01-15T23:30:00Z"))).isEqualTo(of(2025, 1, 15));
        assertThat(WorkingDayCalendar.LONDON.getId()).isEqualTo("Europe/London");
    }
}
