package org.complaintledger.provenance;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.temporal.TemporalAccessor;
import org.axonframework.common.DateTimeUtils;
import org.complaintledger.proof.StoredEvent;

/** Events as {@code domain_event_entry} (V1) stores them, read back exactly: the values an event's hash covers. */
public final class StoredEventRows {

    /** The columns {@link #read(ResultSet)} reads, for a SELECT list. */
    public static final String COLUMNS = "event_identifier, aggregate_identifier, type, sequence_number, payload_type, "
            + "payload_revision, time_stamp, payload, meta_data";

    private StoredEventRows() {
    }

    /** The current row, with at least {@link #COLUMNS}: the strings and bytes exactly as stored. */
    public static StoredEvent read(ResultSet row) throws SQLException {
        return new StoredEvent(row.getString("event_identifier"), row.getString("aggregate_identifier"),
                row.getString("type"), row.getLong("sequence_number"), row.getString("payload_type"),
                row.getString("payload_revision"), row.getString("time_stamp"), row.getBytes("payload"),
                row.getBytes("meta_data"));
    }

    /**
     * The {@code time_stamp} text of an event recorded at {@code instant}, exactly as Axon's own JDBC engine writes
     * it to a VARCHAR column (its {@code writeTimestamp}: {@code DateTimeUtils.formatInstant}), and parses it back:
     * ISO-8601 in UTC, always three fraction digits, {@code Z} (2026-12-01T09:30:00.120Z). The ledger writes and
     * hashes this one string, so what is hashed is what is stored.
     */
    public static String timeStamp(TemporalAccessor instant) {
        return DateTimeUtils.formatInstant(instant);
    }
}
