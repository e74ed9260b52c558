package org.complaintledger.stopping;

import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One INFO line as each stage of stopping is reached, so an operator sees where a slow or failed stop got to. */
@Configuration(proxyBeanMethods = false)
class StoppingConfiguration {

    @Bean
    StopMilestone stoppingRequested(@Value("${spring.lifecycle.timeout-per-shutdown-phase:30s}") Duration drainWait) {
        return new StopMilestone(StopPhases.FIRST,
                "draining requests (at most " + drainWait.toSeconds() + " s), then the web server");
    }

    @Bean
    StopMilestone requestsDrained() {
        return new StopMilestone(StopPhases.AFTER_WEB_SERVER, "requests drained, web server stopped");
    }

    @Bean
    StopMilestone backgroundWorkStopped() {
        return new StopMilestone(StopPhases.LAST, "event processors and background work stopped");
    }
}
