package org.complaintledger.embeddedpostgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without a datasource URL the ledger keeps its events in a durable PostgreSQL cluster on disk. */
class EmbeddedDefaultTest {

    @TempDir
    Path home;

    @Test
    void keepsEventsAcrossARestart() {
        Path dataDirectory = home.resolve("data");
        String id;
        try (LedgerProcess first = LedgerProcess.startEmbedded(dataDirectory)) {
            assertThat(first.context().getBeansOfType(EmbeddedPostgres.class)).hasSize(1);
            // zonky's defaults (-F, synchronous_commit=off) would lose committed events in a crash.
            assertThat(first.setting("fsync")).isEqualTo("on");
            assertThat(first.setting("synchronous_commit")).isEqualTo("on");
            assertThat(first.setting("full_page_writes")).isEqualTo("on");
            assertThat(first.setting("listen_addresses")).isEqualTo("localhost");
            id = first.appendNote("written before the restart");
        }
        assertThat(dataDirectory.resolve("postmaster.pid")).as("server stopped on close").doesNotExist();
        assertThat(dataDirectory.resolve("PG_VERSION")).as("cluster kept on close").exists();

        try (LedgerProcess second = LedgerProcess.startEmbedded(dataDirectory)) {
            assertThat(second.notes(id)).containsExactly(new LedgerProcess.Note("written before the restart"));
            assertThat(second.setting("fsync")).isEqualTo("on");
        }
    }

    @Test
    void refusesToStartWithoutAUsableDataDirectory() throws Exception {
        Path notADirectory = Files.writeString(home.resolve("data"), "a file where the cluster should be");

        assertThatThrownBy(() -> LedgerProcess.startEmbedded(notADirectory).close())
                .hasStackTraceContaining("cannot keep the ledger's PostgreSQL cluster in " + notADirectory)
                .hasRootCauseInstanceOf(FileAlreadyExistsException.class);
        assertThat(Files.readString(notADirectory)).isEqualTo("a file where the cluster should be");
    }
}
