package org.complaintledger.demo;

import java.time.LocalDate;
import java.time.Month;

/**
 * The landlord a demo ledger is generated for: how many homes, over which financial years, from which seed. The same
 * landlord always gives the same ledger: the same complaint ids, steps, dates and figures.
 *
 * @param seed               the seed of every random choice
 * @param homes              homes owned in the first financial year, 92 % low-cost rental and 8 % low-cost home
 *                           ownership, growing by 0.8 % a year
 * @param firstFinancialYear the first financial year, named by the calendar year it starts in (2024: 1 April 2024 to
 *                           31 March 2025)
 * @param financialYears     how many financial years; the ledger goes live a month before the first, so complaints
 *                           received then (under the 2022 Code, before 1 April 2024) run on into it
 */
public record DemoLandlord(long seed, int homes, int firstFinancialYear, int financialYears) {

    static final double LOW_COST_HOME_OWNERSHIP_SHARE = 0.08;
    static final double GROWTH_PER_YEAR = 0.008;

    public DemoLandlord {
        if (homes < 100) {
            throw new IllegalArgumentException("a demo landlord owns at least 100 homes, not " + homes);
        }
        if (financialYears < 1) {
            throw new IllegalArgumentException("a demo ledger spans at least one financial year, not " + financialYears);
        }
    }

    /** The day the ledger went live: a month before the first financial year. */
    LocalDate liveFrom() {
        return startOf(firstFinancialYear).minusMonths(1);
    }

    /** The last day of the last financial year. */
    LocalDate lastDay() {
        return startOf(firstFinancialYear + financialYears).minusDays(1);
    }

    static LocalDate startOf(int financialYear) {
        return LocalDate.of(financialYear, Month.APRIL, 1);
    }

    /** Homes owned in the {@code n}th (0-based) financial year. */
    int homesInYear(int n) {
        return (int) Math.round(homes * Math.pow(1 + GROWTH_PER_YEAR, n));
    }

    static int lowCostHomeOwnership(int homes) {
        return (int) Math.round(homes * LOW_COST_HOME_OWNERSHIP_SHARE);
    }
}
