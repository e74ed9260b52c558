package org.complaintledger.deadletters;

import java.util.List;
import java.util.Map;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.deadletter.jdbc.DeadLetterSchema;
import org.axonframework.eventhandling.deadletter.jdbc.JdbcSequencedDeadLetterQueue;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.complaintledger.personaldata.PayloadSealing;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Every tracking processing group parks an event its projection fails on in Axon's JDBC sequenced dead-letter queue
 * ({@code dead_letter_entry}, projections' V15) instead of Axon's default of logging it and skipping it for good. The
 * rest of that event's sequence (the same complaint or record) waits behind it; other sequences go on. Subscribing
 * groups (investigator-grants, closure-days) get no queue: they run in the command's transaction, so their failure
 * still rolls the command back.
 */
@Configuration(proxyBeanMethods = false)
class DeadLetterConfiguration {

    /** Sequences (records) a segment remembers as not parked; past it, the least recent is asked of the queue again. */
    static final int SEQUENCES_CACHED = 10_000;

    @Bean
    ParkingGroups parkingGroups(EventProcessorProperties processors) {
        return new ParkingGroups(processors.getProcessors().entrySet().stream()
                .filter(group -> group.getValue().getMode() != EventProcessorProperties.Mode.SUBSCRIBING)
                .map(Map.Entry::getKey)
                .sorted()
                .toList());
    }

    @Bean
    DeadLetterSchema deadLetterSchema() {
        return DeadLetterSchema.builder()
                .deadLetterTable("dead_letter_entry")
                .deadLetterIdentifierColumn("dead_letter_id")
                .processingGroupColumn("processing_group")
                .sequenceIdentifierColumn("sequence_identifier")
                .sequenceIndexColumn("sequence_index")
                .messageTypeColumn("message_type")
                .eventIdentifierColumn("event_identifier")
                .timestampColumn("time_stamp")
                .payloadTypeColumn("payload_type")
                .payloadRevisionColumn("payload_revision")
                .payloadColumn("payload")
                .metaDataColumn("meta_data")
                .aggregateTypeColumn("aggregate_type")
                .aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number")
                .tokenTypeColumn("token_type")
                .tokenColumn("token")
                .enqueuedAtColumn("enqueued_at")
                .lastTouchedColumn("last_touched")
                .processingStartedColumn("processing_started")
                .causeTypeColumn("cause_type")
                .causeMessageColumn("cause_message")
                .diagnosticsColumn("diagnostics")
                .build();
    }

    /**
     * One queue per tracking group. The serializers are Axon's Jackson 3 ones, tuned by the ledger's customizer
     * (eventstore.JsonSerializerConfiguration), which lets the stored tracking token (a ReplayToken during a replay)
     * name its Axon class. The event's personal data is sealed under its data subject's key in the dead letter, as in
     * the event store (personaldata.PayloadSealing), so forgetting the subject reaches parked events too.
     */
    @Bean
    ConfigurerModule deadLetterQueues(ParkingGroups groups, DeadLetterSchema schema, ConnectionProvider connections,
                                      TransactionManager transactions, Serializer genericSerializer,
                                      @Qualifier("eventSerializer") Serializer eventSerializer,
                                      PayloadSealing sealing) {
        DeadLetterSerialization serialization =
                new DeadLetterSerialization(schema, genericSerializer, eventSerializer, sealing);
        return configurer -> configurer.eventProcessing(processing -> {
            for (String group : groups.names()) {
                processing.registerDeadLetterQueue(group, config -> JdbcSequencedDeadLetterQueue.builder()
                                .processingGroup(group)
                                .schema(schema)
                                .connectionProvider(connections)
                                .transactionManager(transactions)
                                .genericSerializer(genericSerializer)
                                .eventSerializer(eventSerializer)
                                .statementFactory(new SealingDeadLetterStatements(serialization))
                                .converter(new OpeningDeadLetterConverter(serialization))
                                .build())
                        .registerDeadLetterPolicy(group, config -> new CountingRetries())
                        // without the cache, every event asks the queue (a SELECT) whether its sequence is parked;
                        // Axon's cache is per claimed segment, so a segment moving to another node starts afresh
                        .registerDeadLetteringEventHandlerInvokerConfiguration(group,
                                (config, invoker) -> invoker.enableSequenceIdentifierCache()
                                        .sequenceIdentifierCacheSize(SEQUENCES_CACHED));
            }
        });
    }

    @Bean
    SavepointPerEvent savepointPerEvent(ParkingGroups groups, PlatformTransactionManager transactions) {
        return new SavepointPerEvent(groups, transactions);
    }

    /** The processing groups that park failing events, by name. */
    record ParkingGroups(List<String> names) {

        boolean includes(String group) {
            return names.contains(group);
        }
    }
}
