package org.complaintledger.landlord;

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
import java.time.LocalDate;

/**
 * A date of the landlord's record in the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}: a year 20025 is a typing
 * mistake, and would otherwise go on the record for good (the ledger's own rule). Null is left to {@code @NotNull}.
 */
@Target({FIELD, METHOD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Constraint(validatedBy = SaneDate.Check.class)
public @interface SaneDate {

    int FIRST_YEAR = 2000;
    int LAST_YEAR = 2100;

    /** The refusal of a financial year outside the same years (with {@code @Min(FIRST_YEAR) @Max(LAST_YEAR)}). */
    String YEAR_MESSAGE = "must be a year from " + FIRST_YEAR + " to " + LAST_YEAR;

    String message() default "must be a date in the years " + FIRST_YEAR + " to " + LAST_YEAR;

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** The check itself. */
    final class Check implements ConstraintValidator<SaneDate, LocalDate> {
        @Override
        public boolean isValid(LocalDate value, ConstraintValidatorContext context) {
            return value == null || (value.getYear() >= FIRST_YEAR && value.getYear() <= LAST_YEAR);
        }
    }
}
