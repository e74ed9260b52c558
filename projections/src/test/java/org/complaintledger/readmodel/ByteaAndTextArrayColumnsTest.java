package org.complaintledger.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.complaintledger.projectiontest.ProjectionDatabase;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * bytea (byte[]) and text[] (List of String) columns hold the same values whether a row is written live to
 * PostgreSQL or in memory and copied out with COPY's text format, including the values that format and array
 * literals escape; and a table in memory finds a row by a bytea key equal in content, as PostgreSQL does.
 */
class ByteaAndTextArrayColumnsTest {

    @RegisterExtension
    static final ProjectionDatabase database = ProjectionDatabase.withModuleMigrations();

    private static final String TABLE = "column_type_sample";
    /** Every byte value once, so that no escaping of bytea's text form is left untried. */
    private static final byte[] EVERY_BYTE = new byte[256];
    /** Elements an array literal quotes or escapes, COPY escapes, or PostgreSQL could read as something else. */
    private static final List<String> AWKWARD = Arrays.asList("plain", "a,b", "\"quoted\"", "back\\slash", "{brace}",
            " spaced ", "", "NULL", "tab\tnew\nline\rcr", "\\N", "ünïcødé €", null);

    static {
        for (int i = 0; i < EVERY_BYTE.length; i++) {
            EVERY_BYTE[i] = (byte) i;
        }
    }

    @BeforeAll
    static void createTable() {
        database.jdbc().execute("CREATE TABLE " + TABLE + " (id BYTEA PRIMARY KEY, tags TEXT[] NOT NULL DEFAULT '{}', "
                + "blob BYTEA, names VARCHAR(40)[])");
    }

    @BeforeEach
    void emptyTable() {
        database.empty(TABLE);
    }

    @Test
    void liveRowsReadBackAsWritten() {
        ReadModelTable live = new SqlTables(database.jdbc()).table(TABLE);
        writeSamples(live);

        assertSamples(new SqlTables(database.jdbc()).table(TABLE));
    }

    @Test
    void rowsCopiedOutOfMemoryReadBackAsWrittenLive() throws SQLException {
        MemoryTables memory = new MemoryTables(database.jdbc());
        writeSamples(memory.table(TABLE));
        try (Connection connection = database.jdbc().getDataSource().getConnection()) {
            connection.setAutoCommit(false);
            assertThat(memory.copyInto(connection, Map.of())).isEqualTo(3);
            connection.commit();
        }

        assertSamples(new SqlTables(database.jdbc()).table(TABLE));
        assertThat(database.jdbc().queryForObject("SELECT tags[12] IS NULL AND tags[8] = 'NULL' AND "
                + "octet_length(blob) = 256 FROM " + TABLE + " WHERE id = '\\x0102'::bytea", Boolean.class)).isTrue();
    }

    @Test
    void aTableInMemoryFindsAndKeepsOneRowPerByteaKeyByContent() {
        ReadModelTable memory = new MemoryTables(database.jdbc()).table(TABLE);
        writeSamples(memory);

        assertThat(memory.insertIfAbsent(memory.newRow().set("id", new byte[] {1, 2}))).isFalse();
        assertThat(memory.update(row -> row.set("names", List.of("changed")), new byte[] {1, 2})).isTrue();
        assertThat(memory.find(new byte[] {1, 2}).strings("names")).containsExactly("changed");
        assertThat(memory.where("blob", EVERY_BYTE.clone())).hasSize(1);
        memory.delete(new byte[] {1, 2});
        assertThat(memory.find(new byte[] {1, 2})).isNull();
    }

    @Test
    void aValueSetIsNotChangedByItsCallerAfterwards() {
        byte[] blob = {7, 8, 9};
        List<String> tags = new ArrayList<>(List.of("one"));
        Row row = new MemoryTables(database.jdbc()).table(TABLE).newRow().set("blob", blob).set("tags", tags);
        blob[0] = 0;
        tags.add("two");

        assertThat((byte[]) row.get("blob")).containsExactly(7, 8, 9);
        assertThat(row.strings("tags")).containsExactly("one");
    }

    /** Three rows: awkward values, empty ones (an empty array, an empty bytea) and the defaults and nulls. */
    private static void writeSamples(ReadModelTable table) {
        assertThat(table.insertIfAbsent(table.newRow().set("id", new byte[] {1, 2}).set("tags", AWKWARD)
                .set("blob", EVERY_BYTE.clone()).set("names", List.of("x", "y")))).isTrue();
        assertThat(table.insertIfAbsent(table.newRow().set("id", new byte[0]).set("tags", List.of())
                .set("blob", new byte[0]).set("names", List.of()))).isTrue();
        assertThat(table.insertIfAbsent(table.newRow().set("id", new byte[] {(byte) 0xff}))).isTrue();
    }

    private static void assertSamples(ReadModelTable table) {
        Row awkward = table.find(new byte[] {1, 2});
        assertThat(awkward.strings("tags")).isEqualTo(AWKWARD);
        assertThat((byte[]) awkward.get("blob")).isEqualTo(EVERY_BYTE);
        assertThat(awkward.strings("names")).containsExactly("x", "y");
        Row empty = table.find(new byte[0]);
        assertThat(empty.strings("tags")).isEmpty();
        assertThat((byte[]) empty.get("blob")).isEmpty();
        assertThat(empty.strings("names")).isEmpty();
        Row defaults = table.find(new byte[] {(byte) 0xff});
        assertThat(defaults.strings("tags")).isEmpty();
        assertThat(defaults.get("blob")).isNull();
        assertThat(defaults.get("names")).isNull();
    }
}
