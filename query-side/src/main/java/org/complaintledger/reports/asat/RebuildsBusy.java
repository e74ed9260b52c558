package org.complaintledger.reports.asat;

/**
 * As many reports "as at" a past instant as may be rebuilt at once already are: each reads the whole event store, so
 * more at a time would only slow every other reader. A temporary refusal (503 with Retry-After), not the caller's fault.
 */
public class RebuildsBusy extends RuntimeException {

    public static final int RETRY_AFTER_SECONDS = 10;

    public RebuildsBusy(int atOnce) {
        super(atOnce + " reports as at a past instant are being rebuilt already; try again in "
                + RETRY_AFTER_SECONDS + " seconds");
    }
}
