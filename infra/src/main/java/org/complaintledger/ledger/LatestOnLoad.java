package org.complaintledger.ledger;

import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.axonframework.common.Registration;
import org.axonframework.common.caching.Cache;
import org.axonframework.eventsourcing.AggregateCacheEntry;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A cache of aggregates that hands out an aggregate only while it is as new as the ledger: on every load (Axon reads
 * the cache in the command's transaction, under the aggregate's lock) the stored last sequence number is read, one
 * index lookup, and a cached aggregate behind it is dropped so that Axon loads it from its events. Without this, a
 * complaint another process had moved on would be decided on its old state; a step it refused on that state would
 * be a wrong refusal, and only a step that appended would be caught (by the unique sequence number). What another
 * process appends between this check and the commit is still caught there, and the command is tried once more
 * ({@link RetryOnceOnConcurrentChange}).
 */
final class LatestOnLoad implements Cache {

    private final Cache cached;
    private final JdbcTemplate jdbc;

    LatestOnLoad(Cache cached, JdbcTemplate jdbc) {
        this.cached = cached;
        this.jdbc = jdbc;
    }

    @Override
    public <K, V> V get(K key) {
        V value = cached.get(key);
        if (value instanceof AggregateCacheEntry<?> entry && !storedVersionIs(key, versionOf(entry))) {
            cached.remove(key);
            return null;
        }
        return value;
    }

    private boolean storedVersionIs(Object aggregateId, Long version) {
        Long stored = jdbc.queryForObject("SELECT max(sequence_number) FROM domain_event_entry "
                + "WHERE aggregate_identifier = ?", Long.class, aggregateId.toString());
        return version != null && version.equals(stored);
    }

    /**
     * The entry's aggregate as it was put: an entry made in this process holds the aggregate itself, which is handed
     * back without the model, store or triggers (they are for an entry read back from a serialized cache, which
     * this one never is).
     */
    private static Long versionOf(AggregateCacheEntry<?> entry) {
        var aggregate = entry.recreateAggregate(null, null, null, NoSnapshotTriggerDefinition.INSTANCE);
        return aggregate == null ? null : aggregate.version();
    }

    @Override
    public void put(Object key, Object value) {
        cached.put(key, value);
    }

    @Override
    public boolean putIfAbsent(Object key, Object value) {
        return cached.putIfAbsent(key, value);
    }

    @Override
    public <T> T computeIfAbsent(Object key, Supplier<T> valueSupplier) {
        return cached.computeIfAbsent(key, valueSupplier);
    }

    @Override
    public boolean remove(Object key) {
        return cached.remove(key);
    }

    @Override
    public void removeAll() {
        cached.removeAll();
    }

    @Override
    public boolean containsKey(Object key) {
        return cached.containsKey(key);
    }

    @Override
    public <V> void computeIfPresent(Object key, UnaryOperator<V> update) {
        cached.computeIfPresent(key, update);
    }

    @Override
    public Registration registerCacheEntryListener(EntryListener listener) {
        return cached.registerCacheEntryListener(listener);
    }
}
