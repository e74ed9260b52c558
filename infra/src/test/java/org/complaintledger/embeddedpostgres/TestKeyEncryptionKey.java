package org.complaintledger.embeddedpostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

/**
 * A key-encryption key for a ledger started on an external database, which generates none of its own
 * (docs/operations.md, "Key-encryption keys"): an owner-only file in the test's own directory.
 */
final class TestKeyEncryptionKey {

    static final String ID = "kek-1";

    private TestKeyEncryptionKey() {
    }

    /** Writes a fresh key into {@code directory} and answers the ledger's arguments naming it. */
    static List<String> arguments(Path directory) {
        return List.of("--complaint-ledger.personal-data.key-encryption.keys[0].id=" + ID,
                "--complaint-ledger.personal-data.key-encryption.keys[0].file=" + file(directory));
    }

    static Path file(Path directory) {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        try {
            Path file = Files.writeString(directory.resolve(ID), Base64.getEncoder().encodeToString(key));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
