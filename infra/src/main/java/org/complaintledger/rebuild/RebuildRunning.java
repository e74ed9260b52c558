package org.complaintledger.rebuild;

/** Another rebuild is running (in this process or another on the database): one at a time. */
public class RebuildRunning extends RebuildRefused {

    private final transient RebuildProgress running;

    RebuildRunning(RebuildProgress running) {
        super("a read model rebuild is running; wait for it to finish (GET /api/read-models/rebuilds/latest)");
        this.running = running;
    }

    /** The running rebuild if it is this process's, else null. */
    public RebuildProgress running() {
        return running;
    }
}
