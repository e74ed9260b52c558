package org.complaintledger.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bank holidays of England and Wales.
 *
 * <p>2018-2030 come from a data file, because one-off days (VE day 2020, the 2022 Jubilee and State Funeral,
 * the 2023 Coronation) are proclaimed, not derived. Other years fall back to the standard rule, which is right
 * until the next proclamation; extend the data file when GOV.UK publishes a new year.
 */
public final class BankHolidays {

    static final String RESOURCE = "bank-holidays-england-and-wales.txt";
    static final int FIRST_DATA_YEAR = 2018;
    static final int LAST_DATA_YEAR = 2030;

    /** Read once at class initialisation; a broken file fails fast rather than silently moving deadlines. */
    private static final Map<Integer, SortedSet<LocalDate>> DATA = load();

    /** The standard rule gives eight bank holidays a year, all on weekdays and all distinct (a test checks). */
    static final int BY_RULE_PER_YEAR = 8;

    /** Years past which a rule-computed year is not memoised, so no question about a far year grows the memo. */
    private static final int FIRST_MEMO_YEAR = 1900;
    private static final int LAST_MEMO_YEAR = 2200;

    /** Rule-computed years, memoised since the calendar asks for them on every lookup. */
    private static final Map<Integer, SortedSet<LocalDate>> COMPUTED = new ConcurrentHashMap<>();

    private BankHolidays() {
    }

    public static boolean isBankHoliday(LocalDate day) {
        return inYear(day.getYear()).contains(day);
    }

    /** The bank holidays of {@code year}, ascending; unmodifiable. */
    public static SortedSet<LocalDate> inYear(int year) {
        SortedSet<LocalDate> fromData = DATA.get(year);
        if (fromData != null) {
            return fromData;
        }
        return year >= FIRST_MEMO_YEAR && year <= LAST_MEMO_YEAR
                ? COMPUTED.computeIfAbsent(year, BankHolidays::byRule) : byRule(year);
    }

    /**
     * A running count of bank holidays: the number on or before {@code day}, counted from 1 January of the year 0
     * (negative before it). Only differences mean anything. Whole years count {@value #BY_RULE_PER_YEAR} each, the
     * data years what they hold; only {@code day}'s own year is looked at day by day, so the work does not grow with
     * the distance.
     */
    static long countUpTo(LocalDate day) {
        int year = day.getYear();
        long count = (long) BY_RULE_PER_YEAR * year;
        for (int dataYear = FIRST_DATA_YEAR; dataYear < Math.min(year, LAST_DATA_YEAR + 1); dataYear++) {
            count += DATA.get(dataYear).size() - BY_RULE_PER_YEAR;
        }
        for (LocalDate holiday : inYear(year)) {
            if (!holiday.isAfter(day)) {
                count++;
            }
        }
        return count;
    }

    /** The standard rule, with no one-off days; package-visible so tests can check it against the data. */
    static SortedSet<LocalDate> byRule(int year) {
        TreeSet<LocalDate> days = new TreeSet<>();
        days.add(nextWeekday(LocalDate.of(year, Month.JANUARY, 1)));
        LocalDate easter = easterSunday(year);
        days.add(easter.minusDays(2));
        days.add(easter.plusDays(1));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        days.add(LocalDate.of(year, Month.AUGUST, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)));
        // Christmas takes the first weekday on or after 25 Dec, Boxing Day the first weekday after that:
        // Sat 25 -> Mon 27 + Tue 28; Sun 25 -> Mon 26 + Tue 27; Fri 25 (Boxing Day Sat) -> Fri 25 + Mon 28.
        LocalDate christmas = nextWeekday(LocalDate.of(year, Month.DECEMBER, 25));
        days.add(christmas);
        days.add(nextWeekday(christmas.plusDays(1)));
        return Collections.unmodifiableSortedSet(days);
    }

    /** Gregorian Easter Sunday (the anonymous Meeus/Jones/Butcher computus). */
    static LocalDate easterSunday(int year) {
        int a = Math.floorMod(year, 19);
        int b = Math.floorDiv(year, 100);
        int c = Math.floorMod(year, 100);
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    private static LocalDate nextWeekday(LocalDate day) {
        LocalDate d = day;
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    private static Map<Integer, SortedSet<LocalDate>> load() {
        Map<Integer, TreeSet<LocalDate>> byYear = new HashMap<>();
        try (InputStream in = BankHolidays.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int lineNo = 0;
            while ((line = reader.readLine()) != null) {
                lineNo++;
                int hash = line.indexOf('#');
                String text = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (text.isEmpty()) {
                    continue;
                }
                LocalDate day = parse(text, lineNo);
                check(day.getYear() >= FIRST_DATA_YEAR && day.getYear() <= LAST_DATA_YEAR, lineNo, "year outside data range");
                check(day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY,
                        lineNo, "bank holiday on a weekend");
                check(byYear.computeIfAbsent(day.getYear(), y -> new TreeSet<>()).add(day), lineNo, "duplicate date");
            }
        } catch (IOException ex) {
            throw new IllegalStateException("cannot read " + RESOURCE, ex);
        }
        Map<Integer, SortedSet<LocalDate>> result = new HashMap<>();
        for (int year = FIRST_DATA_YEAR; year <= LAST_DATA_YEAR; year++) {
            TreeSet<LocalDate> days = byYear.get(year);
            if (days == null) {
                throw new IllegalStateException(RESOURCE + " has no dates for " + year);
            }
            result.put(year, Collections.unmodifiableSortedSet(days));
        }
        return Map.copyOf(result);
    }

    private static LocalDate parse(String text, int lineNo) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException ex) {
            throw new IllegalStateException(RESOURCE + " line " + lineNo + ": not an ISO date: " + text, ex);
        }
    }

    private static void check(boolean ok, int lineNo, String problem) {
        if (!ok) {
            throw new IllegalStateException(RESOURCE + " line " + lineNo + ": " + problem);
        }
    }
}
