package org.complaintledger.keyfiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Secrets the ledger keeps in files of their own (the key-encryption key, the checkpoint signing key): readable by
 * their owner only, as ssh insists for private keys. A key anyone else on the host may read is kept outside nothing.
 */
public final class OwnerOnlyFiles {

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private OwnerOnlyFiles() {
    }

    /**
     * Refuses (IllegalStateException naming {@code what} and the fix) a file that others may read or write. On a
     * file system without POSIX permissions its ACLs are the operator's to check.
     */
    public static void refuseUnlessOwnerOnly(String what, Path file) throws IOException {
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (!OWNER_ONLY.containsAll(permissions)) {
            throw new IllegalStateException(what + ": " + file + " may be read by others ("
                    + PosixFilePermissions.toString(permissions) + "); allow its owner only: chmod 600 " + file);
        }
    }

    /**
     * Creates {@code file} (and its directory) holding {@code text}, owner-only from the start: never readable by
     * others, not even briefly. Fails if the file exists, so a key once made is never overwritten.
     */
    public static void create(Path file, String text) throws IOException {
        Path directory = file.toAbsolutePath().getParent();
        Files.createDirectories(directory);
        Path created = Files.getFileAttributeView(directory, PosixFileAttributeView.class) == null
                ? Files.createFile(file)
                : Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
        Files.writeString(created, text, StandardCharsets.US_ASCII);
    }
}
