package org.complaintledger.testsupport;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.complaintledger.embeddedpostgres.EmbeddedRoles;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The test application's database as the owner of its tables, the role Flyway migrates as, for tests that must reach
 * past the runtime role's grants (to show that a trigger holds even for the owner, say). The application itself uses
 * the owner only to migrate and to swap in rebuilt read model tables (rebuild.ShadowTables), never for a request.
 */
public final class OwnerDatabase {

    private OwnerDatabase() {
    }

    public static DataSource of(ApplicationContext context) {
        Environment environment = context.getEnvironment();
        String flywayUser = environment.getProperty("spring.flyway.user");
        if (flywayUser != null) {
            return new DriverManagerDataSource(environment.getRequiredProperty("spring.datasource.url"), flywayUser,
                    environment.getProperty("spring.flyway.password"));
        }
        return context.getBean(EmbeddedRoles.class)
                .dataSource(context.getBean(EmbeddedPostgres.class).getPort(), EmbeddedRoles.OWNER);
    }
}
