package org.complaintledger.embeddedpostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.complaintledger.proof.LedgerKeys;

/**
 * A checkpoint signing key for a ledger started on an external database, which generates none of its own
 * (docs/operations.md, "Checkpoint signing key"): an owner-only PEM file in the test's own directory.
 */
final class TestSigningKey {

    private TestSigningKey() {
    }

    /** Writes a fresh key into {@code directory} and answers the ledger's argument naming it. */
    static String argument(Path directory) {
        return "--complaint-ledger.proof.signing-key.file=" + file(directory);
    }

    static Path file(Path directory) {
        try {
            Path file = Files.writeString(directory.resolve("ledger-signing-key.pem"),
                    LedgerKeys.privatePem(LedgerKeys.generate().getPrivate()));
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
