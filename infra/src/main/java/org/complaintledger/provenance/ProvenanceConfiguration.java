package org.complaintledger.provenance;

import org.complaintledger.personaldata.KeyEncryptionKeys;
import org.springframework.beans.factory.annotation.Value;
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

    /**
     * @param recentRecords how many records' last links are kept in memory (a hundred bytes or so each), like
     *                      {@code complaint-ledger.aggregate-cache-size}: a command on one of them reads no chain row
     */
    @Bean
    ChainedAppend chainedAppend(AppendSeals seals,
                                @Value("${complaint-ledger.aggregate-cache-size:10000}") int recentRecords) {
        return new ChainedAppend(new ChainLinks(seals, new ChainHeads(recentRecords)));
    }

    @Bean
    ChainBackfill chainBackfill(JdbcTemplate jdbc, PlatformTransactionManager transactions, AppendSeals seals) {
        return new ChainBackfill(jdbc, new TransactionTemplate(transactions), new ChainLinks(seals, null),
                ChainBackfill.BATCH);
    }
}
