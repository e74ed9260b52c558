package org.complaintledger.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** When the schedule runs the self-check: an interval after the last completed check, sooner after an incomplete one. */
class SelfCheckScheduleTest {

    private static final Duration DAY = Duration.ofDays(1);
    private static final Instant START = Instant.parse("2026-12-01T02:00:00Z");

    @Test
    void anIntervalAfterTheProcessStartedWhenThereHasBeenNoCheck() {
        SelfCheckStore.Latest none = SelfCheckStore.Latest.NONE;

        assertThat(SelfCheckSchedule.due(START.plus(DAY).minusSeconds(1), none, START, DAY)).isFalse();
        assertThat(SelfCheckSchedule.due(START.plus(DAY), none, START, DAY)).isTrue();
    }

    @Test
    void anIntervalAfterTheLastCompletedCheckStarted() {
        SelfCheckResult passed = run(START.plusSeconds(3_600), SelfCheckResult.Outcome.PASSED);
        SelfCheckStore.Latest latest = new SelfCheckStore.Latest(passed, passed);

        assertThat(SelfCheckSchedule.due(START.plus(DAY), latest, START, DAY)).isFalse();
        assertThat(SelfCheckSchedule.due(START.plusSeconds(3_600).plus(DAY), latest, START, DAY)).isTrue();
    }

    @Test
    void tenMinutesAfterACheckThatCouldNotFinishWhenTheLastCompletedIsDue() {
        SelfCheckResult failed = run(START, SelfCheckResult.Outcome.FAILED);
        SelfCheckResult incomplete = run(START.plus(DAY), SelfCheckResult.Outcome.INCOMPLETE);
        SelfCheckStore.Latest latest = new SelfCheckStore.Latest(incomplete, failed);
        Instant ended = incomplete.finishedAt();

        assertThat(SelfCheckSchedule.due(ended.plusSeconds(60), latest, START, DAY)).isFalse();
        assertThat(SelfCheckSchedule.due(ended.plus(SelfCheckSchedule.AFTER_INCOMPLETE), latest, START, DAY)).isTrue();
        assertThat(SelfCheckSchedule.due(ended.plusSeconds(2), latest, START, Duration.ofSeconds(1))).isTrue();
    }

    private static SelfCheckResult run(Instant startedAt, SelfCheckResult.Outcome outcome) {
        return new SelfCheckResult(1L, "schedule", startedAt, startedAt.plusSeconds(5), outcome, 0, 0, 0, 0,
                outcome == SelfCheckResult.Outcome.FAILED ? 1 : 0, null, List.of(), null);
    }
}
