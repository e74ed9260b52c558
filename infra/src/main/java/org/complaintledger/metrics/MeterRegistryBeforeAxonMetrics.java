package org.complaintledger.metrics;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration;

/**
 * Defines no beans; it only puts Spring Boot's meter registries before Axon's Micrometer auto-configuration.
 * <p>
 * Axon's {@code MicrometerMetricsAutoConfiguration} (axon-micrometer, {@code axon.metrics.micrometer.dimensional})
 * creates its own {@code SimpleMeterRegistry} unless a registry already exists, and asks to come after Spring Boot 3's
 * registry auto-configurations, which moved in Boot 4. Without this ordering Axon's registry joins a composite next to
 * Prometheus's: the numbers still reach the scrape, but through a stray second registry.
 */
@AutoConfiguration(after = {CompositeMeterRegistryAutoConfiguration.class, SimpleMetricsExportAutoConfiguration.class},
        beforeName = "org.axonframework.springboot.autoconfig.MicrometerMetricsAutoConfiguration")
class MeterRegistryBeforeAxonMetrics {
}
