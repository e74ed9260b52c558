package org.complaintledger.proof.verifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.LedgerKeys;
import org.complaintledger.proof.bundle.CaseBundle;
import org.complaintledger.proof.bundle.Fixture;
import org.complaintledger.proof.bundle.TestLedger;
import org.complaintledger.proof.bundle.Zips;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: what an investigator types and sees, and the exit status a script sees. */
class VerifyBundleTest {

    private static final Fixture FIXTURE = Fixture.make();

    @TempDir
    Path dir;
    private Path key;
    private Path bundle;
    private Path earlier;

    private record Run(int status, String out, String err) {
        List<String> lines() {
            return out.lines().toList();
        }
    }

    @BeforeEach
    void files() throws IOException {
        key = Files.writeString(dir.resolve("landlord.pem"), LedgerKeys.publicPem(Fixture.key().getPublic()));
        bundle = Files.write(dir.resolve("bundle.zip"), Fixture.zip(FIXTURE.bundle()));
        earlier = Files.write(dir.resolve("earlier.zip"), Fixture.zip(FIXTURE.earlier()));
    }

    private static Run run(Object... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String[] strings = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            strings[i] = args[i].toString();
        }
        int status = VerifyBundle.run(strings, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aGenuineBundlePrintsOneLineAndExitsZero() {
        Run run = run("--key", key, bundle);
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo("verified: 8 events of complaint c-A, included in checkpoint "
                + "2026-12-01T09:02:00.250Z (tree size 21)" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void sinceAnEarlierBundleSaysSo() {
        Run run = run("--key", key, "--since", earlier, bundle);
        assertThat(run.status()).isZero();
        assertThat(run.lines()).containsExactly(
                "verified: 8 events of complaint c-A, included in checkpoint 2026-12-01T09:02:00.250Z (tree size 21)",
                "and the earlier bundle's 4 events and checkpoint 2026-12-01T09:01:00.120Z (tree size 9) are unchanged"
                        + " in it");
    }

    @Test
    void aTamperedBundlePrintsFailedLinesAndExitsOne() throws IOException {
        Files.write(bundle, Zips.changed(Files.readAllBytes(bundle), entries -> {
            byte[] payload = entries.get("events/000005-NoteAdded.json");
            payload[3] ^= 1;
        }));
        Run run = run("--key", key, bundle);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).singleElement().asString()
                .startsWith("FAILED: event c-A-event-5 (sequence 5, NoteAdded): its stored fields and payload");
        // The tampered bundle given as the earlier one (and a later one as the current: history shrank).
        Run since = run("--since", bundle, "--key", key, earlier);
        assertThat(since.status()).isEqualTo(1);
        assertThat(since.lines()).allSatisfy(line -> assertThat(line).startsWith("FAILED: "));
        assertThat(since.lines().getFirst()).startsWith("FAILED: earlier bundle: event c-A-event-5 (sequence 5,");
    }

    @Test
    void anotherKeyFailsAndOlderKeysCanBeAdded() throws IOException {
        Path other = Files.writeString(dir.resolve("other.pem"), LedgerKeys.publicPem(LedgerKeys.generate().getPublic()));
        Run run = run("--key", other, bundle);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).hasSize(3).first().asString().startsWith("FAILED: checkpoint 2026-12-01T09:02:00.250Z"
                + " (tree size 21) is signed with key " + LedgerKeys.fingerprint(Fixture.key().getPublic()));
        assertThat(run.lines().get(2)).startsWith("FAILED: earlier checkpoint 2026-12-01T09:01:00.120Z (tree size 9)"
                + " is signed with key");
        assertThat(run("--key", other, "--key", key, bundle).status()).isZero();
    }

    @Test
    void whatIsNotABundleFailsWithTheReason() throws IOException {
        Path text = Files.writeString(dir.resolve("notes.zip"), "not a zip");
        Run run = run("--key", key, text);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEqualTo("FAILED: " + text + " is not a valid case bundle: not a case bundle: the archive"
                + " has no entries (is it a ZIP archive?)" + System.lineSeparator());
    }

    @Test
    void manyFailuresAreShownUpToTwoHundred() throws IOException {
        TestLedger ledger = new TestLedger(Fixture.key());
        for (int i = 0; i < 250; i++) {
            ledger.append("c-Big", "NoteAdded", "{\"n\":" + i + "}");
        }
        Checkpoint checkpoint = ledger.checkpoint(TestLedger.START);
        CaseBundle big = ledger.bundle("c-Big", checkpoint, List.of(), List.of());
        byte[] root = checkpoint.rootHash().clone();
        root[0] ^= 1;
        CaseBundle wrongRoot = Tamper.checkpoint(big, Tamper.checkpoint(checkpoint, checkpoint.treeSize(), root,
                checkpoint.signature()));
        Files.write(bundle, Fixture.zip(wrongRoot));
        Run run = run("--key", key, bundle);
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.lines()).hasSize(201).allSatisfy(line -> assertThat(line).startsWith("FAILED: "));
        assertThat(run.lines().getLast()).isEqualTo("FAILED: and 51 more failures");
    }

