package org.complaintledger.personaldata;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the component of an event (or of a value inside one) that names the data subject (the resident) whose
 * key encrypts the event's {@link PersonalData}. Events of an aggregate that do not carry it belong to the
 * subject named by the aggregate's first event that did.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface DataSubjectId {
}
