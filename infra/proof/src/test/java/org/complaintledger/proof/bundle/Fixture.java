package org.complaintledger.proof.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.util.List;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.LedgerKeys;

/**
 * A ledger with two complaints whose events interleave with each other's, two checkpoints, and complaint A's bundle
 * at each (the later one listing the earlier checkpoints): what the verifier tests tamper with.
 */
public record Fixture(TestLedger ledger, Checkpoint first, Checkpoint second, CaseBundle earlier, CaseBundle bundle,
                      String documentSha256) {

    public static final String A = "c-A";
    public static final String B = "c-B";
    public static final String DOCUMENT = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final KeyPair KEY = LedgerKeys.generate();

    public static KeyPair key() {
        return KEY;
    }

    public static Fixture make() {
        return make(new TestLedger(KEY));
    }

    /** The same history on the given ledger (one that tampers, or signs with another key). */
    public static Fixture make(TestLedger ledger) {
        Checkpoint empty = ledger.checkpoint(TestLedger.START);
        ledger.append(A, "ComplaintLodged", "{\"occurredAt\":\"2026-11-30T10:00:00Z\",\"details\":\"sealed:x1\"}");
        ledger.append(B, "ComplaintLodged", "{\"occurredAt\":\"2026-11-30T11:00:00Z\",\"details\":\"sealed:x2\"}");
        ledger.appendInterleaved(2, A, B, "c-C");
        ledger.append(A, "DocumentAttached", "{\"document\":{\"name\":\"sealed:n1\",\"mediaType\":\"application/pdf\","
                + "\"sha256\":\"" + DOCUMENT + "\"}}");
        Checkpoint first = ledger.checkpoint(TestLedger.START.plusSeconds(60).plusMillis(120));
        ledger.appendInterleaved(3, "c-C", A, B);
        ledger.append(A, "ComplaintClosed", "{\"outcome\":\"sealed:x3\"}");
        ledger.appendInterleaved(2, B);
        Checkpoint second = ledger.checkpoint(TestLedger.START.plusSeconds(120).plusMillis(250));
        List<BundledDocument> documents = List.of(new BundledDocument(A + "-event-3", DOCUMENT, "application/pdf",
                "survey.pdf"));
        CaseBundle earlier = ledger.bundle(A, first, List.of(empty), documents);
        CaseBundle bundle = ledger.bundle(A, second, List.of(empty, first), documents);
        return new Fixture(ledger, first, second, earlier, bundle, DOCUMENT);
    }

    public static byte[] zip(CaseBundle bundle) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            CaseBundleArchive.write(bundle, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
