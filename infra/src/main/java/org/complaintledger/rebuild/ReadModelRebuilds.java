package org.complaintledger.rebuild;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.serialization.Serializer;
import org.complaintledger.code.InvalidField;
import org.complaintledger.readmodel.Projection;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * The read models' rebuilds, one at a time across every process on the database (a PostgreSQL advisory lock held
 * while it runs): which processing groups can be rebuilt, a rebuild started in the background or run to the end, and
 * where the latest stands.
 */
@Component
public class ReadModelRebuilds {

    private static final Logger LOG = LoggerFactory.getLogger(ReadModelRebuilds.class);
    /** The advisory lock key of rebuilds ("rebuild" in ASCII), apart from the ledger's other locks. */
    private static final long LOCK = 0x7265_6275_696c_64L;

    private final Map<String, List<Projection>> byGroup = new TreeMap<>();
    private final EventProcessingConfiguration processing;
    private final DataSource owner;
    private final Serializer eventSerializer;
    private final org.axonframework.config.Configuration axon;
    private final ProcessorTokens tokens;
    private final AtomicReference<ReadModelRebuild> latest = new AtomicReference<>();
    private final Clock clock = Clock.systemUTC();

    public ReadModelRebuilds(List<Projection> projections, EventProcessingConfiguration processing, Flyway flyway,
                             @Qualifier("eventSerializer") Serializer eventSerializer, Serializer serializer,
                             org.axonframework.config.Configuration axon) {
        projections.forEach(p -> byGroup.computeIfAbsent(p.processingGroup(), g -> new ArrayList<>()).add(p));
        this.processing = processing;
        this.owner = flyway.getConfiguration().getDataSource();
        this.eventSerializer = eventSerializer;
        this.axon = axon;
        this.tokens = new ProcessorTokens(serializer);
    }

    /** The processing groups a rebuild can rebuild (tracking, so with a position to move), by name. */
    public List<String> groups() {
        return byGroup.keySet().stream().filter(this::streaming).toList();
    }

    /** The tables each rebuildable group writes. */
    public Map<String, List<String>> tables() {
        Map<String, List<String>> tables = new TreeMap<>();
        groups().forEach(g -> tables.put(g, byGroup.get(g).stream().flatMap(p -> p.tables().stream()).toList()));
        return tables;
    }

    /** Where the latest rebuild of this process stands, if there was one. */
    public Optional<RebuildProgress> latest() {
        return Optional.ofNullable(latest.get()).map(ReadModelRebuild::progress);
    }

    public Optional<RebuildProgress> progress(String id) {
        return latest().filter(progress -> progress.id().equals(id));
    }

    /** Starts rebuilding {@code groups} (every group if none) in the background; where it stands at once. */
    public RebuildProgress start(Collection<String> groups) {
        Started started = begin(groups);
        Thread.ofPlatform().name("read-model-rebuild").daemon().start(() -> runHoldingLock(started));
        return started.rebuild().progress();
    }

    /** Rebuilds {@code groups} (every group if none) and answers how it ended. */
    public RebuildProgress rebuild(Collection<String> groups) {
        Started started = begin(groups);
        runHoldingLock(started);
        return started.rebuild().progress();
    }

    private record Started(ReadModelRebuild rebuild, Connection lock, ExecutorService workers) {
    }

    private Started begin(Collection<String> requested) {
        List<String> groups = checked(requested);
        Connection lock = lockOrRefuse();
        // deserialising is most of a rebuild's work: one worker per core
        ExecutorService workers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(),
                Thread.ofPlatform().name("read-model-rebuild-worker-", 0).daemon().factory());
        ReadModelRebuild rebuild = new ReadModelRebuild(UUID.randomUUID().toString(), groups,
                groups.stream().flatMap(g -> byGroup.get(g).stream()).toList(), owner,
                new LedgerScan(eventSerializer, axon.upcasterChain(), workers), tokens, clock);
        latest.set(rebuild);
        return new Started(rebuild, lock, workers);
    }

    private void runHoldingLock(Started started) {
        try (Connection lock = started.lock()) {
            ReadModelRebuild rebuild = started.rebuild();
            List<String> groups = rebuild.progress().processingGroups();
            // stopped together: each takes up to a second to finish its current poll of the event store
            rebuild.run(() -> CompletableFuture.allOf(groups.stream().map(g -> processor(g).shutdownAsync())
                            .toArray(CompletableFuture[]::new)).join(),
                    () -> groups.forEach(g -> processor(g).start()));
        } catch (SQLException e) {
            LOG.warn("Rebuild: could not release its lock: {}", e.toString());
        } finally {
            started.workers().shutdownNow();
        }
    }

    private List<String> checked(Collection<String> requested) {
        List<String> known = groups();
        if (requested == null || requested.isEmpty()) {
            return known;
        }
        for (String group : requested) {
            if (group == null || !known.contains(group)) {
                throw new InvalidField("processingGroups", "must name processing groups that can be rebuilt: "
                        + String.join(", ", known));
            }
        }
        return requested.stream().distinct().sorted().toList();
    }

    private Connection lockOrRefuse() {
        try {
            Connection connection = owner.getConnection();
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
                lock.setLong(1, LOCK);
                try (ResultSet locked = lock.executeQuery()) {
                    if (locked.next() && locked.getBoolean(1)) {
                        return connection;  // held until this connection closes, when the rebuild has ended
                    }
                }
            }
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException("could not take the rebuild lock", e);
        }
        throw new RebuildRunning(latest().filter(p -> !p.phase().finished()).orElse(null));
    }

    private boolean streaming(String group) {
        return processing.eventProcessorByProcessingGroup(group).filter(StreamingEventProcessor.class::isInstance)
                .isPresent();
    }

    private EventProcessor processor(String group) {
        return processing.eventProcessorByProcessingGroup(group).orElseThrow();
    }
}