    @Test
    void printsAKeysFingerprint() throws IOException {
        Run run = run("--fingerprint", key);
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(LedgerKeys.fingerprint(Fixture.key().getPublic()) + System.lineSeparator());
        Run bad = run("--fingerprint", Files.writeString(dir.resolve("x.pem"), "x"));
        assertThat(bad.status()).isEqualTo(2);
        assertThat(bad.err()).startsWith("cannot read " + dir.resolve("x.pem") + " as a public key: ");
        assertThat(run("--fingerprint", key, bundle).status()).isEqualTo(2);
        assertThat(run("--key", key, "--fingerprint", key).status()).isEqualTo(2);
    }

    @Test
    void badUsageExitsTwoWithTheUsage() throws IOException {
        List<Run> runs = new ArrayList<>();
        runs.add(run());
        runs.add(run(bundle));
        runs.add(run("--key", key));
        runs.add(run("--key"));
        runs.add(run("--key", key, bundle, earlier));
        runs.add(run("--key", key, "--since", earlier, "--since", earlier, bundle));
        runs.add(run("--key", key, "--verbose", bundle));
        for (Run run : runs) {
            assertThat(run.status()).isEqualTo(2);
            assertThat(run.out()).isEmpty();
            assertThat(run.err()).contains("usage: java -jar proof-<version>-verifier.jar --key trusted-public-key.pem");
        }
        Run help = run("--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).startsWith("usage: ");
    }

    @Test
    void aFileThatCannotBeUsedExitsTwo() throws IOException {
        Run noKey = run("--key", dir.resolve("missing.pem"), bundle);
        assertThat(noKey.status()).isEqualTo(2);
        assertThat(noKey.err()).isEqualTo("cannot use " + dir.resolve("missing.pem") + " as a trusted key: "
                + dir.resolve("missing.pem") + System.lineSeparator());
        Path notAKey = Files.writeString(dir.resolve("not-a-key.pem"), "hello");
        Run badKey = run("--key", notAKey, bundle);
        assertThat(badKey.status()).isEqualTo(2);
        assertThat(badKey.err()).contains("cannot use " + notAKey + " as a trusted key: no '-----BEGIN PUBLIC KEY-----'");
        Run noBundle = run("--key", key, dir.resolve("missing.zip"));
        assertThat(noBundle.status()).isEqualTo(2);
        assertThat(noBundle.err()).isEqualTo("cannot read " + dir.resolve("missing.zip") + ": no such file"
                + System.lineSeparator());
        Run noEarlier = run("--key", key, "--since", dir.resolve("gone.zip"), bundle);
        assertThat(noEarlier.status()).isEqualTo(2);
    }
}
