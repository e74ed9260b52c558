package org.complaintledger.ledgertree;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What last stopped admission or a checkpoint, until they work again: for the self-check and health to name, and
 * logged once per distinct failure rather than every second while it lasts.
 */
public final class TreeFailures {

    private static final Logger LOG = LoggerFactory.getLogger(TreeFailures.class);

    private volatile String admission;
    private volatile String checkpoint;

    /** Why admission last failed, while it has not succeeded since. */
    public Optional<String> admission() {
        return Optional.ofNullable(admission);
    }

    /** Why the last checkpoint was not signed, while none has been signed since. */
    public Optional<String> checkpoint() {
        return Optional.ofNullable(checkpoint);
    }

    synchronized void admissionFailed(RuntimeException e) {
        String why = e instanceof TreeInconsistent ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
        if (!why.equals(admission)) {
            if (e instanceof TreeInconsistent) {
                LOG.error("Admission into the ledger's tree stopped: {}", why);
            } else {
                LOG.warn("Admission into the ledger's tree failed, and is retried: {}", why);
            }
        }
        admission = why;
    }

    synchronized void admissionSucceeded() {
        if (admission != null) {
            LOG.info("Admission into the ledger's tree works again");
        }
        admission = null;
    }

    synchronized void checkpointRefused(String why) {
        if (!why.equals(checkpoint)) {
            LOG.error("No checkpoint signed: {}", why);
        }
        checkpoint = why;
    }

    synchronized void checkpointSigned() {
        checkpoint = null;
    }
}
