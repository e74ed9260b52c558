package org.complaintledger.selfcheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.sql.ResultSet;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.complaintledger.access.Role;
import org.complaintledger.casebundle.CaseBundleAssembly;
import org.complaintledger.casebundle.CaseBundleCheckpoints;
import org.complaintledger.casebundle.CaseBundleDownloads;
import org.complaintledger.casebundle.StoredComplaintEvents;
import org.complaintledger.http.LedgerClient;
import org.complaintledger.http.LedgerClient.Reply;
import org.complaintledger.ledgertree.LedgerCheckpoints;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.bundle.CaseBundle;
import org.complaintledger.proof.bundle.CaseBundleArchive;
import org.complaintledger.proof.verifier.BundleVerifier;
import org.complaintledger.proof.verifier.TrustedKeys;
import org.complaintledger.proof.verifier.Verdict;
import org.complaintledger.testsupport.LedgerTest;
import org.complaintledger.testsupport.OwnerDatabase;
import org.complaintledger.testsupport.TestAccounts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Every tampering of issue 10 against the offline verifier: complaints recorded through the running ledger's API and
 * checkpointed, a case bundle B1 of each downloaded over HTTP; then each {@link Tampering} applied as the tables'
 * owner (triggers disabled) in a transaction, and a bundle B2 of each complaint made, inside that transaction, by the
 * ledger's own bundle code ({@link CaseBundleAssembly}) from the tampered store and written and read back as a ZIP;
 * rolled back afterwards. The verifier is run on B2 alone and on B2 {@code --since} B1. Admission runs on demand only
 * (a bundle's, a checkpoint's), so nothing moves between the steps; the application is this class's own.
 */
