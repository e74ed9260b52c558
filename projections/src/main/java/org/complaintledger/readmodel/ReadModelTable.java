package org.complaintledger.readmodel;

import java.util.List;
import java.util.function.Consumer;

/**
 * A read model table as a projection writes it, the same whether it lives in PostgreSQL (live processing, catching up)
 * or in memory (a rebuild, copied out at the end): rows by primary key, each change a plain Java step on a row. Keys
 * are given in the primary key's column order.
 */
public interface ReadModelTable {

    /** A new row holding the columns' defaults; nothing is stored until it is inserted. */
    Row newRow();

    /** A copy of the row with this key, or null. */
    Row find(Object... key);

    /** Copies of the rows whose {@code column} holds {@code value}, in no particular order. */
    List<Row> where(String column, Object value);

    /**
     * Stores {@code row} unless one with its key is stored ({@code ON CONFLICT DO NOTHING}); whether it did. Once
     * stored the row is the table's: change it through {@link #update}, never by setting it again.
     */
    boolean insertIfAbsent(Row row);

    /** Stores {@code row}, or if one with its key is stored, applies {@code change} to that one instead. */
    void upsert(Row row, Consumer<Row> change);

    /** Applies {@code change} to the row with this key, if there is one; whether there was. */
    boolean update(Consumer<Row> change, Object... key);

    /** Applies {@code change} to every row whose {@code column} holds {@code value}. */
    void updateWhere(String column, Object value, Consumer<Row> change);

    void delete(Object... key);

    void deleteAll();
}
