package org.complaintledger.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/** Closed-loop and open-loop (fixed-rate) load, with warm-up, counted only inside the measurement window. */
final class LoadPhases {

    private LoadPhases() {
    }

    /** One client's unit of work; closed when its client stops (a JDBC connection, an HTTP client). */
    interface Action extends AutoCloseable {
        void run() throws Exception;

        @Override
        default void close() throws Exception {
        }
    }

    /** Told when the measurement window opens and closes, to read the counters of exactly that window. */
    interface Window {
        void opened();

        void closed();

        Window NONE = new Window() {
            @Override
            public void opened() {
            }

            @Override
            public void closed() {
            }
        };
    }

    private static Thread watch(String name, long from, long to, Window window) {
        return Thread.ofPlatform().name(name + "-window").daemon().start(() -> {
            sleepUntil(from);
            window.opened();
            sleepUntil(to);
            window.closed();
        });
    }

    private static void sleepUntil(long nanoTime) {
        for (long wait = nanoTime - System.nanoTime(); wait > 0; wait = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
    }

    record Result(String name, long operations, double seconds, long errors, Latencies.Summary latency,
                  Throwable firstError, double targetRate, long backlogAtEnd) {

        double perSecond() {
            return operations / seconds;
        }
    }

    /**
     * {@code clients} threads, each sending its next operation as soon as the previous one is answered. Operations
     * that complete inside the measurement window are counted; latency is send-to-answer.
     */
    static Result closedLoop(String name, int clients, Duration warmup, Duration measure, Window window,
                             Supplier<Action> actions) throws InterruptedException {
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long measureTo = measureFrom + measure.toNanos();
        Thread watcher = watch(name, measureFrom, measureTo, window);
        AtomicLong operations = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        Latencies latencies = new Latencies();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            threads.add(Thread.ofPlatform().name(name + "-client-" + c).start(() -> {
                Latencies mine = new Latencies();
                long counted = 0;
                try (Action action = actions.get()) {
                    long now = System.nanoTime();
                    while (now < measureTo) {
                        long sent = now;
                        boolean failed = false;
                        try {
                            action.run();
                        } catch (Exception | AssertionError e) {
                            failed = true;
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, e);
                        }
                        now = System.nanoTime();
                        if (!failed && now >= measureFrom && now < measureTo) {
                            counted++;
                            mine.add(now - sent);
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, e);
                }
                operations.addAndGet(counted);
                latencies.addAll(mine);
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        watcher.join();
        return new Result(name, operations.get(), measure.toNanos() / 1e9, errors.get(), latencies.summary(),
                firstError.get(), 0, 0);
    }

    /**
     * Operations are scheduled at a fixed rate from one dispatcher thread and carried out by {@code workers}
     * threads. Latency runs from each operation's <em>intended</em> start, so time spent queued behind a slow
     * operation counts (no coordinated omission). Operations intended inside the measurement window are counted.
     */
    static Result openLoop(String name, double ratePerSecond, int workers, Duration warmup, Duration measure,
                           Window window, Supplier<Action> actions) throws InterruptedException {
        long periodNanos = (long) (1e9 / ratePerSecond);
        long start = System.nanoTime() + 50_000_000L;
        long measureFrom = start + warmup.toNanos();
        long measureTo = measureFrom + measure.toNanos();
        Thread watcher = watch(name, measureFrom, measureTo, window);
        long poison = Long.MIN_VALUE;
        BlockingQueue<Long> intended = new LinkedBlockingQueue<>();
        AtomicLong operations = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        AtomicReference<Throwable> firstError = new AtomicReference<>();
        Latencies latencies = new Latencies();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            threads.add(Thread.ofPlatform().name(name + "-worker-" + w).start(() -> {
                Latencies mine = new Latencies();
                long counted = 0;
                try (Action action = actions.get()) {
                    for (long due = intended.take(); due != poison; due = intended.take()) {
                        boolean failed = false;
                        try {
                            action.run();
                        } catch (Exception | AssertionError e) {
                            failed = true;
                            errors.incrementAndGet();
                            firstError.compareAndSet(null, e);
                        }
                        long done = System.nanoTime();
                        if (!failed && due >= measureFrom && due < measureTo) {
                            counted++;
                            mine.add(done - due);
                        }
                    }
                } catch (Exception e) {
                    errors.incrementAndGet();
                    firstError.compareAndSet(null, e);
                }
                operations.addAndGet(counted);
                latencies.addAll(mine);
            }));
        }
        long backlogLimit = (long) (ratePerSecond * 10);
        long backlogAtEnd = 0;
        for (long i = 0; ; i++) {
            long due = start + i * periodNanos;
            if (due >= measureTo) {
                break;
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
            intended.add(due);
            if (intended.size() > backlogLimit) {
                // Far past saturation: stop offering load; what is queued still runs and counts.
                firstError.compareAndSet(null, new IllegalStateException("backlog passed " + backlogLimit
                        + " operations: the ledger cannot sustain " + ratePerSecond + "/s"));
                break;
            }
        }
        backlogAtEnd = intended.size();
        for (int w = 0; w < workers; w++) {
            intended.add(poison);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        watcher.join();
        return new Result(name, operations.get(), measure.toNanos() / 1e9, errors.get(), latencies.summary(),
                firstError.get(), ratePerSecond, backlogAtEnd);
    }
}
