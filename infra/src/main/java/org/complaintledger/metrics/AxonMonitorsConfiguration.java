package org.complaintledger.metrics;

import org.axonframework.micrometer.GlobalMetricRegistry;
import org.axonframework.micrometer.MetricsConfigurerModule;
import org.axonframework.springboot.MetricsProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Axon's monitors made lean ({@link LeanAxonMonitors}); Axon's own module then stands back (it is missing-bean). */
@Configuration(proxyBeanMethods = false)
class AxonMonitorsConfiguration {

    @Bean
    MetricsConfigurerModule leanAxonMonitors(GlobalMetricRegistry axon, MetricsProperties properties) {
        return new LeanAxonMonitors(axon, properties.getMicrometer().isDimensional());
    }
}
