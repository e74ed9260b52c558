package org.complaintledger.provenance;

import org.complaintledger.personaldata.KeyEncryptionKeys;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each record's hash chain and the ledger's seal on each event (docs/proofs.md section 1): computed as events are
 * appended ({@link ChainedAppend}, used by the event store's INSERT), and on start-up for events stored before that
 * ({@link ChainBackfill}).
 */
@Configuration(proxyBeanMethods = false)
class ProvenanceConfiguration {

    @Bean
    AppendSeals appendSeals(KeyEncryptionKeys keks) {
        return new AppendSeals(keks);
    }

    @Bean
    ChainedAppend chainedAppend(AppendSeals seals) {
        return new ChainedAppend(new ChainLinks(seals));
    }

    @Bean
    ChainBackfill chainBackfill(JdbcTemplate jdbc, PlatformTransactionManager transactions, AppendSeals seals) {
        return new ChainBackfill(jdbc, new TransactionTemplate(transactions), new ChainLinks(seals),
                ChainBackfill.BATCH);
    }
}
