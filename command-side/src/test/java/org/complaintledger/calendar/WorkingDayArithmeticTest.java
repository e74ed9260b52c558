package org.complaintledger.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The working-day arithmetic counts whole weeks and searches the holidays, rather than walking day by day (issue 8:
 * a deadline in the year 999999999 held a core at 100 %). It must give exactly the answers of the walk it replaced.
 */
class WorkingDayArithmeticTest {

    private static final long SEED = 20_260_801L;

    /** Closure days on weekdays, weekends and bank holidays alike, some in data years and some in rule years. */
    private static final Set<LocalDate> CLOSURES = Set.of(of(2019, 12, 27), of(2022, 6, 3), of(2025, 4, 19),
            of(2025, 12, 29), of(2031, 1, 2), of(2040, 7, 4), of(2040, 7, 5), of(1999, 12, 31));

    private final WorkingDayCalendar plain = WorkingDayCalendar.englandAndWales();
    private final WorkingDayCalendar withClosures = new WorkingDayCalendar(CLOSURES);

    @Test
    void workingDaysBetweenMatchesADayByDayCountOverRandomRanges() {
        Random random = new Random(SEED);
        for (WorkingDayCalendar calendar : new WorkingDayCalendar[] {plain, withClosures}) {
            for (int i = 0; i < 2_000; i++) {
                LocalDate from = randomDay(random);
                LocalDate to = from.plusDays(random.nextInt(-30, 1_500));
                assertThat(calendar.workingDaysBetween(from, to)).as("%s to %s", from, to)
                        .isEqualTo(walkBetween(calendar, from, to));
            }
        }
    }

    @Test
    void addWorkingDaysMatchesADayByDayWalkOverRandomRanges() {
        Random random = new Random(SEED + 1);
        for (WorkingDayCalendar calendar : new WorkingDayCalendar[] {plain, withClosures}) {
            for (int i = 0; i < 2_000; i++) {
                LocalDate from = randomDay(random);
                int workingDays = random.nextInt(0, 1_000);
                assertThat(calendar.addWorkingDays(from, workingDays)).as("%s + %d", from, workingDays)
                        .isEqualTo(walkForward(calendar, from, workingDays));
            }
        }
    }

    @Test
    void aHundredYearsAreCountedLikeTheWalk() {
        LocalDate from = of(2000, 1, 1);
        LocalDate to = of(2100, 1, 1);
        int count = withClosures.workingDaysBetween(from, to);
        assertThat(count).isEqualTo(walkBetween(withClosures, from, to));
        assertThat(withClosures.addWorkingDays(from, count)).isEqualTo(walkForward(withClosures, from, count));
    }

    /**
     * Spans no walk could finish (hundreds of billions of days) are answered, which proves the work does not grow
     * with the distance; the answers are checked against each other, the only reference at that size.
     */
    @Test
    void theWidestSpansAreAnsweredConsistently() {
        LocalDate from = of(2025, 1, 1);
        LocalDate farthest = plain.addWorkingDays(from, Integer.MAX_VALUE);
        assertThat(plain.workingDaysBetween(from, farthest)).isEqualTo(Integer.MAX_VALUE);
        assertThat(plain.workingDaysBetween(from, farthest.minusDays(1))).isEqualTo(Integer.MAX_VALUE - 1);
        assertThat(plain.isWorkingDay(farthest)).isTrue();
        // some 8.5 million years of 365.2425 days, each with 5/7 of its days weekdays less 8 bank holidays
        double workingDaysAYear = 365.2425 * 5 / 7 - BankHolidays.BY_RULE_PER_YEAR;
        assertThat((double) (farthest.toEpochDay() - from.toEpochDay()))
                .isCloseTo(Integer.MAX_VALUE / workingDaysAYear * 365.2425, within(1_000.0));
        assertThat(plain.workingDaysBetween(LocalDate.MIN, LocalDate.MAX)).isEqualTo(Integer.MAX_VALUE);
        assertThat(plain.workingDaysBetween(LocalDate.MAX, LocalDate.MIN)).isZero();
    }

    @Test
    void aDeadlineAfterTheLastDateIsRefusedNotLoopedFor() {
        assertThatThrownBy(() -> plain.addWorkingDays(LocalDate.MAX.minusDays(3), 5))
                .isInstanceOf(DateTimeException.class);
    }

    @Test
    void theStandardRuleGivesEightDistinctWeekdaysEveryYear() {
        // countUpTo counts a rule year as a whole 8 without looking at it
        for (int year = 1583; year <= 3000; year++) {
            assertThat(BankHolidays.byRule(year)).as("%d", year).hasSize(BankHolidays.BY_RULE_PER_YEAR)
                    .allMatch(day -> day.getDayOfWeek() != DayOfWeek.SATURDAY
                            && day.getDayOfWeek() != DayOfWeek.SUNDAY);
        }
    }

    @Test
    void weekdaysAreCountedInWholeWeeksEitherSideOfTheOrigin() {
        Random random = new Random(SEED + 2);
        for (int i = 0; i < 1_000; i++) {
            LocalDate from = randomDay(random).minusYears(random.nextInt(0, 3_000));
            LocalDate to = from.plusDays(random.nextInt(0, 100));
            long weekdays = from.plusDays(1).datesUntil(to.plusDays(1))
                    .filter(day -> day.getDayOfWeek().getValue() <= 5).count();
            assertThat(WorkingDayCalendar.weekdaysUpTo(to.toEpochDay())
                    - WorkingDayCalendar.weekdaysUpTo(from.toEpochDay())).as("%s to %s", from, to)
                    .isEqualTo(weekdays);
        }
    }

    private static LocalDate randomDay(Random random) {
        return of(1995, 1, 1).plusDays(random.nextInt(0, 365 * 60));
    }

    /** The reference: the walk the calendar used to do. */
    private static int walkBetween(WorkingDayCalendar calendar, LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    private static LocalDate walkForward(WorkingDayCalendar calendar, LocalDate from, int workingDays) {
        LocalDate day = from;
        for (int remaining = workingDays; remaining > 0; ) {
            day = day.plusDays(1);
            if (calendar.isWorkingDay(day)) {
                remaining--;
            }
        }
        return day;
    }
}
