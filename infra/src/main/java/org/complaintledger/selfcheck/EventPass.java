package org.complaintledger.selfcheck;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.LongAdder;
import org.complaintledger.provenance.AppendSeals;

/**
 * The self-check's pass over every event, in one streaming read ({@link CopyRows}: the ledger is never in memory),
 * each event with its chain row and the leaf at its global_index, in whatever order the database joins them fastest
 * ({@link Findings} orders what fails). This thread reads; batches of events are hashed and checked
 * ({@link EventCheck}) by the hashing threads meanwhile, a few batches ahead at most.
 */
final class EventPass {

    /**
     * Each event as stored with its chain row's hashes and its leaf's index and stored hash. What the database can
     * compare itself — whether the chain row and the leaf are for this event, its record and place — it does, sending
     * the other values only when they differ (for the failure to name), and the seal only of an event not admitted:
     * about a tenth fewer bytes to send and read per event.
     */
    static final String SELECT = """
            SELECT e.global_index, e.event_identifier, e.aggregate_identifier, e.type, e.sequence_number,
                   e.payload_type, e.payload_revision, e.time_stamp, e.payload, e.meta_data,
                   c.event_identifier IS NOT NULL,
                   CASE WHEN c.aggregate_identifier <> e.aggregate_identifier
                             OR c.sequence_number <> e.sequence_number THEN c.aggregate_identifier END,
                   CASE WHEN c.aggregate_identifier <> e.aggregate_identifier
                             OR c.sequence_number <> e.sequence_number THEN c.sequence_number END,
                   c.previous_hash, c.event_hash,
                   CASE WHEN l.leaf_index IS NULL THEN c.seal_key_id END,
                   CASE WHEN l.leaf_index IS NULL THEN c.append_seal END,
                   l.leaf_index,
                   CASE WHEN l.event_identifier <> e.event_identifier THEN l.event_identifier END,
                   CASE WHEN l.aggregate_identifier <> e.aggregate_identifier THEN l.aggregate_identifier END,
                   s.hash
            FROM domain_event_entry e
            LEFT JOIN event_chain c ON c.event_identifier = e.event_identifier
            LEFT JOIN ledger_leaf l ON l.global_index = e.global_index
            LEFT JOIN ledger_subtree s ON s.level = 0 AND s.subtree_index = l.leaf_index""";

    /**
     * Memory for the joins of this transaction only: enough to hash the chain rows, leaves and leaf hashes of a few
     * million events and stream the events past them once, rather than probe three indexes per event (half as fast
     * again in trials here) or spill to disk. The planner still chooses; a larger ledger gets batches.
     */
    static final String JOIN_MEMORY = "SET LOCAL work_mem = '256MB'";

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
        try (CopyRows rows = new CopyRows(connection, SELECT)) {
            EventRow[] batch = new EventRow[BATCH];
            int size = 0;
            while (rows.next()) {
                events++;
                EventRow row;
                try {
                    row = EventRow.read(rows);
                } catch (EventRow.Malformed malformed) {
                    findings.add(malformed.failure);
                    continue;
                }
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
