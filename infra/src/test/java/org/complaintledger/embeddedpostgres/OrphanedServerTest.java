package org.complaintledger.embeddedpostgres;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cluster still served by a PostgreSQL left running is refused with a message saying what to do. */
class OrphanedServerTest {

    @TempDir
    Path dataDirectory;

    @Test
    void refusesADirectoryAPostgresServerStillServes() throws IOException {
        try (EmbeddedPostgres running = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory).setCleanDataDirectory(false).start()) {
            assertThatThrownBy(() -> DurableEmbeddedPostgres.refuseIfStillServed(dataDirectory))
                    .isInstanceOf(IOException.class)
                    .hasMessageContaining("is still running on " + dataDirectory)
                    .hasMessageContaining("kill ");
        }
        assertThatCode(() -> DurableEmbeddedPostgres.refuseIfStillServed(dataDirectory)).doesNotThrowAnyException();
    }

    @Test
    void ignoresAStalePidFileWhosePidIsNowSomeOtherProgram() throws IOException {
        Files.writeString(dataDirectory.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + dataDirectory);
        assertThatCode(() -> DurableEmbeddedPostgres.refuseIfStillServed(dataDirectory)).doesNotThrowAnyException();
    }
}
