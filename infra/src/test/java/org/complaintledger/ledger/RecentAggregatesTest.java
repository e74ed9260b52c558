package org.complaintledger.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.common.caching.Cache;
import org.junit.jupiter.api.Test;

class RecentAggregatesTest {

    private final RecentAggregates cache = new RecentAggregates(2);

    @Test
    void keepsTheMostRecentlyUsedAndExpiresTheLeastRecentlyUsed() {
        List<Object> expired = new ArrayList<>();
        cache.registerCacheEntryListener(new Cache.EntryListenerAdapter() {
            @Override
            public void onEntryExpired(Object key) {
                expired.add(key);
            }
        });
        cache.put("C-1", "first");
        cache.put("C-2", "second");
        assertThat((String) cache.get("C-1")).isEqualTo("first"); // C-1 is now the most recently used

        cache.put("C-3", "third");

        assertThat(expired).containsExactly("C-2");
        assertThat(cache.containsKey("C-2")).isFalse();
        assertThat((String) cache.get("C-1")).isEqualTo("first");
        assertThat((String) cache.get("C-3")).isEqualTo("third");
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void removesAndUpdatesLikeAnyCache() {
        cache.put("C-1", "first");
        assertThat(cache.putIfAbsent("C-1", "other")).isFalse();
        cache.computeIfPresent("C-1", value -> value + "!");
        assertThat((String) cache.get("C-1")).isEqualTo("first!");
        assertThat((String) cache.computeIfAbsent("C-2", () -> "made")).isEqualTo("made");
        assertThat(cache.remove("C-1")).isTrue();
        assertThat(cache.remove("C-1")).isFalse();
        cache.removeAll();
        assertThat(cache.size()).isZero();
    }

    @Test
    void refusesACacheThatHoldsNothing() {
        assertThatThrownBy(() -> new RecentAggregates(0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("aggregate-cache-size");
    }
}
