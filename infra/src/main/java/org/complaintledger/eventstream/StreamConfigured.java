package org.complaintledger.eventstream;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Bootstrap servers are configured and not blank. Not {@code @ConditionalOnProperty}: that matches the empty value of
 * {@code ${KAFKA_BOOTSTRAP_SERVERS:}} left unset, and the stream must then stay off.
 */
final class StreamConfigured implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String servers = context.getEnvironment().getProperty("complaint-ledger.event-stream.bootstrap-servers");
        return servers != null && !servers.isBlank();
    }
}
