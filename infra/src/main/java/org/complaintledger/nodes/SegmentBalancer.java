package org.complaintledger.nodes;

import java.util.HashMap;
import java.util.Map;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Shares each tracking processor's segments between the processes alive on the database. Axon 4 has no balancing of
 * its own: every process runs as many threads as there are segments, so that one process alone can process them all
 * (after the others died), and the first process to start claims every segment. This gives one segment back, each
 * round, while this process holds more than its fair share (segments / processes alive, rounded up); a process that
 * holds fewer claims it within its token claim interval. Releasing is Axon's own {@code releaseSegment}: the segment's
 * batch in flight commits first, and this process leaves the segment unclaimed for twice the claim interval.
 */
public class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);

    private final EventProcessingConfiguration processors;
    private final NodeHeartbeats nodes;
    private final JdbcTemplate jdbc;

    SegmentBalancer(EventProcessingConfiguration processors, NodeHeartbeats nodes, JdbcTemplate jdbc) {
        this.processors = processors;
        this.nodes = nodes;
        this.jdbc = jdbc;
    }

    @Scheduled(initialDelayString = "${complaint-ledger.node.balance-interval-ms:2000}",
            fixedDelayString = "${complaint-ledger.node.balance-interval-ms:2000}")
    void balance() {
        try {
            int alive = nodes.alive();
            Map<String, Integer> segments = segmentsPerProcessor();
            processors.eventProcessors().values().forEach(processor -> {
                if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                    giveBackBeyondFairShare(streaming, segments.getOrDefault(streaming.getName(), 0), alive);
                }
            });
        } catch (DataAccessException e) {
            log.debug("segments not balanced this round: {}", e.getMessage());
        }
    }

    private static void giveBackBeyondFairShare(StreamingEventProcessor processor, int segments, int alive) {
        int fairShare = (segments + alive - 1) / alive;
        Map<Integer, ?> held = processor.processingStatus();
        if (segments > 0 && held.size() > fairShare) {
            int released = held.keySet().stream().mapToInt(Integer::intValue).max().orElseThrow();
            log.info("{}: holding {} of {} segments with {} nodes alive; releasing segment {}", processor.getName(),
                    held.size(), segments, alive, released);
            processor.releaseSegment(released);
        }
    }

    private Map<String, Integer> segmentsPerProcessor() {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.query("SELECT processor_name, count(*) FROM token_entry GROUP BY processor_name",
                row -> {
                    counts.put(row.getString(1), row.getInt(2));
                });
        return counts;
    }
}
