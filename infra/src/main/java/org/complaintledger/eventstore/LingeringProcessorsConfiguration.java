package org.complaintledger.eventstore;

import java.time.Duration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Every tracking and pooled processing group reads the event store through {@link LingeringEventSource}, lingering
 * {@code complaint-ledger.processors.linger} (0: not at all), unless its settings name a source of their own.
 */
@Configuration(proxyBeanMethods = false)
class LingeringProcessorsConfiguration {

    static final String SOURCE = "lingeringEventSource";
    static final String LINGER = "complaint-ledger.processors.linger";

    @Bean(SOURCE)
    LingeringEventSource lingeringEventSource(EventStore eventStore, Environment environment) {
        return new LingeringEventSource(eventStore, linger(environment));
    }

    /** Points the groups at the lingering source once Axon's processor settings are bound, before Axon reads them. */
    @Bean
    static BeanPostProcessor lingeringProcessors() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof EventProcessorProperties processors) {
                    processors.getProcessors().values().stream()
                            .filter(group -> group.getMode() != EventProcessorProperties.Mode.SUBSCRIBING)
                            .filter(group -> group.getSource() == null)
                            .forEach(group -> group.setSource(SOURCE));
                }
                return bean;
            }
        };
    }

    private static Duration linger(Environment environment) {
        return Binder.get(environment).bind(LINGER, Duration.class).orElse(Duration.ZERO);
    }
}
