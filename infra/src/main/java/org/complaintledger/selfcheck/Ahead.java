package org.complaintledger.selfcheck;

import java.util.concurrent.Executor;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Work handed from the thread that reads to the hashing threads, at most a few pieces ahead of them, so that reading
 * never runs away from hashing with the ledger in memory. {@link #finish} waits for every piece and rethrows the
 * first failure of any.
 */
final class Ahead {

    private final Executor threads;
    private final int most;
    private final Semaphore room;
    private final AtomicReference<RuntimeException> failed = new AtomicReference<>();

    Ahead(Executor threads, int hashingThreads) {
        this.threads = threads;
        this.most = 2 * hashingThreads + 1;
        this.room = new Semaphore(most);
    }

    void hand(Runnable work) throws InterruptedException {
        room.acquire();
        try {
            threads.execute(() -> {
                try {
                    work.run();
                } catch (RuntimeException e) {
                    failed.compareAndSet(null, e);
                } finally {
                    room.release();
                }
            });
        } catch (RuntimeException e) {
            room.release();
            throw e;
        }
    }

    /** Waits until every piece handed over is done; then throws the first failure, if any. */
    void finish() throws InterruptedException {
        room.acquire(most);
        room.release(most);
        if (failed.get() != null) {
            throw failed.get();
        }
    }
}
