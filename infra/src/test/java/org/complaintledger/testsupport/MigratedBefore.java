package org.complaintledger.testsupport;

import java.util.Arrays;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;

/** A database as an older ledger left it: every migration applied up to, not including, a given one. */
public final class MigratedBefore {

    private MigratedBefore() {
    }

    /** Applies the ledger's migrations older than {@code version}, whichever they are (others may be added). */
    public static void migrate(DataSource database, String version) {
        Flyway all = Flyway.configure().dataSource(database).locations("classpath:db/migration").load();
        MigrationVersion before = MigrationVersion.fromVersion(version);
        MigrationVersion last = Arrays.stream(all.info().all()).map(MigrationInfo::getVersion)
                .filter(v -> v.compareTo(before) < 0)
                .max(MigrationVersion::compareTo).orElseThrow();
        Flyway.configure().configuration(all.getConfiguration()).target(last).load().migrate();
    }

    /** Applies every migration, as the ledger does on start. */
    public static void migrateAll(DataSource database) {
        Flyway.configure().dataSource(database).locations("classpath:db/migration").load().migrate();
    }
}