@LedgerTest
@TestPropertySource(properties = "complaint-ledger.proof.admission-interval=0")
@DirtiesContext
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BundleTamperingTest {

    private static final String ACKNOWLEDGEMENT = """
            {"handler": "Hal", "definition": {"understanding": "boiler fails", "outcomesSought": ["repair"]},
             "responsibleFor": ["boiler"], "notResponsibleFor": []}""";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @Autowired
    LedgerCheckpoints checkpoints;

    DataSource owner;
    PublicKey key;
    BundleVerifier verifier;
    /** B0 of each complaint, in the order they were logged: made against the first checkpoint. */
    final Map<String, byte[]> oldest = new LinkedHashMap<>();
    /** B1 of each complaint: made against the latest checkpoint, right before the tampering. */
    final Map<String, byte[]> before = new LinkedHashMap<>();

    /** What the verifier says about one complaint's B2: alone, since its B1, since its B0. */
    record Verdicts(String complaint, Verdict alone, Verdict since, Verdict sinceOldest) {
    }

    @BeforeAll
    void complaintsRecordedCheckpointedAndBundled() {
        LedgerClient officer = new LedgerClient(port);
        List<String> complaints = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            complaints.add(officer.logComplaint("resident-" + i, "Resident " + i, "The boiler failed " + i + " times"));
        }
        for (String complaint : complaints.subList(0, 6)) {
            accepted(officer, complaint, "/stages/1/acknowledgement", ACKNOWLEDGEMENT);
        }
        CaseBundleDownloads downloads = new CaseBundleDownloads(port, TestAccounts.username(Role.OFFICER),
                TestAccounts.PASSWORD);
        for (String complaint : complaints) {
            oldest.put(complaint, downloaded(downloads, complaint));
        }
        for (String complaint : complaints) {
            accepted(officer, complaint, "/correspondence", """
                    {"direction": "INBOUND", "party": "RESIDENT", "channel": "EMAIL", "summary": "Asked for news"}""");
            accepted(officer, complaint, "/correspondence", """
                    {"direction": "OUTBOUND", "party": "RESIDENT", "channel": "EMAIL", "summary": "Gave news"}""");
        }
        for (String complaint : complaints) {
            before.put(complaint, downloaded(downloads, complaint));
        }
        owner = OwnerDatabase.of(context);
        key = CaseBundleDownloads.publishedKey(port);
        verifier = new BundleVerifier(TrustedKeys.of(List.of(key)));
    }

    @Test
    void untouchedEveryBundleVerifiesAloneAndSinceItsFirst() throws Exception {
        for (Verdicts verdicts : bundlesAfter(null)) {
            assertThat(verdicts.alone().failures()).as(verdicts.complaint()).isEmpty();
            assertThat(verdicts.since().failures()).as(verdicts.complaint()).isEmpty();
            assertThat(verdicts.sinceOldest().failures()).as(verdicts.complaint()).isEmpty();
        }
    }

    /**
     * Tampering; what the verifier says of the victim's B2 alone, and of B2 since B1 (a fragment of the failure
     * that names the event or proof). The table of docs/proofs.md section 8, with the self-check's column from
     * {@link TamperingsFound}.
     */
    static Stream<Arguments> table() {
        String changed = "not to its chained hash";
        String missing = "of the earlier bundle is missing from this bundle";
        return Stream.of(
                arguments(Tampering.PAYLOAD_BYTE, changed, changed),
                arguments(Tampering.TIME_STAMP, changed, changed),
                arguments(Tampering.PAYLOAD_TYPE, changed, changed),
                arguments(Tampering.SEQUENCE_NUMBER, changed, missing),
                arguments(Tampering.DELETED_EVENT, "which is not in the bundle", missing),
                arguments(Tampering.DELETED_EVENT_WITH_ITS_CHAIN_ROW, "which is not in the bundle", missing),
                arguments(Tampering.FORGED_EVENT, "has no leaf", "has no leaf"),
                arguments(Tampering.FORGED_EVENT_WITH_CHAIN_ROW, "has no leaf", "has no leaf"),
                arguments(Tampering.FORGED_EVENT_INTO_THE_PAST, "has no leaf", "has no leaf"),
                arguments(Tampering.REORDERED, "but the event is at", "but the event is at"),
                arguments(Tampering.SWAPPED_BETWEEN_COMPLAINTS, "which is not in the bundle", "differs in this bundle"),
                arguments(Tampering.TRUNCATED_TAIL, "has no leaf", missing));
    }

    @Test
    void theTableHasEveryTampering() {
        assertThat(table().map(row -> row.get()[0])).containsExactlyInAnyOrder((Object[]) Tampering.values());
    }

    @ParameterizedTest(name = "{0}: B2 alone \"{1}\", B2 since B1 \"{2}\"")
    @MethodSource("table")
    void everyTamperingFailsTheVerifierNamingTheEvent(Tampering tampering, String alone, String since)
            throws Exception {
        Tampering.Tampered[] tampered = new Tampering.Tampered[1];
        Map<String, String> tail = new LinkedHashMap<>();
        List<Verdicts> verdicts = bundlesAfter(connection -> {
            new JdbcTemplate(new SingleConnectionDataSource(connection, true)).query("SELECT event_identifier, "
                    + "aggregate_identifier FROM ledger_leaf ORDER BY leaf_index DESC LIMIT 3",
                    (ResultSet rs) -> {
                        tail.put(rs.getString(1), rs.getString(2));
                    });
            tampered[0] = tampering.apply(connection);
        });

        if (tampered[0].eventIdentifier() != null) {
            Verdicts victim = of(verdicts, tampered[0].aggregateIdentifier());
            assertNamed(victim.alone(), alone, tampered[0].eventIdentifier());
            assertNamed(victim.since(), since, tampered[0].eventIdentifier());
        } else {
            // the whole tail of the ledger removed with its leaves: every event of every complaint loses its proof
            // in the checkpoint that remembers the tail, and each complaint that lost events names the first
            for (Verdicts each : verdicts) {
                assertThat(each.alone().failures()).as(each.complaint()).isNotEmpty()
                        .allSatisfy(failure -> assertThat(failure).contains(alone));
                assertThat(each.since().verified()).as(each.complaint()).isFalse();
            }
            for (String complaint : new LinkedHashSet<>(tail.values())) {
                assertThat(of(verdicts, complaint).since().failures()).as(complaint)
                        .anySatisfy(failure -> assertThat(failure).contains(since)
                                .containsAnyOf(tail.keySet().toArray(String[]::new)));
            }
        }
        for (Verdicts each : verdicts) {
            // whatever B2 shows alone, since B1 shows it too: a bundle that fails alone fails since
            if (!each.alone().verified()) {
                assertThat(each.since().verified()).as(each.complaint()).isFalse();
            }
        }
        // no false alarm: only the complaints tampered with fail, alone or since (the two events moved by REORDERED
        // and SWAPPED_BETWEEN_COMPLAINTS are of two complaints in this ledger; a truncated tail fails every proof)
        int tamperedWith = switch (tampering) {
            case REORDERED, SWAPPED_BETWEEN_COMPLAINTS -> 2;
            case TRUNCATED_TAIL -> before.size();
            default -> 1;
        };
        assertThat(verdicts.stream().filter(each -> !each.alone().verified())).hasSize(tamperedWith);
        assertThat(verdicts.stream().filter(each -> !each.since().verified())).hasSize(tamperedWith);
    }

    private static Verdicts of(List<Verdicts> verdicts, String complaint) {
        return verdicts.stream().filter(v -> v.complaint().equals(complaint)).findFirst().orElseThrow();
    }

    /** The verdict failed, with a failure that says {@code what} and names the event. */
    private static void assertNamed(Verdict verdict, String what, String eventIdentifier) {
        assertThat(verdict.verified()).isFalse();
        assertThat(verdict.failures()).anySatisfy(failure -> assertThat(failure).contains(what, eventIdentifier));
    }

    private interface Tamper {
        void apply(Connection owner) throws Exception;
    }

    /**
     * B2 of every complaint made from the store as {@code tamper} leaves it (null: untouched), inside its transaction,
     * each verified alone and since its B1; then rolled back.
     */
    private List<Verdicts> bundlesAfter(Tamper tamper) throws Exception {
        List<Verdicts> verdicts = new ArrayList<>();
        try (Connection connection = owner.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (tamper != null) {
                    tamper.apply(connection);
                }
                JdbcTemplate tampered = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
                for (Map.Entry<String, byte[]> first : before.entrySet()) {
                    CaseBundle earlier = read(first.getValue());
                    CaseBundle now = read(write(bundle(tampered, first.getKey())));
                    verdicts.add(new Verdicts(first.getKey(), verifier.verify(now), verifier.verify(now, earlier),
                            verifier.verify(now, read(oldest.get(first.getKey())))));
                }
            } finally {
                connection.rollback();
            }
        }
        return verdicts;
    }

    /** The complaint's bundle as the ledger makes one, against its latest checkpoint, from the store {@code jdbc} reaches. */
    private CaseBundle bundle(JdbcTemplate jdbc, String complaint) {
        StoredComplaintEvents stored = StoredComplaintEvents.read(jdbc, complaint);
        CaseBundleCheckpoints made = new CaseBundleCheckpoints(jdbc);
        Long latestSize = jdbc.queryForObject("SELECT max(tree_size) FROM ledger_checkpoint", Long.class);
        Checkpoint latest = made.ofSizes(List.of(latestSize)).getFirst();
        List<Checkpoint> earlier = made.ofSizes(made.recorded(complaint).stream()
                .filter(size -> size < latest.treeSize()).toList());
        return CaseBundleAssembly.assemble(jdbc, complaint, stored,
                "<!DOCTYPE html><p>case record</p>".getBytes(StandardCharsets.UTF_8), Map.of(), latest, earlier, key);
    }

    private static byte[] write(CaseBundle bundle) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CaseBundleArchive.write(bundle, out);
        return out.toByteArray();
    }

    private static CaseBundle read(byte[] archive) throws Exception {
        return CaseBundleArchive.read(new ByteArrayInputStream(archive));
    }

    private static byte[] downloaded(CaseBundleDownloads downloads, String complaint) {
        CaseBundleDownloads.Download download = downloads.get(complaint);
        assertThat(download.status()).isEqualTo(200);
        return download.body();
    }

    private static void accepted(LedgerClient officer, String complaint, String step, String body) {
        Reply reply = officer.post("/api/complaints/" + complaint + step, body);
        assertThat(reply.status()).as(step + ": " + reply.body()).isEqualTo(200);
    }
}
