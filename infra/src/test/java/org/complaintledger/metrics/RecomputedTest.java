package org.complaintledger.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RecomputedTest {

    private final AtomicLong nanos = new AtomicLong();
    private final AtomicInteger rounds = new AtomicInteger();

    @Test
    void worksTheValueOutAtMostOncePerMaximumAge() {
        Recomputed<Integer> value = new Recomputed<>(rounds::incrementAndGet, Duration.ofSeconds(15), nanos::get);

        assertThat(value.get()).isEqualTo(1);
        nanos.addAndGet(Duration.ofSeconds(14).toNanos());
        assertThat(value.get()).isEqualTo(1);
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertThat(value.get()).isEqualTo(2);
        assertThat(rounds).hasValue(2);
    }

    @Test
    void aFailedRoundGivesNoValueAndIsNotRetriedBeforeTheMaximumAge() {
        Recomputed<Integer> value = new Recomputed<>(() -> {
            if (rounds.incrementAndGet() == 2) {
                throw new IllegalStateException("database away");
            }
            return rounds.get();
        }, Duration.ofSeconds(15), nanos::get);

        assertThat(value.get()).isEqualTo(1);
        nanos.addAndGet(Duration.ofSeconds(15).toNanos());
        assertThat(value.get()).isNull();
        assertThat(value.get()).isNull();
        nanos.addAndGet(Duration.ofSeconds(15).toNanos());
        assertThat(value.get()).isEqualTo(3);
    }
}
