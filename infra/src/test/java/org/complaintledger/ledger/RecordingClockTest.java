package org.complaintledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

/** Steps replayed at another time are judged and stamped at that time, on their own thread only, never in the future. */
class RecordingClockTest {

    private static final Clock CLOCK = RecordingClock.over(Clock.systemUTC());
    private static final Instant LAST_YEAR = Instant.parse("2024-06-03T10:15:00Z");

    @Test
    void aStepRecordedAtAnotherTimeIsJudgedAndStampedThen() {
        Instant[] seen = RecordingClock.recordingAt(LAST_YEAR, () -> new Instant[] {
                CLOCK.instant(), new GenericEventMessage<>("a step").getTimestamp()});

        assertThat(seen).containsExactly(LAST_YEAR, LAST_YEAR);
        assertThat(Duration.between(CLOCK.instant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void otherThreadsKeepRealTimeMeanwhile() {
        Instant elsewhere = RecordingClock.recordingAt(LAST_YEAR,
                () -> CompletableFuture.supplyAsync(CLOCK::instant).join());

        assertThat(Duration.between(elsewhere, Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void refusesARecordingInTheFuture() {
        Instant tomorrow = Instant.now().plus(Duration.ofDays(1));

        assertThatThrownBy(() -> RecordingClock.recordingAt(tomorrow, CLOCK::instant))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("future");
    }
}
