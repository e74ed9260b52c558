package org.complaintledger.deadletters;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MetaData;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;

/**
 * Always park (never skip: a read model that drops an event is silently short) and count the failed retries in the
 * dead letter's diagnostics, which the officer's list of parked events shows.
 */
final class CountingRetries implements EnqueuePolicy<EventMessage<?>> {

    static final String RETRIES = "retries";

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        // A new letter has no diagnostics yet; one already parked failed again on retry.
        long retries = letter.diagnostics().containsKey(RETRIES) ? retries(letter) + 1 : 0;
        return Decisions.enqueue(cause, parked -> MetaData.with(RETRIES, retries));
    }

    /** The failed retries recorded so far: none while the letter is new. */
    static long retries(DeadLetter<?> letter) {
        return letter.diagnostics().get(RETRIES) instanceof Number n ? n.longValue() : 0;
    }
}
