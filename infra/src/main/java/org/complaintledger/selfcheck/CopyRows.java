package org.complaintledger.selfcheck;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

/**
 * The rows of a query streamed by {@code COPY (query) TO STDOUT (FORMAT binary)}, read field by field: PostgreSQL
 * sends each value as a length and its bytes in the column type's binary form (text as UTF-8, bytea as is, bigint as
 * eight bytes big-endian), with none of a result set's per-row bookkeeping, and keeps sending while they are read: a
 * quarter to a third faster than a cursor for the self-check's pass over every event in trials here. The reader must
 * take each row's fields in the query's column order.
 */
final class CopyRows implements AutoCloseable {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};

    private final PGCopyInputStream copy;
    private final DataInputStream in;
    private byte[] scratch = new byte[256];

    CopyRows(Connection connection, String query) throws SQLException {
        this.copy = new PGCopyInputStream(connection.unwrap(PGConnection.class),
                "COPY (" + query + ") TO STDOUT (FORMAT binary)");
        this.in = new DataInputStream(new BufferedInputStream(copy, 1 << 16));
        try {
            byte[] signature = new byte[SIGNATURE.length];
            in.readFully(signature);
            if (!Arrays.equals(signature, SIGNATURE)) {
                throw new SQLException("not a binary COPY stream");
            }
            in.readInt();  // flags: none defined that matter here
            in.skipNBytes(in.readInt());  // header extension
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** Moves to the next row; false at the end. */
    boolean next() throws SQLException {
        try {
            short fields = in.readShort();
            return fields != -1;
        } catch (IOException e) {
            throw failed(e);
        }
    }

    String text() throws SQLException {
        try {
            int length = in.readInt();
            if (length < 0) {
                return null;
            }
            if (length > scratch.length) {
                scratch = new byte[Math.max(length, 2 * scratch.length)];
            }
            in.readFully(scratch, 0, length);
            return new String(scratch, 0, length, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw failed(e);
        }
    }

    byte[] bytes() throws SQLException {
        try {
            int length = in.readInt();
            if (length < 0) {
                return null;
            }
            byte[] value = new byte[length];
            in.readFully(value);
            return value;
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** A bigint; null for a NULL. */
    Long int8() throws SQLException {
        try {
            int length = in.readInt();
            if (length < 0) {
                return null;
            }
            if (length != Long.BYTES) {
                throw new SQLException("a bigint of " + length + " bytes in the COPY stream");
            }
            return in.readLong();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    boolean bool() throws SQLException {
        try {
            int length = in.readInt();
            if (length != 1) {
                throw new SQLException("a boolean of " + length + " bytes in the COPY stream");
            }
            return in.readByte() != 0;
        } catch (IOException e) {
            throw failed(e);
        }
    }

    /** Ends the COPY, cancelling it if rows are left unread (a failure part way). */
    @Override
    public void close() throws SQLException {
        try {
            copy.close();
        } catch (IOException e) {
            throw failed(e);
        }
    }

    private static SQLException failed(IOException e) {
        if (e.getCause() instanceof SQLException sql) {
            return sql;
        }
        return new SQLException(e instanceof EOFException ? "the COPY stream ended part way through a row"
                : "reading the COPY stream failed: " + e.getMessage(), e);
    }
}
