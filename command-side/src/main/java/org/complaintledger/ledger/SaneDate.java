package org.complaintledger.ledger;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.complaintledger.code.InvalidField;

/**
 * A date or instant in the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}, the range that makes sense for the
 * Code (the ledger's own rule, no provision). A year 20025 is a typing mistake that would go on the record for good,
 * and a deadline in the year 999999999 is a request for unbounded work (issue 8). Every date and instant a command
 * takes carries it; null is left to {@code @NotNull}. Instants are read in UTC, which is London time in the winter
 * months at either end of the range. Reads bound their date parameters the same way, through {@link Parameter}.
 */
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = {SaneDate.ForDate.class, SaneDate.ForInstant.class})
public @interface SaneDate {

    int FIRST_YEAR = 2000;
    int LAST_YEAR = 2100;

    /** The refusal of a financial year outside the same years (with {@code @Min(FIRST_YEAR) @Max(LAST_YEAR)}). */
    String YEAR_MESSAGE = "must be a year from " + FIRST_YEAR + " to " + LAST_YEAR;

    /** The refusal of a date, or of a date query parameter, outside the years. */
    String MESSAGE = "must be a date in the years " + FIRST_YEAR + " to " + LAST_YEAR;

    String message() default MESSAGE;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check of a date. */
    final class ForDate implements ConstraintValidator<SaneDate, LocalDate> {

        /** Whether {@code day} lies in the years: the one check, for commands and query parameters alike. */
        public static boolean holds(LocalDate day) {
            return day.getYear() >= FIRST_YEAR && day.getYear() <= LAST_YEAR;
        }

        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || holds(value);
        }
    }

    /** The check of an instant. */
    final class ForInstant implements ConstraintValidator<SaneDate, Instant> {

        private static final Instant FIRST = LocalDate.of(FIRST_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
        private static final Instant AFTER_LAST =
                LocalDate.of(LAST_YEAR + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

        @Override
        public boolean isValid(Instant value, ConstraintValidatorContext context) {
            return value == null || holds(value);
        }

        /** Whether {@code at} lies in the years, read in UTC. */
        public static boolean holds(Instant at) {
            return !at.isBefore(FIRST) && at.isBefore(AFTER_LAST);
        }
    }

    /**
     * The same bound on a date or instant a read takes as a query parameter ({@code by}, {@code from}, {@code to},
     * {@code asAt}): outside it the read is refused with 400 naming the parameter, before the database sees it.
     */
    final class Parameter {

        private Parameter() {
        }

        /** {@code day} unchanged (null too), or InvalidField naming {@code parameter}. */
        public static LocalDate checked(String parameter, LocalDate day) {
            if (day != null && !ForDate.holds(day)) {
                throw new InvalidField(parameter, MESSAGE);
            }
            return day;
        }

        /** {@code at} unchanged (null too), or InvalidField naming {@code parameter}. */
        public static Instant checked(String parameter, Instant at) {
            if (at != null && !ForInstant.holds(at)) {
                throw new InvalidField(parameter, MESSAGE);
            }
            return at;
        }
    }
}
