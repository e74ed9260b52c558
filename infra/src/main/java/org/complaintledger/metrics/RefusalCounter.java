package org.complaintledger.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.complaintledger.code.CodeRuleBroken;
import org.springframework.stereotype.Component;

/**
 * {@code ledger_refusals_total{rule, provision}}: commands the ledger refused because they would break a rule of the
 * Code or the order of a complaint's life ({@link CodeRuleBroken}, answered 409), counted where the command is handled,
 * so every way in (HTTP, the demo loader, another process's retry) is counted once. Rules are the command side's own
 * constant names, a few dozen; should they ever grow past {@link #MAX_SERIES} pairs the rest are counted as
 * {@code other}, so a bug can never flood Prometheus with series.
 */
@Component
public class RefusalCounter implements MessageHandlerInterceptor<CommandMessage<?>> {

    static final int MAX_SERIES = 200;
    static final String OTHER = "other";
    /** A rule the ledger keeps to itself (the order of steps) has no provision of the Code. */
    static final String NO_PROVISION = "none";
    private static final int MAX_LABEL_LENGTH = 80;

    private final MeterRegistry registry;
    private final Map<Labels, Counter> counters = new ConcurrentHashMap<>();

    public RefusalCounter(MeterRegistry registry) {
        this.registry = registry;
    }

    private record Labels(String rule, String provision) {
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        try {
            return chain.proceed();
        } catch (CodeRuleBroken refused) {
            refused(refused);
            throw refused;
        }
    }

    void refused(CodeRuleBroken refused) {
        Labels labels = new Labels(bounded(refused.rule()),
                refused.provision() == null ? NO_PROVISION : bounded(refused.provision()));
        Counter counter = counters.get(labels);
        if (counter == null) {
            if (counters.size() >= MAX_SERIES) {
                labels = new Labels(OTHER, OTHER);
            }
            counter = counters.computeIfAbsent(labels, l -> Counter.builder("ledger.refusals")
                    .description("Commands refused for breaking a rule of the Code or the order of steps (HTTP 409)")
                    .tag("rule", l.rule()).tag("provision", l.provision())
                    .register(registry));
        }
        counter.increment();
    }

    private static String bounded(String label) {
        if (label == null || label.isBlank()) {
            return OTHER;
        }
        return label.length() <= MAX_LABEL_LENGTH ? label : label.substring(0, MAX_LABEL_LENGTH);
    }
}
