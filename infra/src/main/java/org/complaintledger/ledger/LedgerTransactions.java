package org.complaintledger.ledger;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Every command runs in one Spring transaction: its events, its idempotency record and any read it makes
 * commit together or not at all.
 *
 * <p>Axon 4.13's own TransactionAutoConfiguration orders itself after Spring Boot 3's class name of the JDBC
 * transaction manager auto-configuration, which Boot 4 moved; its {@code @ConditionalOnBean} then runs too early,
 * finds no PlatformTransactionManager and leaves Axon without transactions. So the bridge is declared here.
 */
@Configuration(proxyBeanMethods = false)
class LedgerTransactions {

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactionManager) {
        return new SpringTransactionManager(transactionManager);
    }
}
