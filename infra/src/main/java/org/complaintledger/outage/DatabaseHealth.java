package org.complaintledger.outage;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The {@code db} health component, in place of Spring Boot's: DOWN at once while requests are meeting an outage
 * (without waiting on a probe of its own), and otherwise a probe bounded by the pool's connection timeout and
 * {@link #VALID_WITHIN}, never the 30 s Boot's check could hang.
 */
@Component("dbHealthIndicator")
class DatabaseHealth implements HealthIndicator {

    /** How long the probe's connection may take to answer, in whole seconds as JDBC counts them. */
    private static final int VALID_WITHIN = 1;

    private final DataSource dataSource;
    private final DatabaseOutages outages;

    DatabaseHealth(DataSource dataSource, DatabaseOutages outages) {
        this.dataSource = dataSource;
        this.outages = outages;
    }

    @Override
    public Health health() {
        Optional<DatabaseOutages.Failure> recent = outages.within(DatabaseOutages.RECENT);
        if (recent.isPresent()) {
            return down(recent.get());
        }
        try (Connection connection = dataSource.getConnection()) {
            if (connection.isValid(VALID_WITHIN)) {
                outages.reachable();
                return Health.up().withDetail("database", "PostgreSQL").build();
            }
            return down(outages.failed(new SQLException("the database did not answer within " + VALID_WITHIN + " s")));
        } catch (SQLException e) {
            return down(outages.failed(e));
        }
    }

    private static Health down(DatabaseOutages.Failure failure) {
        return Health.down().withDetail("error", failure.error()).withDetail("since", failure.at().toString()).build();
    }
}
