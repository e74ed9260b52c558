package org.complaintledger.projectiontest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.complaintledger.readmodel.MemoryTables;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.readmodel.Projection;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A real PostgreSQL, embedded as the application runs it by default, with the Flyway migrations applied, for the
 * projections' own tests. Registered on a static field ({@code @RegisterExtension}), it starts before the class's first
 * test and stops after its last, deleting its temporary data directory.
 */
public final class ProjectionDatabase implements BeforeAllCallback, AfterAllCallback {

    private final String[] locations;
    private EmbeddedPostgres postgres;
    private JdbcTemplate jdbc;

    private ProjectionDatabase(String... locations) {
        this.locations = locations;
    }

    /** With this module's migrations, as the application applies them (in version order). */
    public static ProjectionDatabase withModuleMigrations() {
        return new ProjectionDatabase("classpath:db/migration");
    }

    /**
     * With infra's migrations as well: the tables of {@code RetentionProjection} and
     * {@code InvestigatorGrantsProjection} are created by infra's V4 and V6, which this module's classpath does not
     * hold, so they are read from infra's sources (the tests run in the module's directory).
     */
    public static ProjectionDatabase withInfraMigrations() {
        Path infra = Path.of("..", "infra", "src", "main", "resources", "db", "migration").toAbsolutePath().normalize();
        if (!Files.isDirectory(infra)) {
            throw new IllegalStateException("infra's migrations are not at " + infra);
        }
        return new ProjectionDatabase("classpath:db/migration", "filesystem:" + infra);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        postgres = EmbeddedPostgres.start();
        jdbc = new JdbcTemplate(postgres.getPostgresDatabase());
        Flyway.configure().dataSource(postgres.getPostgresDatabase()).locations(locations).load().migrate();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        postgres.close();
    }

    public JdbcTemplate jdbc() {
        return jdbc;
    }

    /**
     * Rebuilds {@code projection}'s tables as a rebuild does: {@code events} applied to its tables in memory, then the
     * tables emptied and the rows copied in, in one transaction.
     */
    public void rebuildInMemory(Projection projection, List<?> payloads) {
        MemoryTables memory = new MemoryTables(jdbc);
        Projection rebuilt = projection.over(memory);
        payloads.forEach(payload -> rebuilt.apply(payload instanceof ProjectedEvent event ? event
                : new ProjectedEvent(payload, Instant.EPOCH, null, 0)));
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("TRUNCATE " + String.join(", ", projection.tables()));
            }
            memory.copyInto(connection, Map.of());
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void empty(String... tables) {
        jdbc.execute("TRUNCATE " + String.join(", ", tables));
    }

    /**
     * The rows {@code sql} reads, each column by name in the query's order, timestamps as {@link java.time.Instant}
     * and dates as {@link java.time.LocalDate}, so rows compare with {@code equals} and print readably.
     */
    public List<Map<String, Object>> rows(String sql, Object... args) {
        return jdbc.queryForList(sql, args).stream().map(ProjectionDatabase::readable).toList();
    }

    private static Map<String, Object> readable(Map<String, Object> row) {
        Map<String, Object> readable = new LinkedHashMap<>();
        row.forEach((column, value) -> readable.put(column, switch (value) {
            case Timestamp t -> t.toInstant();
            case Date d -> d.toLocalDate();
            case null, default -> value;
        }));
        return readable;
    }

    /** Columns and values, in pairs, as a row to compare with; values may be null (which {@code Map.of} refuses). */
    public static Map<String, Object> row(Object... columnsAndValues) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 0; i < columnsAndValues.length; i += 2) {
            row.put((String) columnsAndValues[i], columnsAndValues[i + 1]);
        }
        return row;
    }
}
