package org.complaintledger.provenance;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.complaintledger.proof.StoredEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Chains and seals, on start-up, the events stored before the ledger chained events as it appended them (those up to
 * {@code event_chain_start.unchained_through}, V23) that have no chain row yet: record by record in sequence order, in
 * batches of their own transactions. It runs before the ledger serves anything (after every bean, Flyway included,
 * and before the web server and the event processors start), so no command appends to a record it has not chained.
 *
 * <p>Safe to run again (it chains only what has no chain row, so a start after an interrupted run finishes the job)
 * and from several processes at once: each batch takes a transaction-scoped advisory lock before it reads, so no two
 * processes chain the same events. When a run finds nothing left it records that it has finished
 * ({@code event_chain_backfill_finished}), and no later start chains anything: an old event whose chain row went
 * missing since is left for the self-check to name, not sealed again as it now reads.
 */
public class ChainBackfill implements SmartInitializingSingleton {

    /** The advisory lock of this job's batches; the ASCII of "cl-chain". */
    static final long LOCK = 0x636c2d636861696eL;
    static final int BATCH = 1_000;
    /** How many unchainable events a run names (the self-check names them all). */
    private static final int NAMED = 10;

    private static final Logger log = LoggerFactory.getLogger(ChainBackfill.class);
    private static final String UNCHAINED = "SELECT " + StoredEventRows.COLUMNS + " FROM domain_event_entry e "
            + "WHERE e.global_index <= (SELECT unchained_through FROM event_chain_start) "
            + "AND (e.aggregate_identifier, e.sequence_number) > (?, ?) "
            + "AND NOT EXISTS (SELECT FROM event_chain c WHERE c.event_identifier = e.event_identifier) "
            + "ORDER BY e.aggregate_identifier, e.sequence_number LIMIT ?";
    private static final String FINISHED = "SELECT EXISTS (SELECT FROM event_chain_backfill_finished)";
    private static final String FINISH = "INSERT INTO event_chain_backfill_finished (finished_at) VALUES (now()) "
            + "ON CONFLICT DO NOTHING";
    private static final String INSERT_LINK = "INSERT INTO event_chain (event_identifier, aggregate_identifier, "
            + "sequence_number, previous_hash, event_hash, seal_key_id, append_seal) VALUES (?, ?, ?, ?, ?, ?, ?)";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ChainLinks links;
    private final int batchSize;

    ChainBackfill(JdbcTemplate jdbc, TransactionTemplate transactions, ChainLinks links, int batchSize) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.links = links;
        this.batchSize = batchSize;
    }

    /**
     * What one run did.
     *
     * @param unchainable how many events were left without a link, their record's previous event being missing or
     *                    unchained (tampering before the upgrade, for the self-check to name)
     * @param firstUnchainable the first few of them
     */
    public record Outcome(long chained, long unchainable, List<StoredEvent> firstUnchainable) {
    }

    @Override
    public void afterSingletonsInstantiated() {
        long started = System.nanoTime();
        Outcome outcome = chainEventsStoredBeforeChaining();
        if (outcome.chained() > 0) {
            log.info("event chains: {} events stored before chaining began chained and sealed in {} ms",
                    outcome.chained(), (System.nanoTime() - started) / 1_000_000);
        }
        if (outcome.unchainable() > 0) {
            log.error("event chains: {} events stored before chaining began could not be chained, their record's "
                    + "previous event being missing (the self-check names them); the first: {}",
                    outcome.unchainable(), outcome.firstUnchainable());
        }
    }

    /** Chains every event stored before chaining began that has no chain row, unless a run has finished already. */
    public Outcome chainEventsStoredBeforeChaining() {
        if (Boolean.TRUE.equals(jdbc.queryForObject(FINISHED, Boolean.class))) {
            return new Outcome(0, 0, List.of());
        }
        String afterAggregate = "";
        long afterSequence = -1;
        long chained = 0;
        long unchainable = 0;
        List<StoredEvent> firstUnchainable = new ArrayList<>();
        while (true) {
            String aggregate = afterAggregate;
            long sequence = afterSequence;
            Batch batch = transactions.execute(status -> jdbc.execute(
                    (ConnectionCallback<Batch>) connection -> chainBatch(connection, aggregate, sequence)));
            chained += batch.chained();
            unchainable += batch.unchainable().size();
            batch.unchainable().stream().limit(NAMED - firstUnchainable.size()).forEach(firstUnchainable::add);
            if (batch.last() == null) {
                return new Outcome(chained, unchainable, List.copyOf(firstUnchainable));
            }
            afterAggregate = batch.last().aggregateIdentifier();
            afterSequence = batch.last().sequenceNumber();
        }
    }

    /**
     * One batch: the next unchained events after (aggregate, sequence) in record and sequence order, chained; or, if
     * there are none, the run's end recorded.
     */
    private Batch chainBatch(Connection connection, String afterAggregate, long afterSequence) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK);
            lock.execute();
        }
        List<StoredEvent> events = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement(UNCHAINED)) {
            select.setString(1, afterAggregate);
            select.setLong(2, afterSequence);
            select.setInt(3, batchSize);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    events.add(StoredEventRows.read(rows));
                }
            }
        }
        if (events.isEmpty()) {
            try (PreparedStatement finish = connection.prepareStatement(FINISH)) {
                finish.executeUpdate();
            }
            return new Batch(0, List.of(), null);
        }
        ChainLinks.Linked linked = links.link(connection, events);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_LINK)) {
            for (ChainLink link : linked.linked()) {
                insert.setString(1, link.eventIdentifier());
                insert.setString(2, link.aggregateIdentifier());
                insert.setLong(3, link.sequenceNumber());
                insert.setBytes(4, link.previousHash());
                insert.setBytes(5, link.eventHash());
                insert.setString(6, link.sealKeyId());
                insert.setBytes(7, link.appendSeal());
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return new Batch(linked.linked().size(), linked.unlinked(), events.getLast());
    }

    private record Batch(int chained, List<StoredEvent> unchainable, StoredEvent last) {
    }
}
