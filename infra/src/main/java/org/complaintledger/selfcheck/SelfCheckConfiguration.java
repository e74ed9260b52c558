package org.complaintledger.selfcheck;

import java.time.Clock;
import javax.sql.DataSource;
import org.complaintledger.ledgertree.TreeFailures;
import org.complaintledger.outage.DatabaseOutages;
import org.complaintledger.provenance.AppendSeals;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The ledger's self-check (docs/proofs.md, section 7): on a schedule and on demand, in health and metrics. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SelfCheckProperties.class)
class SelfCheckConfiguration {

    @Bean
    SelfCheck selfCheck(DataSource dataSource, AppendSeals seals, JdbcTemplate jdbc,
                        PlatformTransactionManager transactions, Clock clock, SelfCheckProperties properties) {
        return new SelfCheck(dataSource, new LedgerVerification(seals, properties.hashingThreads()),
                new SelfCheckStore(jdbc, new TransactionTemplate(transactions)), clock);
    }

    @Bean
    SelfCheckSchedule selfCheckSchedule(SelfCheck selfCheck, SelfCheckProperties properties, Clock clock) {
        return new SelfCheckSchedule(selfCheck, properties.selfCheckInterval(), clock);
    }

    /** {@code ledgerProof} in /actuator/health. */
    @Bean
    LedgerProofHealth ledgerProofHealthIndicator(SelfCheck selfCheck, TreeFailures tree, DatabaseOutages outages) {
        return new LedgerProofHealth(selfCheck, tree, outages);
    }

    @Bean
    SelfCheckMetrics selfCheckMetrics(SelfCheck selfCheck) {
        return new SelfCheckMetrics(selfCheck);
    }
}
