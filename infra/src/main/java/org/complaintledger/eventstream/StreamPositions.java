package org.complaintledger.eventstream;

import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** The stream's stored position on each topic ({@code event_stream_position}, V26). */
final class StreamPositions {

    /** The next stream position to publish, how many replays were asked for, and when the last batch went out. */
    record Position(long next, long replays, Instant publishedAt) {
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    StreamPositions(JdbcTemplate jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** The topic's position; a topic never published to starts at 0 (its row made on first use). */
    Position of(String topic) {
        jdbc.update("INSERT INTO event_stream_position (topic, next_position) VALUES (?, 0) ON CONFLICT DO NOTHING",
                topic);
        return read(topic).getFirst();
    }

    /** As {@link #of}, without making the row: a topic never published to reads as position 0. */
    Position peek(String topic) {
        List<Position> read = read(topic);
        return read.isEmpty() ? new Position(0, 0, null) : read.getFirst();
    }

    /** The next position to publish, for a log line: "unknown" when the database cannot say either. */
    String peekQuietly(String topic) {
        try {
            return Long.toString(peek(topic).next());
        } catch (RuntimeException e) {
            return "unknown (the database did not answer)";
        }
    }

    private List<Position> read(String topic) {
        return jdbc.query("SELECT next_position, replays, published_at FROM event_stream_position WHERE topic = ?",
                (rs, row) -> new Position(rs.getLong(1), rs.getLong(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()),
                topic);
    }

    /**
     * Moves the position on to {@code next} once a batch read at {@code from} has been committed to the broker, unless
     * a replay was asked for meanwhile (the position or the replay count changed): then it stays where the replay put
     * it. Answers whether it moved.
     */
    boolean advance(String topic, Position from, long next) {
        return jdbc.update("UPDATE event_stream_position SET next_position = ?, published_at = now() "
                + "WHERE topic = ? AND next_position = ? AND replays = ?", next, topic, from.next(), from.replays()) == 1;
    }

    /**
     * Puts the position back to {@code fromPosition} so that everything from there is published again; never
     * forward (that would skip events). Answers the position before, or -1 when {@code fromPosition} is above it.
     */
    long rewind(String topic, long fromPosition) {
        Long before = transactions.execute(status -> {
            of(topic);
            long current = jdbc.queryForObject(
                    "SELECT next_position FROM event_stream_position WHERE topic = ? FOR UPDATE", Long.class, topic);
            if (fromPosition > current) {
                return -1L;
            }
            jdbc.update("UPDATE event_stream_position SET next_position = ?, replays = replays + 1 WHERE topic = ?",
                    fromPosition, topic);
            return current;
        });
        return before == null ? -1 : before;
    }
}
