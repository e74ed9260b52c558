package org.complaintledger.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.complaintledger.complaint.ComplaintCommand;
import org.complaintledger.ledger.RecordingClock;

/**
 * Sends a plan from several threads, for a benchmark that needs a large ledger soon. Day by day (London), each
 * complaint's steps of the day go in order on one thread, different complaints on different threads; then the day's
 * other steps (lessons, the landlord's record), which may name complaints, in order on this one. Every event keeps its
 * own recorded time; only the order of events of different records within a day may differ from their recorded order.
 */
final class DailyBatches {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private DailyBatches() {
    }

    /** Sends {@code steps}, already in recorded order and none in the future; returns how many were sent. */
    static int send(List<PlannedStep> steps, CommandSink sink, int threads) {
        Map<LocalDate, List<PlannedStep>> byDay = new TreeMap<>();
        steps.forEach(step -> byDay.computeIfAbsent(step.recordedAt().atZone(LONDON).toLocalDate(),
                day -> new ArrayList<>()).add(step));
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            byDay.values().forEach(day -> sendDay(day, sink, pool));
        }
        return steps.size();
    }

    private static void sendDay(List<PlannedStep> day, CommandSink sink, ExecutorService pool) {
        Map<String, List<PlannedStep>> byComplaint = new LinkedHashMap<>();
        List<PlannedStep> others = new ArrayList<>();
        for (PlannedStep step : day) {
            if (step.command() instanceof ComplaintCommand command) {
                byComplaint.computeIfAbsent(command.complaintId(), id -> new ArrayList<>()).add(step);
            } else {
                others.add(step);
            }
        }
        List<Future<?>> sent = byComplaint.values().stream()
                .<Future<?>>map(complaint -> pool.submit(() -> complaint.forEach(step -> send(step, sink)))).toList();
        for (Future<?> complaint : sent) {
            try {
                complaint.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while loading the demo ledger", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException refused ? refused : new IllegalStateException(e.getCause());
            }
        }
        others.forEach(step -> send(step, sink));
    }

    static void send(PlannedStep step, CommandSink sink) {
        RecordingClock.recordingAt(step.recordedAt(), () -> {
            sink.send(step.command());
            return null;
        });
    }
}
