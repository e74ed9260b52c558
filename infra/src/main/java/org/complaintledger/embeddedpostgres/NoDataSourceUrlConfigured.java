package org.complaintledger.embeddedpostgres;

import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * Matches when no external database is configured. The environment is asked, not a bean, so that
 * {@code SPRING_DATASOURCE_URL}, system properties and test properties all count the same way.
 */
class NoDataSourceUrlConfigured extends SpringBootCondition {

    static final String URL_PROPERTY = "spring.datasource.url";

    @Override
    public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
        String url = context.getEnvironment().getProperty(URL_PROPERTY);
        return StringUtils.hasText(url)
                ? ConditionOutcome.noMatch(URL_PROPERTY + " is set: the ledger uses that database")
                : ConditionOutcome.match(URL_PROPERTY + " is not set: the ledger runs its own PostgreSQL");
    }
}
