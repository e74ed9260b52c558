package org.complaintledger.ledger;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.function.Supplier;
import org.axonframework.eventhandling.GenericEventMessage;

/**
 * The clock that says when a step is recorded: both the one the Code's rules judge "now" by ({@code Timescales}) and
 * the one Axon stamps each event with. It is the system's clock, except on a thread that is replaying a recording made
 * at another time ({@link #recordingAt}): the demo ledger is recorded as if over its years, so that a report "as at" a
 * past instant, a late step's backdating reason and a refusal of a step in the future all read as they would have.
 * Other threads keep real time.
 */
public final class RecordingClock extends Clock {

    private static final ThreadLocal<Instant> RECORDING_AT = new ThreadLocal<>();

    private final Clock system;

    private RecordingClock(Clock system) {
        this.system = system;
    }

    /**
     * The clock over {@code system}, installed as Axon's event clock too, so an event's timestamp is the time its
     * step was recorded by the same reckoning the rules used.
     */
    public static RecordingClock over(Clock system) {
        RecordingClock clock = new RecordingClock(system);
        GenericEventMessage.clock = new RecordingClock(Clock.systemUTC());
        return clock;
    }

    /** Runs {@code step} on this thread as if recorded at {@code at}; never later than the system's now. */
    public static <T> T recordingAt(Instant at, Supplier<T> step) {
        if (at.isAfter(Instant.now())) {
            throw new IllegalArgumentException("a recording cannot be made in the future: " + at);
        }
        Instant before = RECORDING_AT.get();
        RECORDING_AT.set(at);
        try {
            return step.get();
        } finally {
            if (before == null) {
                RECORDING_AT.remove();
            } else {
                RECORDING_AT.set(before);
            }
        }
    }

    @Override
    public Instant instant() {
        Instant at = RECORDING_AT.get();
        return at != null ? at : system.instant();
    }

    @Override
    public ZoneId getZone() {
        return system.getZone();
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return new RecordingClock(system.withZone(zone));
    }
}
