package org.complaintledger.embeddedpostgres;

import java.io.IOException;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.DependsOn;

/**
 * The zero-configuration default: without {@code spring.datasource.url} the ledger starts its own PostgreSQL with its
 * cluster on disk. Flyway migrates it as the owner of the tables; the application (Axon, Spring JDBC) works through a
 * pool as the runtime role, which may only do what databaseroles.RuntimePrivileges grants. With a URL this
 * configuration is skipped entirely and Spring Boot's own DataSource and Flyway configuration take over (the operator
 * names both roles: docs/operations.md).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDataSourceUrlConfigured.class)
@EnableConfigurationProperties(EmbeddedPostgresProperties.class)
class EmbeddedPostgresConfiguration {

    /**
     * Stopped by {@link EmbeddedPostgresStop} once the pool is closed; closing it here as well (which does nothing a
     * second time) stops it when the application fails to start before that bean exists.
     */
    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedPostgresProperties properties) throws IOException {
        return DurableEmbeddedPostgres.start(properties);
    }

    /** Destroyed after the pool, which depends on it, so after every bean using the database. */
    @Bean(destroyMethod = "stop")
    EmbeddedPostgresStop embeddedPostgresStop(EmbeddedPostgres server, EmbeddedRoles roles,
                                              EmbeddedPostgresProperties properties) {
        return new EmbeddedPostgresStop(server, roles, properties.dataDirectory().toAbsolutePath().normalize());
    }

    /** The owner and runtime roles, set up (or brought up to date) on every start. */
    @Bean
    EmbeddedRoles embeddedRoles(EmbeddedPostgres server, EmbeddedPostgresProperties properties) throws IOException {
        Path dataDirectory = properties.dataDirectory().toAbsolutePath().normalize();
        EmbeddedRoles roles = EmbeddedRoles.readOrGenerate(dataDirectory);
        EmbeddedRoleSetup.apply(server.getPort(), dataDirectory, roles);
        return roles;
    }

    /** Bound to {@code spring.datasource.hikari.*} so pool tuning works as with an external database. */
    @Bean(destroyMethod = "close")
    @DependsOn("embeddedPostgresStop")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres server, EmbeddedRoles roles) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl("jdbc:postgresql://localhost:%d/%s".formatted(server.getPort(), EmbeddedRoles.DATABASE));
        dataSource.setUsername(EmbeddedRoles.RUNTIME);
        dataSource.setPassword(roles.runtime());
        dataSource.setPoolName("ledger-embedded-postgres");
        return dataSource;
    }

    /** As spring.flyway.user does for an external database: migrations run as the owner, unpooled. */
    @Bean
    FlywayConfigurationCustomizer migrateAsOwner(EmbeddedPostgres server, EmbeddedRoles roles) {
        return configuration -> configuration.dataSource(roles.dataSource(server.getPort(), EmbeddedRoles.OWNER));
    }
}
