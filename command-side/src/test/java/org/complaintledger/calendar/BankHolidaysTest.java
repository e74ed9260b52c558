package org.complaintledger.calendar;

import static java.time.LocalDate.of;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BankHolidaysTest {

    @ParameterizedTest(name = "{0} has {1} bank holidays")
    @CsvSource({"2018, 8", "2019, 8", "2020, 8", "2021, 8", "2022, 10", "2023, 9", "2024, 8",
            "2025, 8", "2026, 8", "2027, 8", "2028, 8", "2029, 8", "2030, 8"})
    void everyDataYearHasTheExpectedNumberOfBankHolidays(int year, int count) {
        assertThat(BankHolidays.inYear(year)).hasSize(count).allMatch(d -> d.getYear() == year);
    }

    @Test
    void dataYearsHaveNoWeekendDates() {
        for (int year = 2018; year <= 2030; year++) {
            assertThat(BankHolidays.inYear(year))
                    .noneMatch(d -> d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY);
        }
    }

    @Test
    void oneOffDaysAreBankHolidays() {
        assertThat(BankHolidays.isBankHoliday(of(2020, 5, 8))).as("VE day").isTrue();
        assertThat(BankHolidays.isBankHoliday(of(2022, 6, 2))).as("moved spring bank holiday").isTrue();
        assertThat(BankHolidays.isBankHoliday(of(2022, 6, 3))).as("Platinum Jubilee").isTrue();
        assertThat(BankHolidays.isBankHoliday(of(2022, 9, 19))).as("State Funeral").isTrue();
        assertThat(BankHolidays.isBankHoliday(of(2023, 5, 8))).as("Coronation").isTrue();
    }

    @Test
    void daysReplacedByOneOffsAreNotBankHolidays() {
        assertThat(BankHolidays.isBankHoliday(of(2020, 5, 4))).as("first Monday of May 2020").isFalse();
        assertThat(BankHolidays.isBankHoliday(of(2022, 5, 30))).as("last Monday of May 2022").isFalse();
        // the Coronation was added, not moved: 1 May 2023 stayed a bank holiday
        assertThat(BankHolidays.isBankHoliday(of(2023, 5, 1))).isTrue();
    }

    @Test
    void year2026MatchesThePublishedList() {
        assertThat(BankHolidays.inYear(2026)).containsExactly(
                of(2026, 1, 1), of(2026, 4, 3), of(2026, 4, 6), of(2026, 5, 4),
                of(2026, 5, 25), of(2026, 8, 31), of(2026, 12, 25), of(2026, 12, 28));
    }

    @Test
    void ruleAgreesWithDataExceptForProclaimedOneOffs() {
        // year -> {days only in the data, days only in the rule}
        Map<Integer, Set<LocalDate>> onlyInData = Map.of(
                2020, Set.of(of(2020, 5, 8)),
                2022, Set.of(of(2022, 6, 2), of(2022, 6, 3), of(2022, 9, 19)),
                2023, Set.of(of(2023, 5, 8)));
        Map<Integer, Set<LocalDate>> onlyInRule = Map.of(
                2020, Set.of(of(2020, 5, 4)),
                2022, Set.of(of(2022, 5, 30)));
        for (int year = 2018; year <= 2030; year++) {
            TreeSet<LocalDate> dataMinusRule = new TreeSet<>(BankHolidays.inYear(year));
            dataMinusRule.removeAll(BankHolidays.byRule(year));
            TreeSet<LocalDate> ruleMinusData = new TreeSet<>(BankHolidays.byRule(year));
            ruleMinusData.removeAll(BankHolidays.inYear(year));
            assertThat(dataMinusRule).as("only in data, %d", year).isEqualTo(onlyInData.getOrDefault(year, Set.of()));
            assertThat(ruleMinusData).as("only in rule, %d", year).isEqualTo(onlyInRule.getOrDefault(year, Set.of()));
        }
    }

    @Test
    void laterYearsAreComputedByTheRule() {
        // 2031: 1 Jan Wed; Easter 13 Apr; 1 May Thu so first Monday 5 May; 25 Dec Thu, 26 Dec Fri
        assertThat(BankHolidays.inYear(2031)).containsExactly(
                of(2031, 1, 1), of(2031, 4, 11), of(2031, 4, 14), of(2031, 5, 5),
                of(2031, 5, 26), of(2031, 8, 25), of(2031, 12, 25), of(2031, 12, 26));
        // 2035: 1 Jan Mon; early Easter on 25 Mar; 25 Dec Tue
        assertThat(BankHolidays.inYear(2035)).containsExactly(
                of(2035, 1, 1), of(2035, 3, 23), of(2035, 3, 26), of(2035, 5, 7),
                of(2035, 5, 28), of(2035, 8, 27), of(2035, 12, 25), of(2035, 12, 26));
    }

    @Test
    void christmasOnSaturdayMovesBothDaysToMondayAndTuesday() {
        // 25 Dec 2032 is a Saturday
        assertThat(BankHolidays.inYear(2032)).contains(of(2032, 12, 27), of(2032, 12, 28))
                .doesNotContain(of(2032, 12, 25), of(2032, 12, 26));
    }

    @Test
    void christmasOnSundayGivesBoxingDayMondayAndChristmasSubstituteTuesday() {
        // 25 Dec 2033 is a Sunday
        assertThat(BankHolidays.inYear(2033)).contains(of(2033, 12, 26), of(2033, 12, 27))
                .doesNotContain(of(2033, 12, 25), of(2033, 12, 28));
    }

    @Test
    void boxingDayOnSaturdayMovesToMonday() {
        // 25 Dec 2037 is a Friday, so 26 Dec is a Saturday
        assertThat(BankHolidays.inYear(2037)).contains(of(2037, 12, 25), of(2037, 12, 28))
                .doesNotContain(of(2037, 12, 26), of(2037, 12, 27));
    }

    @Test
    void newYearOnAWeekendMovesToMonday() {
        assertThat(BankHolidays.inYear(2033)).first().isEqualTo(of(2033, 1, 3)); // Saturday 1 Jan
        assertThat(BankHolidays.inYear(2034)).first().isEqualTo(of(2034, 1, 2)); // Sunday 1 Jan
    }

    @Test
    void yearsBeforeTheDataAreComputedByTheRule() {
        // 2017: 1 Jan Sunday -> Mon 2 Jan; Easter 16 Apr
        assertThat(BankHolidays.inYear(2017)).containsExactly(
                of(2017, 1, 2), of(2017, 4, 14), of(2017, 4, 17), of(2017, 5, 1),
                of(2017, 5, 29), of(2017, 8, 28), of(2017, 12, 25), of(2017, 12, 26));
    }

    @ParameterizedTest(name = "Easter {0} is {1}")
    @CsvSource({"2000, 2000-04-23", "2008, 2008-03-23", "2011, 2011-04-24", "2019, 2019-04-21",
            "2025, 2025-04-20", "2038, 2038-04-25", "2285, 2285-03-22"})
    void easterSundayFollowsTheGregorianComputus(int year, LocalDate easter) {
        assertThat(BankHolidays.easterSunday(year)).isEqualTo(easter);
    }

    @Test
    void goodFridayAndEasterMondayAreBankHolidays() {
        assertThat(BankHolidays.isBankHoliday(of(2025, 4, 18))).isTrue();
        assertThat(BankHolidays.isBankHoliday(of(2025, 4, 21))).isTrue();
        assertThat(BankHolidays.isBankHoliday(of(2025, 4, 20))).as("Easter Sunday is just a Sunday").isFalse();
    }

    @Test
    void yearSetsCannotBeModified() {
        assertThatThrownBy(() -> BankHolidays.inYear(2025).add(of(2025, 7, 1)))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> BankHolidays.inYear(2040).clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
