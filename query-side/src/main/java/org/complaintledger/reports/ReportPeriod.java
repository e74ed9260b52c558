package org.complaintledger.reports;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import org.complaintledger.code.InvalidField;
import org.complaintledger.ledger.SaneDate;

/**
 * The days a report covers, both included, as London days: a financial year (1 April to 31 March, the TSM's and the
 * annual report's year, 8.1) or any period a governing body asks about (9.7).
 */
public record ReportPeriod(LocalDate from, LocalDate to) {

    /** Longer periods are no report a landlord publishes, and would make one read unbounded. */
    public static final int LONGEST_YEARS = 5;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The financial year starting 1 April {@code startYear}, or InvalidField naming {@code parameter}. */
    public static ReportPeriod financialYear(String parameter, int startYear) {
        LocalDate from = LocalDate.of(Math.clamp(startYear, 1, 9999), 4, 1);
        if (startYear != from.getYear() || !SaneDate.ForDate.holds(from) || !SaneDate.ForDate.holds(from.plusYears(1))) {
            throw new InvalidField(parameter, "must be the year a financial year starts in, "
                    + "between 2000 and 2099 (2025 is 1 April 2025 to 31 March 2026)");
        }
        return new ReportPeriod(from, from.plusYears(1).minusDays(1));
    }

    /** {@code from} to {@code to}, both given, in order and at most {@value #LONGEST_YEARS} years apart. */
    public static ReportPeriod between(LocalDate from, LocalDate to) {
        SaneDate.Parameter.checked("from", from);
        SaneDate.Parameter.checked("to", to);
        if (to.isBefore(from)) {
            throw new InvalidField("to", "must not be before from");
        }
        if (to.isAfter(from.plusYears(LONGEST_YEARS))) {
            throw new InvalidField("to", "must be at most " + LONGEST_YEARS + " years after from");
        }
        return new ReportPeriod(from, to);
    }

    /** The financial year that contains {@code day}. */
    public static ReportPeriod financialYearOf(LocalDate day) {
        int start = day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1;
        return new ReportPeriod(LocalDate.of(start, 4, 1), LocalDate.of(start + 1, 3, 31));
    }

    public boolean isFinancialYear() {
        return from.getMonthValue() == 4 && from.getDayOfMonth() == 1 && to.equals(from.plusYears(1).minusDays(1));
    }

    /** The day after the last, for half-open comparisons. */
    public LocalDate end() {
        return to.plusDays(1);
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /**
     * The period before this one to compare with: the previous financial year for a financial year, the same number
     * of whole months before a period of whole months (a quarter's previous quarter), else as many days before.
     */
    public ReportPeriod previous() {
        if (from.getDayOfMonth() == 1 && to.plusDays(1).getDayOfMonth() == 1) {
            long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
            return new ReportPeriod(from.minusMonths(months), from.minusDays(1));
        }
        long days = ChronoUnit.DAYS.between(from, to) + 1;
        return new ReportPeriod(from.minusDays(days), from.minusDays(1));
    }

    /** "2025/26" for a financial year, else "1 April 2025 to 30 June 2025". */
    public String label() {
        if (isFinancialYear()) {
            return from.getYear() + "/" + String.format("%02d", (from.getYear() + 1) % 100);
        }
        return DAY.format(from) + " to " + DAY.format(to);
    }
}
