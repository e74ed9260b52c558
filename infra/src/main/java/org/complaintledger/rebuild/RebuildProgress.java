package org.complaintledger.rebuild;

import java.time.Instant;
import java.util.List;

/**
 * Where a rebuild stands: its phase, the events applied of those there were when it started, the rate and the time
 * left at that rate; once switched, the rows written; if failed, why (the live tables then untouched).
 */
public record RebuildProgress(String id, List<String> processingGroups, Phase phase, long eventsDone,
                              long eventsTotal, double eventsPerSecond, Double secondsLeft, long rowsWritten,
                              Instant startedAt, Instant finishedAt, String failure) {

    public enum Phase {
        /** Making the new tables and counting the events. */
        STARTING,
        /** Applying the ledger's events, from the first, to the read models in memory. */
        READING,
        /** Copying the rows into the new tables and indexing them. */
        COPYING,
        /** Applying the events recorded since the rebuild started, to the new tables. */
        CATCHING_UP,
        /** The new tables are the live ones. */
        SWITCHED,
        /** Stopped; the live tables are as they were. */
        FAILED;

        public boolean finished() {
            return this == SWITCHED || this == FAILED;
        }
    }
}
