package org.complaintledger.nodes;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * This process's name among the processes sharing the database: the owner it writes into {@code token_entry} when it
 * claims a segment, and its row in {@code ledger_node}. Axon's default owner is the JVM's {@code pid@host}, which two
 * applications in one JVM (or two containers that both run as pid 1) would share, and then both would take the same
 * claim for their own and process the same events; a random suffix makes every start a node of its own.
 */
public record NodeIdentity(String id) {

    public NodeIdentity {
        if (id == null || id.isBlank() || id.length() > 200) {
            throw new IllegalArgumentException("complaint-ledger.node.id must be 1 to 200 characters");
        }
    }

    /** The configured id, or {@code pid@host} with a random suffix. */
    static NodeIdentity configuredOr(String configured) {
        if (configured != null && !configured.isBlank()) {
            return new NodeIdentity(configured);
        }
        String process = ManagementFactory.getRuntimeMXBean().getName();
        return new NodeIdentity(process + "/" + UUID.randomUUID().toString().substring(0, 8));
    }
}
