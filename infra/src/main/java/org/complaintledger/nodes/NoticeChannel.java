package org.complaintledger.nodes;

import java.sql.Connection;
import java.sql.SQLException;

/** One PostgreSQL NOTIFY channel that this process follows ({@link DatabaseNotices}). */
public interface NoticeChannel {

    /** The channel's name, a plain SQL identifier. */
    String name();

    /**
     * Listening (again), on the listening connection, after LISTEN: whatever was missed while not listening must be
     * made good here, since those notices are gone.
     */
    void listening(Connection connection) throws SQLException;

    /** A notice, in the order of the transactions that sent it; on the listening connection. */
    void received(Connection connection, String payload) throws SQLException;

    /** The listening connection is lost: notices may go unheard until {@link #listening} is called again. */
    void lost();
}
