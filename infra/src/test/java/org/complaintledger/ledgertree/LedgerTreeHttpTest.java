package org.complaintledger.ledgertree;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.complaintledger.access.Role;
import org.complaintledger.http.LedgerClient;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.ledgertree.ChainedInserts.Written;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.LedgerKeys;
import org.complaintledger.proof.MerkleTree;
import org.complaintledger.provenance.AppendSeals;
import org.complaintledger.testsupport.OwnerDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The published keys, checkpoints and proofs over HTTP, read anonymously as an investigator or a reader of the annual
 * report would, and checked with nothing but the proof module; signing on demand is the officer's.
 */
@LedgerTreeTest
class LedgerTreeHttpTest {

    private static final HexFormat HEX = HexFormat.of();

    @LocalServerPort
    int port;

    @Autowired
    DataSource dataSource;

    @Autowired
    AppendSeals seals;

    @Autowired
    ApplicationContext context;

    @Test
    void anyoneChecksPublishedCheckpointsAndProofsWithThePublishedKey() throws SQLException {
        LedgerClient officer = new LedgerClient(port);
        LedgerClient anyone = LedgerClient.anonymous(port);
        List<Written> firstRecord = appendRecord(3);
        Reply first = officer.post("/api/ledger/checkpoints", null);
        assertThat(first.status()).as(first.body().toString()).isEqualTo(201);
        List<Written> secondRecord = appendRecord(4);
        Reply second = officer.post("/api/ledger/checkpoints", null);
        assertThat(second.status()).isEqualTo(201);
        Reply again = officer.post("/api/ledger/checkpoints", null);
        assertThat(again.status()).as("nothing new: the latest").isEqualTo(200);
        assertThat(again.body()).isEqualTo(second.body());

        JsonNode keys = anyone.get("/api/ledger/keys").body().get("keys");
        JsonNode current = null;
        for (JsonNode key : keys) {
            if (key.get("current").asBoolean()) {
                current = key;
            }
        }
        assertThat(current).isNotNull();
        var publicKey = LedgerKeys.readPublic(current.get("publicKey").asString());
        assertThat(current.get("keyId").asString()).isEqualTo(LedgerKeys.fingerprint(publicKey));
        assertThat(current.get("firstUsedAt").isNull()).isFalse();

        Checkpoint earlier = checkpoint(first.body());
        Checkpoint later = checkpoint(anyone.get("/api/ledger/checkpoints/latest").body());
        assertThat(later).isEqualTo(checkpoint(second.body()));
        assertThat(earlier.signedBy(publicKey)).isTrue();
        assertThat(later.signedBy(publicKey)).isTrue();
        assertThat(second.body().get("signedText").asString()).isEqualTo(later.signedText());

        JsonNode consistency = anyone.get("/api/ledger/consistency?from=" + earlier.treeSize() + "&to="
                + later.treeSize()).body();
        assertThat(consistency.get("fromRootHash").asString()).isEqualTo(earlier.rootHashHex());
        assertThat(MerkleTree.verifyConsistency(earlier.treeSize(), later.treeSize(), earlier.rootHash(),
                later.rootHash(), hashes(consistency.get("proof")))).isTrue();

        List<Written> events = new ArrayList<>(firstRecord);
        events.addAll(secondRecord);
        for (Written event : events) {
            JsonNode inclusion = anyone.get("/api/ledger/inclusion?event=" + event.eventIdentifier()).body();
            assertThat(inclusion.get("treeSize").asLong()).isEqualTo(later.treeSize());
            assertThat(inclusion.get("globalIndex").asLong()).isEqualTo(event.globalIndex());
            byte[] leafHash = MerkleTree.leafHash(MerkleTree.leafData(event.eventHash(), event.globalIndex()));
            assertThat(inclusion.get("leafHash").asString()).isEqualTo(HEX.formatHex(leafHash));
            assertThat(MerkleTree.verifyInclusion(inclusion.get("leafIndex").asLong(), later.treeSize(), leafHash,
                    hashes(inclusion.get("auditPath")), later.rootHash())).isTrue();
        }
        for (Written event : firstRecord) {
            JsonNode inclusion = anyone.get("/api/ledger/inclusion?event=" + event.eventIdentifier() + "&treeSize="
                    + earlier.treeSize()).body();
            assertThat(inclusion.get("rootHash").asString()).isEqualTo(earlier.rootHashHex());
            assertThat(MerkleTree.verifyInclusion(inclusion.get("leafIndex").asLong(), earlier.treeSize(),
                    HEX.parseHex(inclusion.get("leafHash").asString()), hashes(inclusion.get("auditPath")),
                    earlier.rootHash())).isTrue();
        }
        JsonNode page = anyone.get("/api/ledger/checkpoints?size=2").body();
        assertThat(page.get("checkpoints").get(0)).isEqualTo(second.body());
        assertThat(page.get("checkpoints").get(1)).isEqualTo(first.body());
        assertThat(page.get("total").asLong()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void requestsTheTreeCannotAnswerAreRefusedAsProblems() throws SQLException {
        LedgerClient anyone = LedgerClient.anonymous(port);
        Written event = appendRecord(1).getFirst();
        Checkpoint checkpoint = checkpoint(new LedgerClient(port).post("/api/ledger/checkpoints", null).body());
        Written later = appendRecord(1).getFirst();
        new LedgerClient(port).post("/api/ledger/checkpoints", null);

        problem(anyone.get("/api/ledger/checkpoints?size=0"), 400, "invalid-request", "size");
        problem(anyone.get("/api/ledger/checkpoints?size=1001"), 400, "invalid-request", "size");
        problem(anyone.get("/api/ledger/checkpoints?page=-1"), 400, "invalid-request", "page");
        problem(anyone.get("/api/ledger/consistency?from=1"), 400, "invalid-request", "to");
        problem(anyone.get("/api/ledger/consistency?from=0&to=1"), 400, "invalid-request", "from");
        problem(anyone.get("/api/ledger/consistency?from=" + (checkpoint.treeSize() + 1) + "&to="
                + checkpoint.treeSize()), 400, "invalid-request", "from");
        problem(anyone.get("/api/ledger/consistency?from=" + checkpoint.treeSize() + "&to=" + Long.MAX_VALUE), 400,
                "invalid-request", "to");
        problem(anyone.get("/api/ledger/consistency?from=x&to=1"), 400, "invalid-request", "from");
        problem(anyone.get("/api/ledger/inclusion"), 400, "invalid-request", "event");
        problem(anyone.get("/api/ledger/inclusion?event=" + "e".repeat(256)), 400, "invalid-request", "event");
        problem(anyone.get("/api/ledger/inclusion?event=" + event.eventIdentifier() + "&treeSize=0"), 400,
                "invalid-request", "treeSize");
        problem(anyone.get("/api/ledger/inclusion?event=" + event.eventIdentifier() + "&treeSize=" + Long.MAX_VALUE),
                400, "invalid-request", "treeSize");
        problem(anyone.get("/api/ledger/inclusion?event=no-such-event"), 404, "not-in-tree", null);
        problem(anyone.get("/api/ledger/inclusion?event=" + later.eventIdentifier() + "&treeSize="
                + checkpoint.treeSize()), 404, "not-in-tree", null);
        problem(anyone.post("/api/ledger/checkpoints", null), 401, "unauthenticated", null);
        problem(new LedgerClient(port, Role.ANALYST).post("/api/ledger/checkpoints", null), 403, "forbidden", null);
    }

    @Test
    void aTreeChangedAfterItWasSignedIsNotSignedAgain() throws SQLException {
        LedgerClient officer = new LedgerClient(port);
        appendRecord(3);
        Checkpoint signed = checkpoint(officer.post("/api/ledger/checkpoints", null).body());
        // The smallest perfect subtree the signed root is computed from; once 2^level more leaves are in, it is
        // merged into a larger one, so admission never reads it again and changing it harms nothing but the check.
        int level = Long.numberOfTrailingZeros(signed.treeSize());
        long index = (signed.treeSize() >>> level) - 1;
        appendRecord(1 << level);
        context.getBean(LedgerAdmission.class).admitNow();
        JdbcTemplate owner = new JdbcTemplate(OwnerDatabase.of(context));
        byte[] stored = owner.queryForObject("SELECT hash FROM ledger_subtree WHERE level = ? AND subtree_index = ?",
                byte[].class, level, index);
        try {
            replaceSubtree(owner, level, index, new byte[MerkleTree.HASH_BYTES]);

            Reply refused = officer.post("/api/ledger/checkpoints", null);

            problem(refused, 409, "tree-inconsistent", null);
            assertThat(refused.body().get("detail").asString()).contains("the tree was changed after it was signed");
            assertThat(context.getBean(TreeFailures.class).checkpoint()).hasValueSatisfying(
                    why -> assertThat(why).contains("has root"));
            assertThat(checkpoint(officer.get("/api/ledger/checkpoints/latest").body())).isEqualTo(signed);
        } finally {
            replaceSubtree(owner, level, index, stored);
        }
        assertThat(officer.post("/api/ledger/checkpoints", null).status()).isEqualTo(201);
        assertThat(context.getBean(TreeFailures.class).checkpoint()).isEmpty();
    }

    @Test
    void aProofTheStoredTreeNoLongerGivesIsAConflict() throws SQLException {
        Written event = appendRecord(2).getFirst();
        Checkpoint signed = checkpoint(new LedgerClient(port).post("/api/ledger/checkpoints", null).body());
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        long leaves = jdbc.queryForObject("SELECT leaf_count FROM ledger_admission", Long.class);
        jdbc.update("UPDATE ledger_admission SET leaf_count = ?", signed.treeSize() - 1);
        try {
            Reply refused = LedgerClient.anonymous(port).get("/api/ledger/inclusion?event=" + event.eventIdentifier()
                    + "&treeSize=" + signed.treeSize());

            problem(refused, 409, "tree-inconsistent", null);
            assertThat(refused.body().get("detail").asString()).startsWith("the stored tree cannot give this proof");
        } finally {
            jdbc.update("UPDATE ledger_admission SET leaf_count = ?", leaves);
        }
    }

    @Test
    void metricsShowTheTreeAndTheLatestCheckpoint() throws SQLException {
        appendRecord(2);
        Checkpoint signed = checkpoint(new LedgerClient(port).post("/api/ledger/checkpoints", null).body());

        String metrics = LedgerClient.anonymous(port).getText("/actuator/prometheus").body();

        assertThat(gauge(metrics, "ledger_tree_size")).isGreaterThanOrEqualTo(signed.treeSize());
        assertThat(gauge(metrics, "ledger_checkpoint_tree_size")).isGreaterThanOrEqualTo(signed.treeSize());
        assertThat(gauge(metrics, "ledger_admission_gaps")).isGreaterThanOrEqualTo(0);
        assertThat(gauge(metrics, "ledger_refused_events")).isGreaterThanOrEqualTo(0);
    }

    private static double gauge(String metrics, String name) {
        return metrics.lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .map(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .findFirst().orElseThrow(() -> new AssertionError(name + " is not among the metrics"));
    }

    private static void replaceSubtree(JdbcTemplate owner, int level, long index, byte[] hash) {
        owner.execute((Connection connection) -> {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE ledger_subtree DISABLE TRIGGER ledger_subtree_no_update_or_delete");
            }
            try (var update = connection.prepareStatement(
                    "UPDATE ledger_subtree SET hash = ? WHERE level = ? AND subtree_index = ?")) {
                update.setBytes(1, hash);
                update.setInt(2, level);
                update.setLong(3, index);
                update.executeUpdate();
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE ledger_subtree ENABLE TRIGGER ledger_subtree_no_update_or_delete");
            }
            return null;
        });
    }

    private static void problem(Reply reply, int status, String type, String field) {
        assertThat(reply.status()).as(reply.raw().body()).isEqualTo(status);
        assertThat(reply.raw().headers().firstValue("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith("application/problem+json"));
        assertThat(reply.body().get("type").asString()).isEqualTo("urn:complaint-ledger:problem:" + type);
        if (field != null) {
            assertThat(reply.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
        }
    }

    private static Checkpoint checkpoint(JsonNode answer) {
        return new Checkpoint(answer.get("treeSize").asLong(), HEX.parseHex(answer.get("rootHash").asString()),
                java.time.Instant.parse(answer.get("issuedAt").asString()), answer.get("keyId").asString(),
                Base64.getDecoder().decode(answer.get("signature").asString()));
    }

    private static List<byte[]> hashes(JsonNode hex) {
        List<byte[]> hashes = new ArrayList<>();
        hex.forEach(node -> hashes.add(HEX.parseHex(node.asString())));
        return hashes;
    }

    private List<Written> appendRecord(int events) throws SQLException {
        ChainedInserts inserts = new ChainedInserts(seals);
        String aggregate = "published-" + UUID.randomUUID();
        return ChainedInserts.committed(dataSource, connection -> {
            List<Written> written = new ArrayList<>();
            Written previous = null;
            for (int sequence = 0; sequence < events; sequence++) {
                previous = inserts.append(connection, aggregate, sequence, previous);
                written.add(previous);
            }
            return written;
        });
    }
}
