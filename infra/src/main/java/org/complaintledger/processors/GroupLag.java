package org.complaintledger.processors;

/**
 * How far a processing group is behind the head of the ledger: events appended that its slowest segment has not yet
 * handled (the difference of global indexes, so an index given up by a rolled-back append counts too), and how long
 * the oldest of them has waited (0 when caught up).
 */
record GroupLag(long events, double seconds) {

    static final GroupLag NONE = new GroupLag(0, 0);
}
