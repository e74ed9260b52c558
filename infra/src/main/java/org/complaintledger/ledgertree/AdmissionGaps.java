package org.complaintledger.ledgertree;

import java.time.OffsetDateTime;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The global_index values admission is waiting for (docs/proofs.md, section 2), as ranges in
 * {@code ledger_admission_gap}: each missing below one that is visible, awaited until its transaction commits and
 * its event is admitted, or given up once every transaction that was running when it was seen has ended (the
 * snapshot's xmin has passed the horizon recorded then) and the grace period has passed.
 */
final class AdmissionGaps {

    /** At most this many ranges are looked at in one admission; normally there are a handful. */
    private static final int MOST_AT_ONCE = 10_000;

    /** A range of awaited indices; {@code lapsed} when it may be given up now. */
    record Gap(long first, long last, OffsetDateTime seenAt, String runningHorizon, boolean lapsed) {

        long size() {
            return last - first + 1;
        }
    }

    /** A range of indices seen missing. */
    record Range(long first, long last) {
    }

    private final JdbcTemplate jdbc;
    private final Duration grace;

    AdmissionGaps(JdbcTemplate jdbc, Duration grace) {
        this.jdbc = jdbc;
        this.grace = grace;
    }

    /**
     * The awaited ranges, lowest first, each judged lapsed or not in this one statement's snapshot: read them
     * before the events that filled them, so that any transaction that ended by then is visible to that later read.
     */
    List<Gap> awaited() {
        return jdbc.query("SELECT first_index, last_index, seen_at, running_horizon::text, "
                        + "clock_timestamp() - seen_at >= make_interval(secs => ?) "
                        + "AND pg_snapshot_xmin(pg_current_snapshot()) > running_horizon "
                        + "FROM ledger_admission_gap ORDER BY first_index LIMIT ?",
                (rs, row) -> new Gap(rs.getLong(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class), rs.getString(4),
                        rs.getBoolean(5)),
                grace.toMillis() / 1000.0, MOST_AT_ONCE);
    }

    /** Records ranges just seen missing, with the horizon of the transactions running now. */
    void record(List<Range> ranges) {
        if (ranges.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO ledger_admission_gap (first_index, last_index, seen_at, running_horizon) "
                        + "VALUES (?, ?, clock_timestamp(), pg_snapshot_xmax(pg_current_snapshot()))",
                ranges.stream().map(range -> new Object[] {range.first(), range.last()}).toList());
    }

    /**
     * Takes the indices just admitted or refused out of their ranges (a range shrinks or splits, keeping when it was
     * first seen) and gives up lapsed ranges, unless {@code mayGiveUp} is false (more filled events may be waiting
     * to be read). Answers how many indices were given up.
     */
    long settle(List<Gap> gaps, Collection<Long> filled, boolean mayGiveUp) {
        NavigableSet<Long> taken = new TreeSet<>(filled);
        List<Object[]> removed = new ArrayList<>();
        List<Object[]> remainders = new ArrayList<>();
        long givenUp = 0;
        for (Gap gap : gaps) {
            NavigableSet<Long> inGap = taken.subSet(gap.first(), true, gap.last(), true);
            boolean givingUp = gap.lapsed() && mayGiveUp;
            if (inGap.isEmpty() && !givingUp) {
                continue;
            }
            removed.add(new Object[] {gap.first()});
            if (givingUp) {
                givenUp += gap.size() - inGap.size();
                continue;
            }
            long next = gap.first();
            for (long index : inGap) {
                if (index > next) {
                    remainders.add(new Object[] {next, index - 1, gap.seenAt(), gap.runningHorizon()});
                }
                next = index + 1;
            }
            if (next <= gap.last()) {
                remainders.add(new Object[] {next, gap.last(), gap.seenAt(), gap.runningHorizon()});
            }
        }
        jdbc.batchUpdate("DELETE FROM ledger_admission_gap WHERE first_index = ?", removed);
        if (!remainders.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO ledger_admission_gap (first_index, last_index, seen_at, running_horizon) "
                    + "VALUES (?, ?, ?, ?::xid8)", remainders);
        }
        return givenUp;
    }

    /** The ranges missing from {@code indices} (ascending) after {@code after}. */
    static List<Range> missing(long after, List<Long> indices) {
        List<Range> ranges = new ArrayList<>();
        long expected = after + 1;
        for (long index : indices) {
            if (index > expected) {
                ranges.add(new Range(expected, index - 1));
            }
            expected = Math.max(expected, index + 1);
        }
        return ranges;
    }
}
