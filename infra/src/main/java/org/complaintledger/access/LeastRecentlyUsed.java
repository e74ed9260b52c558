package org.complaintledger.access;

import java.io.Serial;
import java.util.LinkedHashMap;
import java.util.Map;

/** A map of at most {@code most} entries that forgets the least recently used first; not thread-safe. */
final class LeastRecentlyUsed<K, V> extends LinkedHashMap<K, V> {

    @Serial
    private static final long serialVersionUID = 1L;

    private final int most;

    LeastRecentlyUsed(int most) {
        super(16, 0.75f, true);
        this.most = most;
    }

    @Override
    protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
        return size() > most;
    }
}
