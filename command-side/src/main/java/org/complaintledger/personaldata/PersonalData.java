package org.complaintledger.personaldata;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a component of an event (or of a value inside one) that holds personal data: names, contact details,
 * addresses, free text written by or about a resident, disabilities, adjustments, restrictions (UK GDPR).
 * The event store keeps it encrypted with the key of the event's data subject; once that key is destroyed
 * every reader sees {@link #ERASED} in its place. Allowed on {@code String} and {@code List<String>} components,
 * and on components whose type is a record (or a list of records) with marked components of its own.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface PersonalData {

    /** What every reader sees where personal data was erased. Counts, dates and outcomes stay as they were. */
    String ERASED = "[erased]";
}
