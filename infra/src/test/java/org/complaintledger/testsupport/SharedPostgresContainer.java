package org.complaintledger.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.complaintledger.proof.LedgerKeys;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * One PostgreSQL container for the whole test JVM (Testcontainers' Ryuk removes it at exit), with a new database for
 * each test application context, so contexts are as isolated as with the embedded default but start faster. Each
 * database belongs to an owner role that Flyway migrates as, and the application works as a runtime role, as
 * docs/operations.md has an operator set them up, so every test exercises the runtime role's grants.
 */
final class SharedPostgresContainer {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static final String OWNER = "ledger_owner";
    private static final String RUNTIME = "ledger_runtime";
    private static final String OWNER_PASSWORD = "ledger-test-owner";
    private static final String RUNTIME_PASSWORD = "ledger-test-runtime";

    private SharedPostgresContainer() {
    }

    static synchronized Map<String, String> newDatabase() {
        PostgreSQLContainer server = Holder.SERVER;
        String database = "ledger_" + DATABASES.incrementAndGet();
        try (Connection connection = DriverManager.getConnection(
                server.getJdbcUrl(), server.getUsername(), server.getPassword());
             Statement statement = connection.createStatement()) {
            for (String[] role : new String[][] {{OWNER, OWNER_PASSWORD}, {RUNTIME, RUNTIME_PASSWORD}}) {
                statement.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + role[0]
                        + "') THEN CREATE ROLE " + role[0] + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE PASSWORD '"
                        + role[1] + "'; END IF; END $$");
            }
            statement.execute("CREATE DATABASE " + database + " OWNER " + OWNER);
            statement.execute("REVOKE TEMPORARY ON DATABASE " + database + " FROM PUBLIC");
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + database, e);
        }
        String url = "jdbc:postgresql://%s:%d/%s".formatted(
                server.getHost(), server.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT), database);
        return Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", RUNTIME,
                "spring.datasource.password", RUNTIME_PASSWORD,
                "spring.flyway.user", OWNER,
                "spring.flyway.password", OWNER_PASSWORD,
                // An external database needs a key-encryption key configured (the ledger generates none for it).
                "complaint-ledger.personal-data.key-encryption.keys[0].id", "test-kek",
                "complaint-ledger.personal-data.key-encryption.keys[0].file", KeyEncryptionKeyFile.PATH.toString(),
                // And a checkpoint signing key (docs/operations.md, "Checkpoint signing key").
                "complaint-ledger.proof.signing-key.file", SigningKeyFile.PATH.toString());
    }

    /** One checkpoint signing key for the whole test JVM, in an owner-only PEM file deleted at exit. */
    private static final class SigningKeyFile {
        private static final Path PATH = create();

        private static Path create() {
            try {
                Path file = Files.createTempFile("ledger-test-signing-key-", ".pem",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                file.toFile().deleteOnExit();
                return Files.writeString(file, LedgerKeys.privatePem(LedgerKeys.generate().getPrivate()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** One key-encryption key for the whole test JVM, in an owner-only file deleted at exit. */
    private static final class KeyEncryptionKeyFile {
        private static final Path PATH = create();

        private static Path create() {
            try {
                Path file = Files.createTempFile("ledger-test-kek-", "",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                file.toFile().deleteOnExit();
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                return Files.writeString(file, Base64.getEncoder().encodeToString(key));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Started on first use only, so a JVM without Docker never touches it. */
    private static final class Holder {
        @SuppressWarnings("resource")
        private static final PostgreSQLContainer SERVER = start();

        private static PostgreSQLContainer start() {
            PostgreSQLContainer server = new PostgreSQLContainer("postgres:18");
            server.start();
            return server;
        }
    }
}
