package org.complaintledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Processors keep their position in the snake_case token_entry table, as JSON, and can read a replay back. */
@LedgerTest
class TokenStoreTest {

    @Autowired
    TokenStore tokenStore;

    @Autowired
    TransactionManager transactions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aProcessorReadsItsReplayTokenBackAfterAReset() {
        String processor = "infra-test-" + UUID.randomUUID();
        TrackingToken replay = ReplayToken.createReplayToken(
                new GlobalSequenceTrackingToken(41), new GlobalSequenceTrackingToken(7));

        transactions.executeInTransaction(() -> tokenStore.initializeTokenSegments(processor, 1));
        transactions.executeInTransaction(() -> {
            tokenStore.fetchToken(processor, 0);
            tokenStore.storeToken(replay, processor, 0);
            tokenStore.releaseClaim(processor, 0);
        });
        TrackingToken readBack = transactions.fetchInTransaction(() -> tokenStore.fetchToken(processor, 0));

        assertThat(readBack).isEqualTo(replay);
        List<String> stored = jdbc.query("SELECT token, token_type FROM token_entry WHERE processor_name = ?",
                (row, n) -> row.getString("token_type") + " " + new String(row.getBytes("token"), StandardCharsets.UTF_8),
                processor);
        assertThat(stored).singleElement().asString()
                .startsWith(ReplayToken.class.getName() + " {")
                .contains(GlobalSequenceTrackingToken.class.getName());
    }

    /** Axon must use the Flyway tables, never create its own CamelCase ones. */
    @Test
    void axonCreatedNoTablesOfItsOwn() {
        List<String> axonDefaults = List.of("domainevententry", "snapshotevententry", "tokenentry", "sagaentry",
                "associationvalueentry", "deadletterentry");
        List<String> tables = jdbc.queryForList(
                "SELECT lower(table_name) FROM information_schema.tables WHERE table_schema = current_schema()",
                String.class);

        assertThat(tables).contains("domain_event_entry", "snapshot_event_entry", "token_entry", "saga_entry",
                "association_value_entry").doesNotContainAnyElementsOf(axonDefaults);
    }
}
