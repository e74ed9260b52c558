package org.complaintledger.stopping;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Says in the log that stopping has got past a point: Spring stops lifecycle beans from the highest phase down, each
 * phase only once the one above has stopped, so a bean of its own phase that does nothing but log marks the point.
 */
final class StopMilestone implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(StopMilestone.class);

    private final int phase;
    private final String reached;
    private volatile boolean running;

    StopMilestone(int phase, String reached) {
        this.phase = phase;
        this.reached = reached;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        LOG.info("Stopping: {}", reached);
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return phase;
    }
}
