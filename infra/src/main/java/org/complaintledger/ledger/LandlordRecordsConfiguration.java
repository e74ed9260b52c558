package org.complaintledger.ledger;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.complaintledger.closuredays.ClosureDaysProjection;
import org.complaintledger.landlord.closure.ClosureDay;
import org.complaintledger.landlord.context.LandlordContext;
import org.complaintledger.landlord.exceptional.ExceptionalCircumstances;
import org.complaintledger.landlord.finding.NonComplianceFinding;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires into Axon the landlord's own record: its context (homes owned, MRC, governing body, reports received and the
 * response to the annual report: 8.2, 9.5-9.7), periods of exceptional circumstances (8.5), the Ombudsman's findings
 * of non-compliance about it (8.1c) and its closure days. Each is loaded from its own events only and its commands
 * name their record, like a resident's records.
 */
@Configuration(proxyBeanMethods = false)
class LandlordRecordsConfiguration {

    @Bean
    ConfigurerModule landlordContextAggregate() {
        return ResidentRecordsConfiguration.residentRecord(LandlordContext.class);
    }

    @Bean
    ConfigurerModule exceptionalCircumstancesAggregate() {
        return ResidentRecordsConfiguration.residentRecord(ExceptionalCircumstances.class);
    }

    @Bean
    ConfigurerModule nonComplianceFindingAggregate() {
        return ResidentRecordsConfiguration.residentRecord(NonComplianceFinding.class);
    }

    /**
     * A closure day whose row could not be written must not be appended either: the calendar reads the rows, and a
     * declaration on the ledger that the calendar never followed would leave deadlines unexplained.
     */
    @Bean
    ConfigurerModule closureDayAggregate() {
        ConfigurerModule aggregate = ResidentRecordsConfiguration.residentRecord(ClosureDay.class);
        return configurer -> {
            aggregate.configureModule(configurer);
            configurer.eventProcessing().registerListenerInvocationErrorHandler(
                    ClosureDaysProjection.PROCESSING_GROUP, config -> PropagatingErrorHandler.instance());
        };
    }
}
