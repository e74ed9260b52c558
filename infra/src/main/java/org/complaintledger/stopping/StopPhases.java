package org.complaintledger.stopping;

import org.springframework.boot.web.server.context.WebServerApplicationContext;

/**
 * The order in which the ledger stops (docs/operations.md, "Stopping"). Spring stops lifecycle beans from the highest
 * phase down: requests are drained and the web server stopped (Boot's phases), then the ledger's own background work,
 * then Axon's event processors, then the listener for other nodes' notices; the embedded PostgreSQL is stopped after
 * all of them, when the beans are destroyed, once the connection pool has closed.
 */
public final class StopPhases {

    /**
     * The ledger's own schedules and threads that use the database (the tree and checkpoint schedule, the self-check
     * schedule, the event stream's publisher): after the web server, so that no request finds them gone, and before
     * Axon's processors (Axon's Spring configuration, {@code Integer.MAX_VALUE - 3072}). They start in the reverse
     * order: before the web server takes requests.
     */
    public static final int BACKGROUND_WORK = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 512;

    /** The first thing stopped: nothing else is in the highest phase. */
    static final int FIRST = Integer.MAX_VALUE;

    /** Right after the web server, which has stopped taking requests once the graceful shutdown drained them. */
    static final int AFTER_WEB_SERVER = WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE - 1;

    /** The last lifecycle phase: everything that runs on its own has stopped, and the beans are destroyed next. */
    static final int LAST = Integer.MIN_VALUE;

    private StopPhases() {
    }
}
