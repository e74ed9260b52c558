package org.complaintledger.ledgertree;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Holds this process's scheduled admission back while someone appends in bulk (an import of a landlord's history):
 * the admitter would otherwise read, check and write a leaf for each event while the import appends it, taking a
 * third of the database's time from the import. The scheduled checkpoint looks wait too, since signing admits first.
 * Admission asked for (a checkpoint signed on request, a case bundle, a published event) still runs, and once the last
 * hold is released the next scheduled run admits everything appended meanwhile, in order, as it would after any
 * pause. Other processes sharing the ledger admit as usual.
 */
public final class AdmissionHold {

    private final AtomicInteger holds = new AtomicInteger();

    /** A hold that lasts until it is closed; holds may overlap, and admission resumes when the last is closed. */
    public Held hold() {
        holds.incrementAndGet();
        return new Held(holds);
    }

    boolean held() {
        return holds.get() > 0;
    }

    /** One hold; closing it twice releases it once. */
    public static final class Held implements AutoCloseable {

        private final AtomicInteger holds;
        private boolean released;

        private Held(AtomicInteger holds) {
            this.holds = holds;
        }

        @Override
        public synchronized void close() {
            if (!released) {
                released = true;
                holds.decrementAndGet();
            }
        }
    }
}
