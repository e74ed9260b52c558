package org.complaintledger.access;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.complaintledger.investigatoraccess.InvestigatorAccess;
import org.complaintledger.investigatoraccess.InvestigatorGrantsProjection;
import org.complaintledger.outage.CommandLocks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires the investigator grant aggregate into Axon, and makes its projection's failures fail the command: a grant or
 * revocation whose row could not be written must not be appended, or access would be out of step with the ledger.
 * A grant's lock waits at most {@link CommandLocks#LONGEST_WAIT}, as a complaint's does.
 */
@Configuration(proxyBeanMethods = false)
class InvestigatorAccessConfiguration {

    @Bean
    ConfigurerModule investigatorAccessAggregate() {
        return configurer -> {
            configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(InvestigatorAccess.class)
                    .configureLockFactory(config -> CommandLocks.bounded()));
            configurer.eventProcessing().registerListenerInvocationErrorHandler(
                    InvestigatorGrantsProjection.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
        };
    }
}
