package org.complaintledger.eventstream;

import io.micrometer.core.instrument.MeterRegistry;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The stream's publisher assembled as {@code EventStreamConfiguration} assembles it, outside Spring, for the
 * benchmark ({@code benchmark.EventStreamBenchmark}), whose package cannot reach the package-private parts.
 */
public final class StreamBenchmarkParts {

    private StreamBenchmarkParts() {
    }

    /** A publisher of the ledger in {@code database} to {@code properties}' topic, not yet started. */
    public static EventStreamPublisher publisher(EventStreamProperties properties, DataSource database,
                                                 MeterRegistry registry) {
        JdbcTemplate jdbc = new JdbcTemplate(database);
        TransactionTemplate own = new TransactionTemplate(new DataSourceTransactionManager(database));
        own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        own.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        return new EventStreamPublisher(properties, new StreamedEvents(jdbc), new StreamPositions(jdbc, own),
                new StreamProducers(properties), new PublisherLock(database), null, registry);
    }

    /** The topic's stored next position (0 before its first batch). */
    public static long nextPosition(DataSource database, String topic) {
        return new StreamPositions(new JdbcTemplate(database), null).peek(topic).next();
    }

    /** Reads the events from position 0 in pages of {@code page}, as the publisher does, without publishing: rows read. */
    public static long readOnly(DataSource database, int page) {
        StreamedEvents events = new StreamedEvents(new JdbcTemplate(database));
        long read = 0;
        while (true) {
            var batch = events.from(read, page);
            if (batch.isEmpty()) {
                return read;
            }
            read += batch.size();
        }
    }
}
