package org.complaintledger.embeddedpostgres;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The tables the tracking processors build, as the test compares them between a database several nodes processed and
 * one a single node rebuilt from the same events: every row of every table, in a stable order, as a digest. An event
 * processed twice (a counter, a reschedule, a day's change count) or missed (a row short) changes a digest.
 */
final class ReadModels {

    /**
     * What is not built by a tracking processor: the ledger itself and what is written with its events, the
     * subscribing processors' tables (written in the command's transaction, never replayed), Axon's bookkeeping and
     * the nodes' own.
     */
    private static final Set<String> NOT_TRACKED = Set.of("flyway_schema_history", "domain_event_entry",
            "snapshot_event_entry", "data_subject_of_aggregate", "idempotent_request", "pseudonym_secret",
            "data_subject_key", "event_chain", "event_chain_start", "event_chain_backfill_finished", "ledger_leaf",
            "ledger_subtree", "ledger_admission", "ledger_admission_gap", "ledger_checkpoint", "ledger_signing_key", "ledger_refused_event", "ledger_self_check",
            "ledger_self_check_failure", "case_bundle_checkpoint", "investigator_grant", "closure_day",
            "saga_entry", "association_value_entry", "token_entry", "dead_letter_entry", "ledger_node",
            "erasure_generation", "imported_source_step");

    private ReadModels() {
    }

    static List<String> tables(JdbcTemplate jdbc) {
        return jdbc.queryForList("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename",
                String.class).stream().filter(table -> !NOT_TRACKED.contains(table)).toList();
    }

    /** Table to its row count and the digest of its rows. */
    static Map<String, String> digests(JdbcTemplate jdbc) {
        Map<String, String> digests = new TreeMap<>();
        for (String table : tables(jdbc)) {
            digests.put(table, jdbc.queryForObject("SELECT count(*) || ' rows, ' || md5(coalesce(string_agg(t::text, "
                    + "E'\\n' ORDER BY t::text), '')) FROM " + table + " t", String.class));
        }
        return digests;
    }

    /** Empties what the tracking processors build, and their tokens, so that a node starting on it rebuilds it all. */
    static void forget(JdbcTemplate jdbc) {
        List<String> tables = tables(jdbc);
        jdbc.execute("TRUNCATE " + String.join(", ", tables) + ", token_entry, dead_letter_entry, ledger_node");
    }

    static long head(JdbcTemplate jdbc) {
        Long head = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        return head == null ? -1 : head;
    }
}
