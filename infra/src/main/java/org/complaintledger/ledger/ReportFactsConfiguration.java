package org.complaintledger.ledger;

import org.axonframework.config.ConfigurerModule;
import org.complaintledger.learning.Learning;
import org.complaintledger.survey.SurveyResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Wires into Axon the records the reports need beside the complaints: learning and the service improvements drawn
 * from complaints (8.1d, 9.1-9.3), and survey responses that expressed dissatisfaction (1.6). Each is its own
 * aggregate in the same event store, loaded like a resident's records, and both may ask whether a complaint they name
 * is on the ledger.
 */
@Configuration(proxyBeanMethods = false)
class ReportFactsConfiguration {

    @Bean
    ConfigurerModule learningAggregate() {
        return ResidentRecordsConfiguration.residentRecord(Learning.class);
    }

    @Bean
    ConfigurerModule surveyResponseAggregate() {
        return ResidentRecordsConfiguration.residentRecord(SurveyResponse.class);
    }

    @Bean
    ComplaintsOnLedger complaintsOnLedger(JdbcTemplate jdbc) {
        return new EventStoreComplaints(jdbc);
    }
}
