package org.complaintledger.retention;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.complaintledger.outage.CommandLocks;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The retention policy from configuration, the retention run on the record, and the schedule that runs it. */
@Configuration
@EnableScheduling
@EnableConfigurationProperties(RetentionProperties.class)
public class RetentionConfiguration {

    @Bean
    RetentionPolicy retentionPolicy(RetentionProperties properties) {
        return new RetentionPolicy(properties.period());
    }

    /** Its lock waits at most {@link CommandLocks#LONGEST_WAIT}, as a complaint's does. */
    @Bean
    ConfigurerModule retentionRunAggregate() {
        return configurer -> configurer.configureAggregate(AggregateConfigurer.defaultConfiguration(RetentionRun.class)
                .configureLockFactory(config -> CommandLocks.bounded()));
    }
}
