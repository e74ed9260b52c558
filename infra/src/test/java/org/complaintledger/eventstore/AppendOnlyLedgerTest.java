package org.complaintledger.eventstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import javax.sql.DataSource;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.complaintledger.testsupport.LedgerTest;
import org.complaintledger.testsupport.OwnerDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The database itself refuses to change or remove a stored event, whoever asks: even the owner of the table, who has
 * every privilege on it (the application's runtime role has not: RuntimeRoleTest).
 */
@LedgerTest
class AppendOnlyLedgerTest {

    @Autowired
    EventStore eventStore;

    @Autowired
    DataSource dataSource;

    @Autowired
    ApplicationContext context;

    String complaintId;

    @BeforeEach
    void storeOneEvent() {
        complaintId = LedgerEvents.newComplaintId();
        eventStore.publish(LedgerEvents.event(complaintId, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "UPDATE domain_event_entry SET payload_type = 'forged' WHERE aggregate_identifier = '%s'",
            "UPDATE domain_event_entry SET payload = payload",
            "DELETE FROM domain_event_entry WHERE aggregate_identifier = '%s'",
            "TRUNCATE domain_event_entry",
            "TRUNCATE domain_event_entry CASCADE"})
    void refusesToChangeTheLedger(String sql) throws SQLException {
        List<List<Object>> before = storedRows();

        try (Connection connection = OwnerDatabase.of(context).getConnection();
             Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute(sql.formatted(complaintId)))
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("the complaint ledger is append-only");
        }

        assertThat(storedRows()).isNotEmpty().isEqualTo(before);
    }

    /** Every column of this complaint's rows, payload bytes included. */
    private List<List<Object>> storedRows() throws SQLException {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement query = connection.prepareStatement(
                     "SELECT * FROM domain_event_entry WHERE aggregate_identifier = ? ORDER BY global_index")) {
            query.setString(1, complaintId);
            try (ResultSet rows = query.executeQuery()) {
                List<List<Object>> result = new ArrayList<>();
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int column = 1; column <= columns; column++) {
                        Object value = rows.getObject(column);
                        row.add(value instanceof byte[] bytes ? HexFormat.of().formatHex(bytes) : value);
                    }
                    result.add(row);
                }
                return result;
            }
        }
    }
}
