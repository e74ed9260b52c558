package org.complaintledger.code;

/**
 * A number of days and how they are counted. The unit is part of what a version of the Code says: the 2024 Code
 * says "working days" throughout, while the 2022 Code's acknowledgement is "within five days of receipt" (4.1).
 */
public record DayCount(int count, Unit unit) {

    public enum Unit { WORKING_DAYS, CALENDAR_DAYS }

    public DayCount {
        if (count < 0 || unit == null) {
            throw new IllegalArgumentException("a day count is a non-negative number of days in a unit");
        }
    }

    public static DayCount workingDays(int count) {
        return new DayCount(count, Unit.WORKING_DAYS);
    }

    public static DayCount calendarDays(int count) {
        return new DayCount(count, Unit.CALENDAR_DAYS);
    }

    @Override
    public String toString() {
        return count + (unit == Unit.WORKING_DAYS ? " working days" : " calendar days");
    }
}
