package org.complaintledger.http;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a field of the API expects, in the API's words rather than Java's: "a date like 2025-06-02", never
 * {@code java.time.LocalDate}. Used wherever a value could not be read as the type a field or parameter takes.
 */
final class ExpectedValues {

    static final String DATE = "a date like 2025-06-02";
    static final String DATE_TIME = "a date-time with offset like 2025-06-02T10:15:00+01:00";

    private ExpectedValues() {
    }

    /** The rule a value broke when it could not be read as {@code type}: "must be ...". */
    static String rule(Class<?> type) {
        return "must be " + of(type);
    }

    static String of(Class<?> type) {
        if (type == null) {
            return "a value of the documented type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
        }
        if (CharSequence.class.isAssignableFrom(type) || type == char.class || type == Character.class) {
            return "a string";
        }
        if (type == LocalDate.class) {
            return DATE;
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class
                || type == LocalDateTime.class) {
            return DATE_TIME;
        }
        if (type == Year.class) {
            return "a year like 2025";
        }
        if (type == Period.class || type == Duration.class) {
            return "an ISO-8601 period like P6Y or PT1M";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type == int.class || type == Integer.class || type == short.class || type == Short.class) {
            return "a whole number from -2147483648 to 2147483647";
        }
        if (type == long.class || type == Long.class || type == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a number";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "a list";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return "an object with the documented fields";
    }
}
