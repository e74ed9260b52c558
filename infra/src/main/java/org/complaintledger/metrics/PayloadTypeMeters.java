package org.complaintledger.metrics;

import io.micrometer.core.instrument.Clock;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.axonframework.messaging.Message;
import org.axonframework.monitoring.MessageMonitor;

/**
 * Axon's {@code MessageTimerMonitor} and {@code MessageCountingMonitor} together, under their meter names, tags and
 * percentiles, but with each payload type's nine meters looked up once: Axon's look every one up in the registry for
 * every message (building a timer's distribution configuration each time), which was about a tenth of an import's
 * time on its workers (docs/benchmarks.md, "Bulk import").
 */
final class PayloadTypeMeters implements MessageMonitor<Message<?>> {

    private final String prefix;
    private final MeterRegistry registry;
    private final Function<Class<?>, Tags> tagsOf;
    private final Map<Class<?>, Meters> byPayloadType = new ConcurrentHashMap<>();

    /** @param tagsOf a message's tags, which may depend on nothing but its payload type */
    PayloadTypeMeters(String prefix, MeterRegistry registry, Function<Class<?>, Tags> tagsOf) {
        this.prefix = prefix;
        this.registry = registry;
        this.tagsOf = tagsOf;
    }

    @Override
    public MonitorCallback onMessageIngested(Message<?> message) {
        Meters meters = byPayloadType.computeIfAbsent(message.getPayloadType(), this::register);
        meters.ingested.increment();
        long start = Clock.SYSTEM.monotonicTime();
        return new MonitorCallback() {
            @Override
            public void reportSuccess() {
                ended(meters.successTimer, meters.processed, meters.success);
            }

            @Override
            public void reportFailure(Throwable cause) {
                ended(meters.failureTimer, meters.processed, meters.failure);
            }

            @Override
            public void reportIgnored() {
                ended(meters.ignoredTimer, meters.ignored);
            }

            /** The time taken on the all-outcomes timer and the outcome's, and the outcome's counters up by one. */
            private void ended(Timer outcome, Counter... counted) {
                long took = Clock.SYSTEM.monotonicTime() - start;
                meters.all.record(took, TimeUnit.NANOSECONDS);
                outcome.record(took, TimeUnit.NANOSECONDS);
                for (Counter counter : counted) {
                    counter.increment();
                }
            }
        };
    }

    private Meters register(Class<?> payloadType) {
        Tags tags = tagsOf.apply(payloadType);
        return new Meters(timer("allTimer", tags), timer("successTimer", tags), timer("failureTimer", tags),
                timer("ignoredTimer", tags), registry.counter(prefix + ".ingestedCounter", tags),
                registry.counter(prefix + ".successCounter", tags), registry.counter(prefix + ".failureCounter", tags),
                registry.counter(prefix + ".processedCounter", tags), registry.counter(prefix + ".ignoredCounter", tags));
    }

    /** As Axon's MessageTimerMonitor builds its timers. */
    private Timer timer(String name, Tags tags) {
        return Timer.builder(prefix + "." + name)
                .distributionStatisticExpiry(Duration.ofMinutes(10))
                .publishPercentiles(0.5, 0.75, 0.95, 0.98, 0.99, 0.999)
                .tags(tags)
                .register(registry);
    }

    private record Meters(Timer all, Timer successTimer, Timer failureTimer, Timer ignoredTimer, Counter ingested,
                          Counter success, Counter failure, Counter processed, Counter ignored) {
    }
}
