package org.complaintledger.processors;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The head of the ledger and each processing group's position, as every process sharing the database sees them:
 * {@code token_entry} (whichever node holds a segment) against the highest {@code global_index}. A group's position is
 * its slowest segment's; a segment with no token yet has handled nothing.
 */
@Component
class LedgerPositions {

    private static final long UNKNOWN = -1;

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final Clock clock;

    /** {@code serializer}: the general one, which Axon's token store writes tokens with. */
    LedgerPositions(JdbcTemplate jdbc, Serializer serializer, Clock clock) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.clock = clock;
    }

    /** The ledger's head and every tracking group's lag behind it, read in one round. */
    record Positions(long head, Map<String, GroupLag> lag) {
    }

    Positions read() {
        Long max = jdbc.queryForObject("SELECT max(global_index) FROM domain_event_entry", Long.class);
        long head = max == null ? 0 : max;
        Map<String, Long> slowest = new HashMap<>();
        jdbc.query("SELECT processor_name, token, token_type FROM token_entry", rs -> {
            long position = position(rs.getBytes(2), rs.getString(3));
            if (position != UNKNOWN) {
                slowest.merge(rs.getString(1), position, Math::min);
            }
        });
        Map<String, GroupLag> lag = new HashMap<>();
        slowest.forEach((group, position) -> lag.put(group, lag(head, position)));
        return new Positions(head, lag);
    }

    private GroupLag lag(long head, long position) {
        if (position >= head) {
            return GroupLag.NONE;
        }
        // The primary key's index finds the oldest event waiting at once, however long the ledger.
        String oldestWaiting = jdbc.query("SELECT time_stamp FROM domain_event_entry WHERE global_index > ? "
                + "ORDER BY global_index LIMIT 1", rs -> rs.next() ? rs.getString(1) : null, position);
        return new GroupLag(head - position, secondsSince(oldestWaiting));
    }

    private double secondsSince(String timestamp) {
        if (timestamp == null) {
            return 0;
        }
        try {
            return Math.max(0, Duration.between(Instant.parse(timestamp), clock.instant()).toMillis() / 1_000.0);
        } catch (DateTimeParseException e) {
            return Double.NaN;
        }
    }

    private long position(byte[] token, String type) {
        if (token == null || type == null) {
            return 0;
        }
        TrackingToken tracking;
        try {
            tracking = serializer.deserialize(new SimpleSerializedObject<>(token, byte[].class, type, null));
        } catch (RuntimeException e) {
            // a token this version cannot read (another version's node): that segment's position is not known here
            return UNKNOWN;
        }
        OptionalLong position = tracking == null ? OptionalLong.empty() : tracking.position();
        return position.orElse(0);
    }
}
