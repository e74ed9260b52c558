package org.complaintledger.databaseroles;

import java.util.Map;

/**
 * What the application's runtime role may do to each table: the one place that says it. Every table Flyway has made is
 * granted exactly this on every start (see {@link RuntimeRoleGrants}); a table not named here is a read model or
 * Axon's bookkeeping, which the application rewrites and rebuilds at will, and gets {@link #READ_WRITE}. TRUNCATE,
 * REFERENCES and TRIGGER are never granted, nor any table's ownership, so the runtime role can neither empty a table
 * nor disable or drop the triggers that guard the ledger.
 */
final class RuntimePrivileges {

    static final String READ_WRITE = "SELECT, INSERT, UPDATE, DELETE";

    /** Rows are written once and never changed or removed by the application. */
    static final String APPEND_ONLY = "SELECT, INSERT";

    private static final Map<String, String> TABLES = Map.ofEntries(
            // The ledger itself: V1's triggers refuse UPDATE, DELETE and TRUNCATE even to the owner.
            Map.entry("domain_event_entry", APPEND_ONLY),
            // Whose personal data an aggregate holds, written once with its first event (V4).
            Map.entry("data_subject_of_aggregate", APPEND_ONLY),
            // A request's Idempotency-Key, written in the transaction of the events it appended (V2).
            Map.entry("idempotent_request", APPEND_ONLY),
            // The analysts' pseudonym secret, made once on first use (V7).
            Map.entry("pseudonym_secret", APPEND_ONLY),
            // Erasure sets a key NULL, the only change V4's trigger allows; SELECT ... FOR SHARE needs UPDATE too.
            // Never DELETE: a forgotten subject's row stays so that no new key is made for them.
            Map.entry("data_subject_key", "SELECT, INSERT, UPDATE"),
            // Axon stores a snapshot and prunes older ones; it never updates one.
            Map.entry("snapshot_event_entry", "SELECT, INSERT, DELETE"),
            // Each event's hash in its record's chain and the ledger's seal on it, written with the event (V21).
            Map.entry("event_chain", APPEND_ONLY),
            // Where the chains begin, written once by its migration (V23): the application only reads it.
            Map.entry("event_chain_start", "SELECT"),
            // When the start-up chaining of the events stored before chains finished, written once (V23).
            Map.entry("event_chain_backfill_finished", APPEND_ONLY),
            // The ledger's Merkle tree, its signing keys and signed checkpoints (V22): appended, never changed.
            Map.entry("ledger_leaf", APPEND_ONLY),
            Map.entry("ledger_subtree", APPEND_ONLY),
            Map.entry("ledger_checkpoint", APPEND_ONLY),
            Map.entry("ledger_signing_key", APPEND_ONLY),
            Map.entry("ledger_refused_event", APPEND_ONLY),
            // The self-check's results and the failures each found (V24): what a check found stays as it found it.
            Map.entry("ledger_self_check", APPEND_ONLY),
            Map.entry("ledger_self_check_failure", APPEND_ONLY),
            // The checkpoints each complaint's case bundles were proven in (V25), for the next bundle's proofs.
            Map.entry("case_bundle_checkpoint", APPEND_ONLY),
            // Each source step the bulk import put on the ledger, written with its events (V28).
            Map.entry("imported_source_step", APPEND_ONLY));

    private RuntimePrivileges() {
    }

    static String of(String table) {
        return TABLES.getOrDefault(table, READ_WRITE);
    }

    static boolean appendOnly(String table) {
        return APPEND_ONLY.equals(of(table));
    }
}
