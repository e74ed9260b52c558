package org.complaintledger.embeddedpostgres;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * The passwords of the embedded cluster's three roles: the superuser that only sets the cluster up, the owner that
 * runs the migrations, and the runtime role the application works as. Generated once, on the first start of a cluster
 * that has none, and kept in the cluster's own directory (which PostgreSQL already keeps owner-only) in a file readable
 * by its owner only, so they go wherever the cluster goes, and no other local user can sign in.
 *
 * @param superuser password of {@link #SUPERUSER}
 * @param owner     password of {@link #OWNER}
 * @param runtime   password of {@link #RUNTIME}
 */
public record EmbeddedRoles(String superuser, String owner, String runtime) {

    public static final String SUPERUSER = "postgres";
    public static final String OWNER = "ledger_owner";
    public static final String RUNTIME = "ledger_runtime";
    public static final String DATABASE = "postgres";

    /** In the cluster directory; PostgreSQL ignores files it does not know. */
    static final String FILE = "complaint-ledger-roles.properties";

    /** Unpooled connections to the embedded server's ledger database as one of the three roles. */
    public DataSource dataSource(int port, String role) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {"localhost"});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(DATABASE);
        dataSource.setUser(role);
        dataSource.setPassword(switch (role) {
            case SUPERUSER -> superuser;
            case OWNER -> owner;
            case RUNTIME -> runtime;
            default -> throw new IllegalArgumentException("the embedded cluster has no role " + role);
        });
        return dataSource;
    }

    @Override
    public String toString() {
        return "EmbeddedRoles[passwords hidden]";
    }

    /** The passwords kept for this cluster, if it has any yet. */
    static Optional<EmbeddedRoles> read(Path dataDirectory) throws IOException {
        Path file = dataDirectory.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return Optional.of(new EmbeddedRoles(required(properties, SUPERUSER, file), required(properties, OWNER, file),
                required(properties, RUNTIME, file)));
    }

    /** The kept passwords, or new ones, kept before any role is given them (so a crash cannot lose one in use). */
    static EmbeddedRoles readOrGenerate(Path dataDirectory) throws IOException {
        Optional<EmbeddedRoles> kept = read(dataDirectory);
        if (kept.isPresent()) {
            return kept.get();
        }
        EmbeddedRoles roles = new EmbeddedRoles(generate(), generate(), generate());
        Properties properties = new Properties();
        properties.setProperty(SUPERUSER, roles.superuser());
        properties.setProperty(OWNER, roles.owner());
        properties.setProperty(RUNTIME, roles.runtime());
        Path partial = Files.createTempFile(dataDirectory, FILE, ".partial",
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer writer = Files.newBufferedWriter(partial)) {
            properties.store(writer, "Passwords of the ledger's embedded PostgreSQL roles: keep this file private");
        }
        Files.move(partial, dataDirectory.resolve(FILE), StandardCopyOption.ATOMIC_MOVE);
        return roles;
    }

    private static String required(Properties properties, String role, Path file) throws IOException {
        String password = properties.getProperty(role);
        if (password == null || password.isBlank()) {
            throw new IOException(file + " has no password for the role " + role);
        }
        return password;
    }

    /** 256 random bits in hex: nothing to quote in SQL. */
    private static String generate() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
