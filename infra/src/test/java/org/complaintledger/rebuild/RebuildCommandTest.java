package org.complaintledger.rebuild;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.complaintledger.LedgerApplication;
import org.complaintledger.http.LedgerClient;
import org.complaintledger.testsupport.TestAccounts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * {@code java -jar infra.jar rebuild case-summary} on a stopped ledger (the embedded default, on disk): the
 * application starts without its web server, rebuilds the group from every event, prints its progress and exits 0.
 */
class RebuildCommandTest {

    @TempDir
    Path home;

    @Test
    void rebuildsTheNamedGroupOfAStoppedLedgerAndSaysSo() {
        String dataDirectory = "--complaint-ledger.embedded-postgres.data-directory=" + home.resolve("data");
        long events;
        List<String> summaries;
        List<String> arguments = new ArrayList<>(List.of(dataDirectory, "--complaint-ledger.embedded-postgres.port=0",
                "--server.port=0"));
        arguments.addAll(TestAccounts.arguments());
        try (ConfigurableApplicationContext ledger = new SpringApplicationBuilder(LedgerApplication.class)
                .run(arguments.toArray(String[]::new))) {
            LedgerClient officer = new LedgerClient(Integer.parseInt(
                    ledger.getEnvironment().getRequiredProperty("local.server.port")));
            for (int i = 0; i < 3; i++) {
                officer.complaintThroughStageOne("RES-COMMAND-" + i, "Cora Command");
            }
            JdbcTemplate jdbc = ledger.getBean(JdbcTemplate.class);
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                    assertThat(jdbc.queryForObject("SELECT count(*) FROM case_summary", Long.class)).isEqualTo(3));
            events = jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
            summaries = jdbc.queryForList("SELECT complaint_id || ' ' || status FROM case_summary ORDER BY 1",
                    String.class);
        }

        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = RebuildCommand.run(LedgerApplication.class, new String[] {"case-summary", dataDirectory,
                "--complaint-ledger.embedded-postgres.port=0"}, new PrintStream(printed, true, StandardCharsets.UTF_8));

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isZero();
        assertThat(output.lines().toList().getLast())
                .startsWith("SWITCHED case-summary: " + events + " of " + events + " events (100%)")
                .endsWith(summaries.size() + " rows now live");
        try (ConfigurableApplicationContext ledger = new SpringApplicationBuilder(LedgerApplication.class)
                .run(dataDirectory, "--complaint-ledger.embedded-postgres.port=0", "--server.port=0")) {
            assertThat(ledger.getBean(JdbcTemplate.class).queryForList("SELECT complaint_id || ' ' || status "
                    + "FROM case_summary ORDER BY 1", String.class)).isEqualTo(summaries);
        }
    }
}
