package org.complaintledger.demo;

/**
 * Where a demo ledger's commands go, one at a time and in recorded order: Axon's command gateway for the real ledger
 * ({@code gateway::sendAndWait}), or anything else that takes commands, such as a benchmark's client.
 */
@FunctionalInterface
public interface CommandSink {

    /** Sends the command and returns once it is recorded; throws if it is refused. */
    void send(Object command);
}
