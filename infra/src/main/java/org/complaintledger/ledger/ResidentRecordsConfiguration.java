package org.complaintledger.ledger;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.complaintledger.adjustment.Adjustment;
import org.complaintledger.outage.CommandLocks;
import org.complaintledger.restriction.Restriction;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Wires into Axon the records kept about a resident under review: adjustments and disabilities (5.10) and
 * restrictions (5.14). Each record is its own aggregate in the same event store as the complaints.
 */
@Configuration(proxyBeanMethods = false)
class ResidentRecordsConfiguration {

    @Bean
    ConfigurerModule adjustmentAggregate() {
        return residentRecord(Adjustment.class);
    }

    @Bean
    ConfigurerModule restrictionAggregate() {
        return residentRecord(Restriction.class);
    }

    /**
     * Its lock waits at most {@link CommandLocks#LONGEST_WAIT}, as a complaint's does (a step stuck on the database
     * must not pile the next ones up behind it). Loaded from its own events only, so an id of another kind of record
     * (a complaint, an adjustment under a restriction's path) is not found, rather than rebuilt from events it cannot read. Every command names its
     * record, so the target is read from it rather than found by reflection. (The landlord's own records are wired
     * the same way: LandlordRecordsConfiguration.)
     */
    static <A> ConfigurerModule residentRecord(Class<A> aggregate) {
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(aggregate)
                .configureLockFactory(config -> CommandLocks.bounded())
                .configureFilterEventsByType(config -> true)
                .configureCommandTargetResolver(config -> command -> new VersionedAggregateIdentifier(
                        ((LedgerCommand) command.getPayload()).recordId(), null)));
    }
}
