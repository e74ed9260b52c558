package org.complaintledger.ledgertree;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.time.Clock;
import org.complaintledger.embeddedpostgres.EmbeddedPostgresProperties;
import org.complaintledger.provenance.AppendSeals;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** The ledger's Merkle tree, its signing key and its checkpoints (docs/proofs.md, sections 2-4). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LedgerTreeProperties.class)
class LedgerTreeConfiguration {

    /**
     * The configured signing key; without one, the embedded default's own, generated in its data directory once its
     * server has started (initdb wants that directory empty); with an external database, none: refused.
     */
    @Bean
    LedgerSigningKeys ledgerSigningKeys(LedgerTreeProperties properties, JdbcTemplate jdbc,
                                        ObjectProvider<EmbeddedPostgres> embeddedServer,
                                        ObjectProvider<EmbeddedPostgresProperties> embedded) {
        Path embeddedDataDirectory = null;
        if (!properties.signingKey().configured() && embeddedServer.getIfAvailable() != null) {
            embeddedDataDirectory = embedded.getObject().dataDirectory();
        }
        return new LedgerSigningKeys(jdbc, SigningKeySources.load(properties.signingKey(), embeddedDataDirectory));
    }

    @Bean
    TreeFailures treeFailures() {
        return new TreeFailures();
    }

    @Bean
    StoredSubtrees storedSubtrees(JdbcTemplate jdbc) {
        return new StoredSubtrees(jdbc);
    }

    /**
     * Each admission and each signing commits on its own, even when asked for inside a caller's transaction, and
     * reads in READ COMMITTED whatever the database's default: each statement after the advisory lock must see what
     * the admitter or signer before it committed.
     */
    @Bean
    LedgerAdmission ledgerAdmission(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                    LedgerTreeProperties properties, AppendSeals seals, StoredSubtrees subtrees,
                                    TreeFailures failures) {
        return new LedgerAdmission(jdbc, ownTransactions(transactions), new AdmissionGaps(jdbc, properties.gapGrace()),
                new AdmissionCheck(seals), subtrees, failures);
    }

    @Bean
    LedgerProofs ledgerProofs(JdbcTemplate jdbc, StoredSubtrees subtrees) {
        return new LedgerProofs(jdbc, subtrees);
    }

    @Bean
    LedgerCheckpoints ledgerCheckpoints(JdbcTemplate jdbc, PlatformTransactionManager transactions,
                                        LedgerAdmission admission, StoredSubtrees subtrees, LedgerSigningKeys keys,
                                        TreeFailures failures, Clock clock, LedgerTreeProperties properties) {
        return new LedgerCheckpoints(jdbc, ownTransactions(transactions), admission, subtrees, keys, failures, clock,
                properties.checkpointInterval());
    }

    @Bean
    AdmissionHold admissionHold() {
        return new AdmissionHold();
    }

    @Bean
    LedgerTreeSchedule ledgerTreeSchedule(LedgerAdmission admission, LedgerCheckpoints checkpoints,
                                          AdmissionHold hold, LedgerTreeProperties properties) {
        return new LedgerTreeSchedule(admission, checkpoints, hold, properties);
    }

    @Bean
    LedgerTreeMetrics ledgerTreeMetrics(JdbcTemplate jdbc, Clock clock) {
        return new LedgerTreeMetrics(jdbc, clock);
    }

    private static TransactionTemplate ownTransactions(PlatformTransactionManager transactions) {
        TransactionTemplate template = new TransactionTemplate(transactions);
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        template.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
        return template;
    }
}
