package org.complaintledger.eventstream;

import java.time.Instant;

/**
 * What {@code GET /api/event-stream} answers.
 *
 * @param enabled          whether bootstrap servers are configured (the stream is on)
 * @param topic            the topic
 * @param publishing       whether this process is the one publishing (one node at a time)
 * @param nextPosition     the stream position to be published next (every one below it is committed to the topic)
 * @param publishedThrough the last stream position published, or -1 for none
 * @param head             events admitted into the ledger's tree: stream positions 0 to head - 1 exist
 * @param lag              events admitted and not yet published: head - nextPosition
 * @param lastPublishedAt  when the last batch was committed to the topic, by any node; null before the first
 */
public record EventStreamState(boolean enabled, String topic, boolean publishing, long nextPosition,
                               long publishedThrough, long head, long lag, Instant lastPublishedAt) {
}
