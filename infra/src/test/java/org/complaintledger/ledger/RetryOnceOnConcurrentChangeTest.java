package org.complaintledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Axon's command bus and gateway with the ledger's retry scheduler, and a handler that fails as its script says: a
 * step that lost its sequence numbers once is carried out again; twice, the caller gets the concurrency failure;
 * anything else is never retried.
 */
class RetryOnceOnConcurrentChangeTest {

    record TakeStep(String id) {
    }

    private final SimpleCommandBus bus = SimpleCommandBus.builder().build();
    private final CommandGateway gateway = DefaultCommandGateway.builder().commandBus(bus)
            .retryScheduler(new RetryOnceOnConcurrentChange()).build();
    private final Deque<RuntimeException> failures = new ArrayDeque<>();
    private final AtomicInteger attempts = new AtomicInteger();

    @BeforeEach
    void handler() {
        bus.subscribe(TakeStep.class.getName(), command -> {
            attempts.incrementAndGet();
            RuntimeException failure = failures.poll();
            if (failure != null) {
                throw failure;
            }
            return "recorded";
        });
    }

    @Test
    void aStepThatLostItsSequenceNumbersOnceIsDecidedAgain() {
        failures.add(new ConcurrencyException("sequence number 3 already taken"));

        assertThat((Object) gateway.sendAndWait(new TakeStep("c-1"))).isEqualTo("recorded");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void aSecondLossInARowIsTheCallers() {
        failures.add(new ConcurrencyException("sequence number 3 already taken"));
        failures.add(new ConcurrencyException("sequence number 4 already taken"));

        assertThatThrownBy(() -> gateway.sendAndWait(new TakeStep("c-1"))).isInstanceOf(ConcurrencyException.class)
                .hasMessageContaining("4");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void anyOtherFailureIsNeverRetried() {
        failures.add(new IllegalStateException("the database is away"));

        assertThatThrownBy(() -> gateway.sendAndWait(new TakeStep("c-1"))).isInstanceOf(IllegalStateException.class);
        assertThat(attempts).hasValue(1);
    }
}
