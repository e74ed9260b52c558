package org.complaintledger.selfcheck;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What guards the tables the self-check reads, still in place: each append-only trigger there and enabled (V1, V21,
 * V22; disabling one is the first step of every tampering, and one left disabled is evidence of it), and each unique
 * key the checks rely on to meet every row once (an event and its chain row, a leaf and its event).
 */
final class LedgerGuards {

    /** The append-only triggers on the tables verified. */
    static final List<String> TRIGGERS = List.of(
            "domain_event_entry_no_update_or_delete", "domain_event_entry_no_truncate",
            "event_chain_no_update_or_delete", "event_chain_no_truncate",
            "ledger_leaf_no_update_or_delete", "ledger_leaf_no_truncate",
            "ledger_subtree_no_update_or_delete", "ledger_subtree_no_truncate",
            "ledger_checkpoint_no_update_or_delete", "ledger_checkpoint_no_truncate",
            "ledger_signing_key_no_update_or_delete", "ledger_refused_event_no_update_or_delete");

    /** The unique keys relied on, as table and columns in key order. */
    static final List<String> UNIQUE_KEYS = List.of(
            "domain_event_entry (global_index)", "domain_event_entry (event_identifier)",
            "domain_event_entry (aggregate_identifier, sequence_number)",
            "event_chain (event_identifier)", "event_chain (aggregate_identifier, sequence_number)",
            "ledger_leaf (leaf_index)", "ledger_leaf (global_index)", "ledger_leaf (event_identifier)",
            "ledger_subtree (level, subtree_index)", "ledger_checkpoint (checkpoint_id)",
            "ledger_signing_key (key_id)");

    private static final String TRIGGERS_NOW = """
            SELECT t.tgname, t.tgenabled FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
            WHERE NOT t.tgisinternal AND c.relnamespace = to_regnamespace(current_schema())""";

    private static final String UNIQUE_KEYS_NOW = """
            SELECT c.relname || ' (' || string_agg(a.attname, ', ' ORDER BY k.position) || ')'
            FROM pg_index i
            JOIN pg_class c ON c.oid = i.indrelid
            CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, position)
            JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
            WHERE i.indisunique AND i.indisvalid AND i.indpred IS NULL
              AND c.relnamespace = to_regnamespace(current_schema())
            GROUP BY i.indexrelid, c.relname""";

    private LedgerGuards() {
    }

    static void check(Connection connection, Findings findings) throws SQLException {
        Map<String, String> triggers = new HashMap<>();
        Set<String> keys = new HashSet<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet row = statement.executeQuery(TRIGGERS_NOW)) {
                while (row.next()) {
                    triggers.put(row.getString(1), row.getString(2));
                }
            }
            try (ResultSet row = statement.executeQuery(UNIQUE_KEYS_NOW)) {
                while (row.next()) {
                    keys.add(row.getString(1));
                }
            }
        }
        for (String trigger : TRIGGERS) {
            String enabled = triggers.get(trigger);
            if (enabled == null) {
                findings.add(guard("the append-only trigger " + trigger + " is gone: someone dropped it"));
            } else if (enabled.equals("D")) {
                findings.add(guard("the append-only trigger " + trigger + " is disabled: someone disabled it, and "
                        + "the table can be changed"));
            }
        }
        for (String key : UNIQUE_KEYS) {
            if (!keys.contains(key)) {
                findings.add(guard("the unique key on " + key + " is gone: rows there may be stored twice"));
            }
        }
    }

    private static Failure guard(String reason) {
        return new Failure(Failure.Concerns.GUARD, null, null, null, null, null, null, reason);
    }
}
