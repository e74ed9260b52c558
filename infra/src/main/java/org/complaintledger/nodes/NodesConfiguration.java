package org.complaintledger.nodes;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import java.util.TreeMap;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.complaintledger.closuredays.ClosureDaysProjection;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.EventProcessorProperties;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Several processes on one database (docs/multi-node.md): each claims tracking segments under its own name, says it
 * is alive, and gives back segments beyond its fair share. The segment counts and threads themselves are set per
 * processing group in application.yml ({@code axon.eventhandling.processors.*}), the one place for them.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class NodesConfiguration {

    @Bean
    NodeIdentity nodeIdentity(@Value("${complaint-ledger.node.id:}") String configured) {
        return NodeIdentity.configuredOr(configured);
    }

    /**
     * Axon's JDBC token store as its auto-configuration would build it, but owned by this node's id. A segment whose
     * claim has not been refreshed for {@code claimTimeout} may be taken by another process: the bound on a dead
     * process's segments lying idle.
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, TokenSchema schema, NodeIdentity node,
                          @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .schema(schema)
                .serializer(serializer)
                .claimTimeout(claimTimeout)
                .nodeId(node.id())
                .build();
    }

    @Bean(destroyMethod = "leave")
    NodeHeartbeats nodeHeartbeats(JdbcTemplate jdbc, NodeIdentity node,
                                  @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}") Duration claimTimeout) {
        return new NodeHeartbeats(jdbc, node, claimTimeout);
    }

    @Bean
    ClosureDayNotices closureDayNotices(JdbcTemplate jdbc, ClosureDaysProjection closureDays) {
        return new ClosureDayNotices(jdbc, closureDays);
    }

    @Bean
    DatabaseNotices databaseNotices(DataSource dataSource, List<NoticeChannel> channels) {
        return new DatabaseNotices(dataSource, channels);
    }

    @Bean
    SegmentBalancer segmentBalancer(EventProcessingConfiguration processors, NodeHeartbeats nodes, JdbcTemplate jdbc) {
        return new SegmentBalancer(processors, nodes, jdbc);
    }

    @Bean
    TokenSegmentSplit tokenSegmentSplit(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                        EventProcessorProperties processors,
                                        @Value("${axon.eventhandling.tokenstore.claim-timeout:10s}")
                                        Duration claimTimeout) {
        Map<String, Integer> configured = new TreeMap<>();
        processors.getProcessors().forEach((name, settings) -> {
            if (settings.getMode() != EventProcessorProperties.Mode.SUBSCRIBING
                    && settings.getInitialSegmentCount() != null) {
                configured.put(name, settings.getInitialSegmentCount());
            }
        });
        return new TokenSegmentSplit(jdbc, new TransactionTemplate(transactions), configured, claimTimeout);
    }
}
