package org.complaintledger.benchmark;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.complaintledger.personaldata.PayloadSealing;
import org.complaintledger.personaldata.ResealedPayloads;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * A bulk writer of valid events for the replay benchmark: grows a ledger recorded through the command side (the demo
 * landlord) to a given size by copying every complaint and every lesson learnt, whole, under new identifiers, as if
 * the same lives had happened again to other residents' complaints. Each copy keeps its original's events, sequence
 * numbers, times and data subject: every complaint's life stays one the Code's rules allowed, as the aggregate decided
 * it. Within a copy, each complaint and lesson id in a payload (a lesson's complaints, a related complaint) is
 * replaced by the copy's; each event gets a new event id, its personal data sealed again for that id (a sealed value is
 * bound to its event) with its subject's key, and each copied complaint its row in {@code data_subject_of_aggregate}.
 * The landlord's own record ({@code LandlordContext}) is one a ledger and is not copied.
 * <p>
 * The events are written in one transaction with PostgreSQL's binary COPY, the global index from the table's sequence,
 * copies interleaved in the order of their originals (so the ledger stays in recorded order, two years over). They
 * are not chained or sealed in {@code event_chain} (the ledger's hash chains, docs/proofs.md): reading events does not
 * need that, and the benchmark turns admission into the ledger's tree off.
 */
final class LedgerCopies {

    /** The kinds of aggregate whose records are copied: every complaint, every lesson (they name complaints). */
    private static final Set<String> COPIED = Set.of("Complaint", "Learning");
    private static final Pattern UUID_TEXT = Pattern.compile(
            "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
    private static final byte[] COPY_SIGNATURE = "PGCOPY\n\377\r\n\0".getBytes(StandardCharsets.ISO_8859_1);

    /** What one run wrote. */
    record Written(int copies, long events, long subjects, double seconds) {
    }

    /** One event of the ledger as recorded, its payload opened, split around the aggregate ids it names. */
    private record Original(int aggregate, long sequence, String type, String timeStamp, String payloadType,
                            String payloadRevision, List<String> literals, int[] named, byte[] metaData,
                            boolean personal) {
    }

    private final DataSource database;
    private final PayloadSealing opening;
    private final ResealedPayloads sealing;

    LedgerCopies(DataSource database, PayloadSealing opening, ResealedPayloads sealing) {
        this.database = database;
        this.opening = opening;
        this.sealing = sealing;
    }

    /** Copies the ledger's complaints and lessons until it holds at least {@code events} events. */
    Written growTo(long events) throws SQLException, IOException {
        long started = System.nanoTime();
        try (Connection connection = database.getConnection()) {
            // The pool's socket timeout (5 s, application.yml) bounds every statement; one COPY of the lot takes longer.
            connection.setNetworkTimeout(Runnable::run, 0);
            connection.setAutoCommit(false);
            Map<String, Integer> aggregates = new LinkedHashMap<>();
            List<Original> originals = read(connection, aggregates);
            long copyable = originals.stream().filter(event -> event.aggregate() >= 0).count();
            int copies = (int) Math.max(0, Math.ceilDiv(events - originals.size(), copyable));
            String[][] ids = new String[copies][aggregates.size()];
            for (String[] copy : ids) {
                for (int a = 0; a < copy.length; a++) {
                    copy[a] = UUID.randomUUID().toString();
                }
            }
            Map<String, String> subjects = subjects(connection);
            String[] subjectOf = new String[aggregates.size()];
            aggregates.forEach((id, index) -> subjectOf[index] = subjects.get(id));
            writeEvents(connection, originals, ids, subjectOf);
            long subjectRows = writeSubjects(connection, ids, subjectOf);
            connection.commit();
            return new Written(copies, originals.size() + copies * copyable, subjectRows,
                    (System.nanoTime() - started) / 1e9);
        }
    }

    /** An event as stored, its payload opened. */
    private record Row(String aggregateId, long sequence, String type, String timeStamp, String payloadType,
                       String payloadRevision, String payload, byte[] metaData) {
    }

    private List<Original> read(Connection connection, Map<String, Integer> aggregates) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT event_identifier, aggregate_identifier, sequence_number, "
                     + "type, time_stamp, payload_type, payload_revision, payload, meta_data FROM domain_event_entry "
                     + "ORDER BY global_index")) {
            while (row.next()) {
                if (COPIED.contains(row.getString("type"))) {
                    aggregates.putIfAbsent(row.getString("aggregate_identifier"), aggregates.size());
                }
                String payloadType = row.getString("payload_type");
                byte[] opened = opening.open(row.getString("event_identifier"), payloadType, row.getBytes("payload"));
                rows.add(new Row(row.getString("aggregate_identifier"), row.getLong("sequence_number"),
                        row.getString("type"), row.getString("time_stamp"), payloadType,
                        row.getString("payload_revision"), new String(opened, StandardCharsets.UTF_8),
                        row.getBytes("meta_data")));
            }
        }
        // Only once every copied aggregate is known: split each payload around the ids it names (a lesson names
        // complaints, a complaint may name a related one).
        List<Original> originals = new ArrayList<>(rows.size());
        for (Row row : rows) {
            List<String> literals = new ArrayList<>();
            List<Integer> named = new ArrayList<>();
            Matcher id = UUID_TEXT.matcher(row.payload());
            int from = 0;
            while (id.find()) {
                Integer aggregate = aggregates.get(id.group());
                if (aggregate != null) {
                    literals.add(row.payload().substring(from, id.start()));
                    named.add(aggregate);
                    from = id.end();
                }
            }
            literals.add(row.payload().substring(from));
            originals.add(new Original(aggregates.getOrDefault(row.aggregateId(), -1), row.sequence(), row.type(),
                    row.timeStamp(), row.payloadType(), row.payloadRevision(), literals,
                    named.stream().mapToInt(Integer::intValue).toArray(), row.metaData(),
                    sealing.holdsPersonalData(row.payloadType())));
        }
        return originals;
    }

    private static Map<String, String> subjects(Connection connection) throws SQLException {
        Map<String, String> subjects = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT aggregate_id, subject_id FROM data_subject_of_aggregate")) {
            while (row.next()) {
                subjects.put(row.getString(1), row.getString(2));
            }
        }
        return subjects;
    }

    private void writeEvents(Connection connection, List<Original> originals, String[][] ids, String[] subjectOf)
            throws SQLException, IOException {
        long written = 0;
        long started = System.nanoTime();
        try (DataOutputStream out = copy(connection, "COPY domain_event_entry (event_identifier, aggregate_identifier, "
                + "sequence_number, type, time_stamp, payload_type, payload_revision, payload, meta_data) FROM STDIN "
                + "(FORMAT binary)")) {
            for (Original event : originals) {
                if (event.aggregate() < 0) {
                    continue;
                }
                for (String[] copy : ids) {
                    String eventId = UUID.randomUUID().toString();
                    byte[] payload = payloadOf(event, copy);
                    if (event.personal()) {
                        payload = sealing.seal(event.payloadType(), eventId, subjectOf[event.aggregate()], payload);
                    }
                    out.writeShort(9);
                    text(out, eventId);
                    text(out, copy[event.aggregate()]);
                    out.writeInt(8);
                    out.writeLong(event.sequence());
                    text(out, event.type());
                    text(out, event.timeStamp());
                    text(out, event.payloadType());
                    text(out, event.payloadRevision());
                    bytes(out, payload);
                    bytes(out, event.metaData());
                    if (++written % 250_000 == 0) {
                        System.out.printf("  ... %,d events copied (%,.0f events/s)%n", written,
                                written / ((System.nanoTime() - started) / 1e9));
                    }
                }
            }
            out.writeShort(-1);
        }
    }

    private static byte[] payloadOf(Original event, String[] copy) {
        StringBuilder payload = new StringBuilder(256);
        for (int i = 0; i < event.named().length; i++) {
            payload.append(event.literals().get(i)).append(copy[event.named()[i]]);
        }
        return payload.append(event.literals().getLast()).toString().getBytes(StandardCharsets.UTF_8);
    }

    private static long writeSubjects(Connection connection, String[][] ids, String[] subjectOf)
            throws SQLException, IOException {
        long rows = 0;
        try (DataOutputStream out = copy(connection,
                "COPY data_subject_of_aggregate (aggregate_id, subject_id) FROM STDIN (FORMAT binary)")) {
            for (String[] copy : ids) {
                for (int a = 0; a < copy.length; a++) {
                    if (subjectOf[a] != null) {
                        out.writeShort(2);
                        text(out, copy[a]);
                        text(out, subjectOf[a]);
                        rows++;
                    }
                }
            }
            out.writeShort(-1);
        }
        return rows;
    }

    /** A binary COPY into the connection's transaction, its header written; close it after the trailer. */
    private static DataOutputStream copy(Connection connection, String sql) throws SQLException, IOException {
        DataOutputStream out = new DataOutputStream(new PGCopyOutputStream(connection.unwrap(PGConnection.class), sql,
                1 << 20));
        out.write(COPY_SIGNATURE);
        out.writeInt(0); // flags
        out.writeInt(0); // header extension length
        return out;
    }

    private static void text(DataOutputStream out, String value) throws IOException {
        bytes(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }

    private static void bytes(DataOutputStream out, byte[] value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
        } else {
            out.writeInt(value.length);
            out.write(value);
        }
    }
}
