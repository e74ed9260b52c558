package org.complaintledger.eventstream;

import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.complaintledger.ledgertree.LedgerAdmission;
import org.complaintledger.ledgertree.LedgerTreeProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The event stream (docs/event-stream.md). Its state and replay endpoint always exist (answering that the stream is
 * off); the publisher, its producer and its metrics only when bootstrap servers are configured.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EventStreamProperties.class)
class EventStreamConfiguration {

    @Bean
    StreamPositions streamPositions(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        TransactionTemplate own = new TransactionTemplate(transactions);
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        own.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        return new StreamPositions(jdbc, own);
    }

    @Bean
    StreamedEvents streamedEvents(JdbcTemplate jdbc) {
        return new StreamedEvents(jdbc);
    }

    @Bean
    EventStreamStatus eventStreamStatus(EventStreamProperties properties, StreamPositions positions,
                                        StreamedEvents events, ObjectProvider<EventStreamPublisher> publisher) {
        return new EventStreamStatus(properties, positions, events, publisher);
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(StreamConfigured.class)
    static class Publishing {

        /**
         * The stream publishes admitted events only (their order is final). With admission on its own schedule
         * ({@code complaint-ledger.proof.admission-interval} positive) the publisher follows it; with admission on
         * demand only, the publisher asks for it itself whenever it has published everything admitted.
         */
        @Bean
        EventStreamPublisher eventStreamPublisher(EventStreamProperties properties, StreamedEvents events,
                                                  StreamPositions positions, DataSource dataSource,
                                                  LedgerAdmission admission, LedgerTreeProperties tree,
                                                  MeterRegistry registry) {
            return new EventStreamPublisher(properties, events, positions, new StreamProducers(properties),
                    new PublisherLock(dataSource), tree.admissionInterval().isPositive() ? null : admission, registry);
        }

        @Bean
        EventStreamMetrics eventStreamMetrics(EventStreamStatus status) {
            return new EventStreamMetrics(status);
        }
    }
}
