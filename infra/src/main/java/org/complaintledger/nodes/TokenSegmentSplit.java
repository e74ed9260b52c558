package org.complaintledger.nodes;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.axonframework.common.DateTimeUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Before the event processors start: a tracking processor whose tokens were made with fewer segments than it is now
 * configured with ({@code initial-segment-count}; Axon applies it only to a processor with no tokens yet) is split
 * to that count. Every segment {@code s} of {@code n} is split into {@code s} and {@code s + n} by copying its token,
 * which is what Axon's own split does, until the count is reached: both halves start where the whole was, and each
 * event belongs to exactly one of them. Only counts that are powers of two are split (every segment then has the same
 * mask), and only while no live process holds a claim on the processor's segments: a process still running with the
 * old count keeps it until it stops, and the next start splits.
 */
class TokenSegmentSplit implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(TokenSegmentSplit.class);

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Map<String, Integer> configuredSegments;
    private final Duration claimTimeout;

    TokenSegmentSplit(JdbcTemplate jdbc, TransactionTemplate transactions, Map<String, Integer> configuredSegments,
                      Duration claimTimeout) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.configuredSegments = configuredSegments;
        this.claimTimeout = claimTimeout;
    }

    @Override
    public void afterSingletonsInstantiated() {
        configuredSegments.forEach((processor, wanted) -> transactions.executeWithoutResult(status -> split(processor,
                wanted)));
    }

    /** @return the processor's segment count afterwards */
    int split(String processor, int wanted) {
        // Locks the processor's rows, so that two processes starting together split once.
        List<Integer> segments = jdbc.queryForList("SELECT segment FROM token_entry WHERE processor_name = ? "
                + "ORDER BY segment FOR UPDATE", Integer.class, processor);
        int count = segments.size();
        if (count == 0 || count >= wanted) {
            return count;
        }
        if (Integer.bitCount(count) != 1 || Integer.bitCount(wanted) != 1 || !segments.equals(range(count))) {
            log.warn("{}: {} token segments, {} configured; not split (only powers of two made by Axon are): split or "
                    + "merge by hand (docs/multi-node.md)", processor, count, wanted);
            return count;
        }
        Integer claimed = jdbc.queryForObject("SELECT count(*) FROM token_entry WHERE processor_name = ? "
                + "AND owner IS NOT NULL AND timestamp > ?", Integer.class, processor,
                DateTimeUtils.formatInstant(Instant.now().minus(claimTimeout)));
        if (claimed != null && claimed > 0) {
            log.warn("{}: {} token segments, {} configured; not split now, another process holds a claim on them",
                    processor, count, wanted);
            return count;
        }
        for (int n = count; n < wanted; n *= 2) {
            jdbc.update("INSERT INTO token_entry (processor_name, segment, token, token_type, timestamp, owner) "
                    + "SELECT processor_name, segment + ?, token, token_type, timestamp, NULL FROM token_entry "
                    + "WHERE processor_name = ? AND segment < ?", n, processor, n);
        }
        log.info("{}: token segments split from {} to {}", processor, count, wanted);
        return wanted;
    }

    private static List<Integer> range(int count) {
        return IntStream.range(0, count).boxed().toList();
    }
}
