package org.complaintledger.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.axonframework.common.DateTimeUtils;
import org.complaintledger.testsupport.MigratedBefore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Tokens made with fewer segments than configured are split on start, as Axon's own split would, or left alone. */
class TokenSegmentSplitTest {

    private static final Duration CLAIM_TIMEOUT = Duration.ofSeconds(10);
    private static EmbeddedPostgres server;
    private JdbcTemplate jdbc;
    private TokenSegmentSplit split;

    @BeforeAll
    static void startServer() throws Exception {
        server = EmbeddedPostgres.builder().start();
    }

    @AfterAll
    static void stopServer() throws Exception {
        server.close();
    }

    @BeforeEach
    void migrated() {
        jdbc = new JdbcTemplate(server.getPostgresDatabase());
        MigratedBefore.migrateAll(jdbc.getDataSource());
        jdbc.update("DELETE FROM token_entry");
        split = new TokenSegmentSplit(jdbc, new TransactionTemplate(new DataSourceTransactionManager(
                jdbc.getDataSource())), Map.of("case-summary", 4), CLAIM_TIMEOUT);
    }

    @Test
    void oneSegmentBecomesFourEachStartingWhereTheWholeWas() {
        token("case-summary", 0, "{\"index\":41}", null);

        split.afterSingletonsInstantiated();

        assertThat(segments("case-summary")).containsExactly(0, 1, 2, 3);
        assertThat(jdbc.queryForList("SELECT DISTINCT convert_from(token, 'UTF8') FROM token_entry", String.class))
                .containsExactly("{\"index\":41}");
        split.afterSingletonsInstantiated();
        assertThat(segments("case-summary")).as("a second start").containsExactly(0, 1, 2, 3);
    }

    @Test
    void twoSegmentsBecomeFourEachHalfCopyingItsOwn() {
        token("case-summary", 0, "{\"index\":7}", null);
        token("case-summary", 1, "{\"index\":9}", null);

        assertThat(split.split("case-summary", 4)).isEqualTo(4);

        assertThat(jdbc.queryForList("SELECT segment || '=' || convert_from(token, 'UTF8') FROM token_entry "
                + "ORDER BY segment", String.class))
                .containsExactly("0={\"index\":7}", "1={\"index\":9}", "2={\"index\":7}", "3={\"index\":9}");
    }

    @Test
    void aSegmentClaimedByALiveProcessIsLeftAloneUntilItStops() {
        token("case-summary", 0, "{\"index\":3}", "node-still-running");

        assertThat(split.split("case-summary", 4)).isEqualTo(1);
        assertThat(segments("case-summary")).containsExactly(0);
    }

    @Test
    void aClaimOlderThanTheClaimTimeoutIsADeadProcessAndIsSplit() {
        token("case-summary", 0, "{\"index\":3}", "node-that-died");
        jdbc.update("UPDATE token_entry SET timestamp = ?",
                DateTimeUtils.formatInstant(Instant.now().minus(CLAIM_TIMEOUT).minusSeconds(1)));

        assertThat(split.split("case-summary", 4)).isEqualTo(4);
    }

    @Test
    void countsThatAreNotPowersOfTwoAreNotSplit() {
        for (int segment = 0; segment < 3; segment++) {
            token("case-summary", segment, "{\"index\":1}", null);
        }

        assertThat(split.split("case-summary", 4)).isEqualTo(3);
        assertThat(split.split("due-steps", 4)).as("no tokens yet: Axon makes them").isZero();
    }

    private void token(String processor, int segment, String token, String owner) {
        jdbc.update("INSERT INTO token_entry (processor_name, segment, token, token_type, timestamp, owner) "
                        + "VALUES (?, ?, convert_to(?, 'UTF8'), 'GapAwareTrackingToken', ?, ?)", processor, segment,
                token, DateTimeUtils.formatInstant(Instant.now()), owner);
    }

    private List<Integer> segments(String processor) {
        return jdbc.queryForList("SELECT segment FROM token_entry WHERE processor_name = ? ORDER BY segment",
                Integer.class, processor);
    }
}
