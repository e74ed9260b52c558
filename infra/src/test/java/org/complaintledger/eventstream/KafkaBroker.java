package org.complaintledger.eventstream;

import java.io.IOException;
import java.net.ServerSocket;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultSingletonBeanRegistry;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A real KRaft broker in the test JVM for one test application context, on a free port fixed before it starts (so
 * that the application can be pointed at it before it runs), closed when the context closes: registered as the
 * context's disposable bean before any other, it is destroyed last, after the publisher has stopped.
 */
final class KafkaBroker implements DisposableBean {

    static final String TOPIC = "complaint-ledger.test-events";
    static final int PARTITIONS = 3;

    private final int port;
    private EmbeddedKafkaKraftBroker broker;

    private KafkaBroker(int port) {
        this.port = port;
    }

    /** A broker for {@code context}, not yet started, and the application's stream pointed at its port. */
    static KafkaBroker register(ConfigurableApplicationContext context) {
        KafkaBroker broker = new KafkaBroker(freePort());
        ((DefaultSingletonBeanRegistry) context.getBeanFactory()).registerDisposableBean("testKafkaBroker", broker);
        context.getBeanFactory().registerSingleton("testKafkaBrokerHandle", broker);
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("complaint-ledger.event-stream.bootstrap-servers", broker.bootstrapServers());
        properties.put("complaint-ledger.event-stream.topic", TOPIC);
        // Quick turns, so the tests wait little.
        properties.put("complaint-ledger.event-stream.poll-interval", "PT0.1S");
        properties.put("complaint-ledger.event-stream.retry-backoff", "PT0.2S");
        properties.put("complaint-ledger.event-stream.max-retry-backoff", "PT1S");
        properties.put("complaint-ledger.event-stream.batch-size", "7");
        properties.put("complaint-ledger.event-stream.producer.max.block.ms", "2000");
        if (!context.getEnvironment().containsProperty("complaint-ledger.proof.admission-interval")) {
            properties.put("complaint-ledger.proof.admission-interval", "PT0.2S");
        }
        TestPropertyValues.of(properties).applyTo(context);
        return broker;
    }

    String bootstrapServers() {
        return "localhost:" + port;
    }

    synchronized void start() {
        if (broker == null) {
            EmbeddedKafkaKraftBroker started = new EmbeddedKafkaKraftBroker(1, PARTITIONS, TOPIC);
            // kafkaPorts(...) is not applied by spring-kafka-test 4.1.2's KRaft broker, and its test kit binds the
            // EXTERNAL listener to a port of its own whatever is configured: the application's clients connect through
            // a second listener on the fixed port instead, which advertises that port.
            started.brokerProperty("listeners",
                    "EXTERNAL://localhost:0,FIXED://localhost:" + port + ",CONTROLLER://localhost:0");
            started.brokerProperty("listener.security.protocol.map",
                    "EXTERNAL:PLAINTEXT,FIXED:PLAINTEXT,CONTROLLER:PLAINTEXT");
            // One broker: the transaction log must not ask for three replicas.
            started.brokerProperty("transaction.state.log.replication.factor", "1");
            started.brokerProperty("transaction.state.log.min.isr", "1");
            started.afterPropertiesSet();
            broker = started;
        }
    }

    @Override
    public synchronized void destroy() {
        if (broker != null) {
            broker.destroy();
            broker = null;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A context whose broker runs from the start. */
    static final class Running implements org.springframework.context.ApplicationContextInitializer<
            ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            register(context).start();
        }
    }

    /** A context whose broker is down until the test starts it ({@link #start}). */
    static final class Down implements org.springframework.context.ApplicationContextInitializer<
            ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            register(context);
        }
    }
}
