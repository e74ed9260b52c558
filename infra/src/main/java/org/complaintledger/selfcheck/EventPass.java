package org.complaintledger.selfcheck;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import org.complaintledger.provenance.AppendSeals;
import org.postgresql.PGStatement;

/**
 * The self-check's pass over every event, in one streaming read (a server-side cursor: the ledger is never in
 * memory), each event with its chain row and the leaf at its global_index, in whatever order the database joins them
 * fastest ({@link Findings} orders what fails). This thread reads; batches of events are hashed and checked
 * ({@link EventCheck}) by the hashing threads meanwhile, a few batches ahead at most.
 */
final class EventPass {

    static final String SELECT = """
            SELECT e.global_index, e.event_identifier, e.aggregate_identifier, e.type, e.sequence_number,
                   e.payload_type, e.payload_revision, e.time_stamp, e.payload, e.meta_data,
                   c.event_identifier IS NOT NULL, c.aggregate_identifier, c.sequence_number, c.previous_hash,
                   c.event_hash, c.seal_key_id, c.append_seal,
                   l.leaf_index, l.event_identifier, l.aggregate_identifier, s.hash
            FROM domain_event_entry e
            LEFT JOIN event_chain c ON c.event_identifier = e.event_identifier
            LEFT JOIN ledger_leaf l ON l.global_index = e.global_index
            LEFT JOIN ledger_subtree s ON s.level = 0 AND s.subtree_index = l.leaf_index""";

    /**
     * Memory for the joins of this transaction only: enough to hash the chain rows, leaves and leaf hashes of a few
     * million events and stream the events past them once, rather than probe three indexes per event (about three
     * times slower here) or spill to disk. The planner still chooses; a larger ledger gets batches.
     */
    static final String JOIN_MEMORY = "SET LOCAL work_mem = '256MB'";

    /** Rows per round trip: a few megabytes of events. */
    static final int FETCH = 2_000;
    /** Events per batch handed to a hashing thread. */
    static final int BATCH = 500;

    /** What the pass read: events, how many had a chain row and a leaf, and the bytes their hashes read. */
    record Counts(long events, long chained, long leaves, long bytesHashed) {
    }

    private final AppendSeals seals;
    private final AdmissionState admission;
    private final Findings findings;
    private final Executor hashing;
    private final int hashingThreads;

    EventPass(AppendSeals seals, AdmissionState admission, Findings findings, Executor hashing,
              int hashingThreads) {
        this.seals = seals;
        this.admission = admission;
        this.findings = findings;
        this.hashing = hashing;
        this.hashingThreads = hashingThreads;
    }

    Counts run(Connection connection) throws SQLException, InterruptedException {
        ThreadLocal<EventCheck> checks = ThreadLocal.withInitial(() -> new EventCheck(seals, admission));
        Ahead ahead = new Ahead(hashing, hashingThreads);
        LongAdder bytes = new LongAdder();
        long events = 0;
        long chained = 0;
        long leaves = 0;
        try (Statement memory = connection.createStatement()) {
            memory.execute(JOIN_MEMORY);
        }
        try (PreparedStatement statement = connection.prepareStatement(SELECT)) {
            // Binary transfer from the first execution: bytea arrives as bytes, not as hex text to decode.
            statement.unwrap(PGStatement.class).setPrepareThreshold(-1);
            statement.setFetchSize(FETCH);
            try (ResultSet rows = statement.executeQuery()) {
                EventRow[] batch = new EventRow[BATCH];
                int size = 0;
                while (rows.next()) {
                    EventRow row = EventRow.read(rows);
                    events++;
                    chained += row.chain() == null ? 0 : 1;
                    leaves += row.leaf() == null ? 0 : 1;
                    batch[size++] = row;
                    if (size == BATCH) {
                        hand(ahead, batch, size, checks, bytes);
                        batch = new EventRow[BATCH];
                        size = 0;
                    }
                }
                hand(ahead, batch, size, checks, bytes);
            }
        } finally {
            ahead.finish();
        }
        return new Counts(events, chained, leaves, bytes.sum());
    }

    private void hand(Ahead ahead, EventRow[] batch, int size, ThreadLocal<EventCheck> checks, LongAdder bytes)
            throws InterruptedException {
        if (size == 0) {
            return;
        }
        ahead.hand(() -> {
            EventCheck check = checks.get();
            long hashed = 0;
            for (int i = 0; i < size; i++) {
                EventRow row = batch[i];
                String reasons = check.reasons(row);
                if (reasons != null) {
                    findings.add(row.failure(reasons));
                }
                if (row.chain() != null) {
                    hashed += EncodedLength.of(row.event());
                }
            }
            bytes.add(hashed);
        });
    }
}
