package org.complaintledger.eventstream;

/**
 * The headers of every record on the stream (docs/event-stream.md), each UTF-8 text. The record's key is the
 * aggregate's id; its value the payload as stored.
 */
public final class StreamHeaders {

    /** The event's identifier (unique across the ledger). */
    public static final String EVENT_ID = "event-id";
    /** The payload's type: the event's class name, e.g. {@code org.complaintledger.complaint.ComplaintLogged}. */
    public static final String EVENT_TYPE = "event-type";
    /** The payload's revision; absent when it has none. */
    public static final String PAYLOAD_REVISION = "payload-revision";
    /** The aggregate's type, e.g. {@code Complaint}. */
    public static final String AGGREGATE_TYPE = "aggregate-type";
    /** The event's sequence number within its aggregate, from 0. */
    public static final String AGGREGATE_SEQUENCE = "aggregate-sequence";
    /** Axon's global_index: the event's place in the event store (not gap-free; not the stream's order). */
    public static final String GLOBAL_POSITION = "global-position";
    /** The event's leaf index in the ledger's tree: the stream's own order, from 0, gap-free. */
    public static final String STREAM_POSITION = "stream-position";
    /** When the ledger stored the event (ISO-8601). */
    public static final String RECORDED_AT = "recorded-at";
    /** When what the event records happened, as the event says (its occurredAt); absent when it says none. */
    public static final String OCCURRED_AT = "occurred-at";

    private StreamHeaders() {
    }
}
