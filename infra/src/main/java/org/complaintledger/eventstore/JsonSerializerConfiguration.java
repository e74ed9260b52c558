package org.complaintledger.eventstore;

import org.axonframework.serialization.jackson3.Jackson3SerializerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import tools.jackson.databind.jsontype.PolymorphicTypeValidator;

/**
 * Tunes the Jackson 3 mapper of Axon's {@code Jackson3Serializer} ({@code axon.serializer.*=jackson3}), which writes
 * events, messages and tracking tokens. Axon's auto-configuration applies the first bean of this type it finds to all
 * three serializers.
 */
@Configuration(proxyBeanMethods = false)
class JsonSerializerConfiguration {

    /** Only Axon's own types (tokens) and the ledger's types may be named in stored JSON. */
    static final PolymorphicTypeValidator LEDGER_TYPES = BasicPolymorphicTypeValidator.builder()
            .allowIfSubType("org.axonframework.")
            .allowIfSubType("org.complaintledger.")
            .build();

    @Bean
    Jackson3SerializerCustomizer ledgerJsonCustomizer() {
        return builder -> builder
                // Axon 4.13.0 trap: a ReplayToken names its inner token's class; Jackson 3's default validator
                // denies it, so a processor dies reading its token back after resetTokens().
                .polymorphicTypeValidator(LEDGER_TYPES)
                // Jackson 3's default already, stated because the stored format depends on it:
                // Instant and LocalDate go to the ledger as ISO-8601 strings, not numbers.
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS);
    }
}
