package org.complaintledger.proof.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.complaintledger.proof.LedgerKeys;
import org.complaintledger.proof.StoredEvent;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class CaseBundleArchiveTest {

    private static final Fixture FIXTURE = Fixture.make();
    private static final CaseBundle BUNDLE = FIXTURE.bundle();
    private static final byte[] ZIP = Fixture.zip(BUNDLE);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static CaseBundle read(byte[] zip) throws Exception {
        return CaseBundleArchive.read(new ByteArrayInputStream(zip));
    }

    private static JsonNode json(String entry) {
        return JSON.readTree(Zips.entries(ZIP).get(entry));
    }

    @Test
    void aWrittenBundleReadsBackEqual() throws Exception {
        assertThat(read(ZIP)).isEqualTo(BUNDLE);
        assertThat(read(Fixture.zip(FIXTURE.earlier()))).isEqualTo(FIXTURE.earlier());
    }

    @Test
    void theArchiveHoldsTheDocumentedEntriesInOrder() {
        List<String> expected = new ArrayList<>(List.of("README.txt", "case-record.html", "events.json"));
        expected.addAll(List.of("events/000000-ComplaintLodged.json", "events/000001-NoteAdded.json",
                "events/000002-NoteAdded.json", "events/000003-DocumentAttached.json", "events/000004-NoteAdded.json",
                "events/000005-NoteAdded.json", "events/000006-NoteAdded.json", "events/000007-ComplaintClosed.json"));
        expected.addAll(List.of("documents.json", "proof.json", "public-key.pem"));
        assertThat(Zips.entries(ZIP).keySet()).containsExactlyElementsOf(expected);
    }

    @Test
    void eachPayloadFileHoldsTheStoredBytesExactly() throws Exception {
        Map<String, byte[]> entries = Zips.entries(ZIP);
        for (BundledEvent event : BUNDLE.events()) {
            assertThat(entries.get(event.payloadFile())).isEqualTo(event.event().payload());
        }
        // Bytes that are not UTF-8 text, with CR LF: still exactly what was stored.
        StoredEvent original = BUNDLE.events().getFirst().event();
        byte[] odd = {'{', (byte) 0xFF, (byte) 0xFE, '\r', '\n', 0, '}'};
        StoredEvent oddEvent = new StoredEvent(original.eventIdentifier(), original.aggregateIdentifier(),
                original.aggregateType(), 0, original.payloadType(), original.payloadRevision(), original.recordedAt(),
                odd, null);
        List<BundledEvent> events = new ArrayList<>(BUNDLE.events());
        BundledEvent first = events.getFirst();
        events.set(0, BundledEvent.of(oddEvent, first.globalIndex(), first.previousHash(), first.eventHash()));
        CaseBundle changed = new CaseBundle(BUNDLE.complaintId(), BUNDLE.caseRecordHtml(), events, BUNDLE.documents(),
                BUNDLE.checkpoint(), BUNDLE.leaves(), BUNDLE.earlierCheckpoints(), BUNDLE.publicKey());
        byte[] zip = Fixture.zip(changed);
        assertThat(Zips.entries(zip).get("events/000000-ComplaintLodged.json")).isEqualTo(odd);
        CaseBundle read = read(zip);
        assertThat(read.events().getFirst().event().payload()).isEqualTo(odd);
        assertThat(read.events().getFirst().event().metaData()).isNull();
    }

    @Test
    void eventsJsonHasTheDocumentedFields() {
        JsonNode events = json("events.json");
        assertThat(events.propertyNames()).containsExactly("complaintId", "events");
        assertThat(events.get("complaintId").stringValue()).isEqualTo(Fixture.A);
        JsonNode first = events.get("events").get(0);
        assertThat(first.propertyNames()).containsExactly("eventIdentifier", "aggregateIdentifier", "aggregateType",
                "sequenceNumber", "payloadType", "payloadRevision", "recordedAt", "globalIndex", "payloadFile",
                "metaData", "previousHash", "eventHash");
        BundledEvent event = BUNDLE.events().getFirst();
        assertThat(first.get("sequenceNumber").isIntegralNumber()).isTrue();
        assertThat(first.get("globalIndex").longValue()).isEqualTo(event.globalIndex());
        assertThat(first.get("payloadRevision").isNull()).isTrue();
        assertThat(first.get("recordedAt").stringValue()).isEqualTo(event.event().recordedAt());
        assertThat(Base64.getDecoder().decode(first.get("metaData").stringValue())).isEqualTo(event.event().metaData());
        assertThat(first.get("previousHash").stringValue()).isEqualTo("00".repeat(32));
        assertThat(first.get("eventHash").stringValue()).isEqualTo(HexFormat.of().formatHex(event.eventHash()));
        assertThat(first.get("payloadFile").stringValue()).isEqualTo("events/000000-ComplaintLodged.json");
    }

    @Test
    void proofJsonHasTheDocumentedFields() {
        JsonNode proof = json("proof.json");
        assertThat(proof.propertyNames()).containsExactly("checkpoint", "leaves", "earlierCheckpoints",
                "publicKeyFingerprint");
        JsonNode checkpoint = proof.get("checkpoint");
        assertThat(checkpoint.propertyNames()).containsExactly("treeSize", "rootHash", "issuedAt", "keyId", "signature");
        assertThat(checkpoint.get("issuedAt").stringValue()).isEqualTo("2026-12-01T09:02:00.250Z");
        assertThat(checkpoint.get("treeSize").longValue()).isEqualTo(BUNDLE.checkpoint().treeSize());
        assertThat(checkpoint.get("rootHash").stringValue()).isEqualTo(BUNDLE.checkpoint().rootHashHex());
        assertThat(checkpoint.get("signature").stringValue()).isEqualTo(BUNDLE.checkpoint().signatureBase64());
        JsonNode leaf = proof.get("leaves").get(0);
        assertThat(leaf.propertyNames()).containsExactly("leafIndex", "eventIdentifier", "globalIndex", "auditPath");
        assertThat(leaf.get("auditPath").get(0).stringValue()).matches("[0-9a-f]{64}");
        JsonNode earlier = proof.get("earlierCheckpoints").get(1);
        assertThat(earlier.propertyNames()).containsExactly("checkpoint", "consistencyPath");
        assertThat(earlier.get("checkpoint").get("issuedAt").stringValue()).isEqualTo("2026-12-01T09:01:00.120Z");
        assertThat(proof.get("earlierCheckpoints").get(0).get("checkpoint").get("issuedAt").stringValue())
                .isEqualTo("2026-12-01T09:00:00Z");
        assertThat(proof.get("publicKeyFingerprint").stringValue())
                .isEqualTo(LedgerKeys.fingerprint(Fixture.key().getPublic())).isEqualTo(BUNDLE.checkpoint().keyId());
    }

    @Test
    void documentsJsonAndTheKeyAndTheReadme() {
        JsonNode document = json("documents.json").get("documents").get(0);
        assertThat(document.propertyNames()).containsExactly("eventIdentifier", "sha256", "mediaType", "name");
        assertThat(document.get("sha256").stringValue()).isEqualTo(Fixture.DOCUMENT);
        Map<String, byte[]> entries = Zips.entries(ZIP);
        assertThat(new String(entries.get("public-key.pem"), StandardCharsets.US_ASCII))
                .isEqualTo(LedgerKeys.publicPem(Fixture.key().getPublic()));
        assertThat(entries.get("case-record.html")).isEqualTo(BUNDLE.caseRecordHtml());
        assertThat(new String(entries.get("README.txt"), StandardCharsets.UTF_8))
                .contains("Case bundle of complaint c-A")
                .contains("8 events of the complaint")
                .contains("2026-12-01T09:02:00.250Z (tree size " + BUNDLE.checkpoint().treeSize() + ")")
                .contains(BUNDLE.checkpoint().keyId())
                .contains("java -jar proof-<version>-verifier.jar --key landlord-public-key.pem this-bundle.zip");
    }

    @Test
    void payloadFilesAreNamedBySequenceAndSimpleTypeName() {
        StoredEvent event = new StoredEvent("e", "c", null, 42, "org.example.Outer$Inner", null, "t", new byte[0], null);
        assertThat(BundledEvent.payloadFileFor(event)).isEqualTo("events/000042-Outer_Inner.json");
        StoredEvent big = new StoredEvent("e", "c", null, 1_234_567, "Plain", null, "t", new byte[0], null);
        assertThat(BundledEvent.payloadFileFor(big)).isEqualTo("events/1234567-Plain.json");
        for (String name : List.of("events/../x.json", "x.json", "events/", "events/a/b.json", "/events/a.json",
                "events/.hidden")) {
            assertThatThrownBy(() -> new BundledEvent(event, 1, new byte[32], new byte[32], name))
                    .as(name).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void theEntryCapsHoldAgainstAZipBomb() throws Exception {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bomb)) {
            zip.putNextEntry(new ZipEntry("case-record.html"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 64; i++) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        assertThat(bomb.size()).as("64 MiB compressed").isLessThan(1 << 20);
        assertThatThrownBy(() -> read(bomb.toByteArray())).isInstanceOf(BundleFormatException.class)
                .hasMessage("bundle entry 'case-record.html' is larger than 33554432 bytes");
    }

    @Test
    void theTotalAndTheNumberOfEntriesAreCapped() {
        assertThatThrownBy(() -> CaseBundleArchive.read(new ByteArrayInputStream(ZIP),
                new CaseBundleArchive.Limits(1 << 20, 4_000, 1000))).isInstanceOf(BundleFormatException.class)
                .hasMessage("the bundle's entries come to more than 4000 bytes");
        assertThatThrownBy(() -> CaseBundleArchive.read(new ByteArrayInputStream(ZIP),
                new CaseBundleArchive.Limits(1 << 20, 1 << 20, 5))).isInstanceOf(BundleFormatException.class)
                .hasMessage("the bundle has more than 5 entries");
        assertThatThrownBy(() -> CaseBundleArchive.read(new ByteArrayInputStream(ZIP),
                new CaseBundleArchive.Limits(100, 1 << 20, 1000))).isInstanceOf(BundleFormatException.class)
                .hasMessageEndingWith("is larger than 100 bytes");
    }

    @Test
    void whatIsNotABundleIsRefusedWithTheReason() {
        refused("hello, not a zip".getBytes(StandardCharsets.UTF_8), "the archive has no entries");
        refused(Arrays.copyOf(ZIP, ZIP.length / 2), "ends in the middle of an entry");
        refused(Zips.changed(ZIP, e -> e.put("notes.txt", new byte[1])), "bundle entry 'notes.txt' is not part of a case bundle");
        refused(Zips.changed(ZIP, e -> e.remove("proof.json")), "the bundle has no proof.json");
        refused(Zips.changed(ZIP, e -> e.remove("events/000004-NoteAdded.json")),
                "events.json: events[4]: its payload file 'events/000004-NoteAdded.json' is not in the bundle");
        refused(Zips.changed(ZIP, e -> e.put("events/000099-Forged.json", new byte[1])),
                "bundle entry 'events/000099-Forged.json' is the payload of no event in events.json");
        refused(Zips.replaced(ZIP, "events.json", "events/000004-NoteAdded.json", "events/000005-NoteAdded.json"),
                "events.json: events[5]: payload file 'events/000005-NoteAdded.json' is named by another event too");
        refused(Zips.changed(ZIP, e -> e.put("events.json", "{".getBytes(StandardCharsets.UTF_8))),
                "events.json is not valid JSON");
        refused(Zips.replaced(ZIP, "events.json", "\"complaintId\" : \"c-A\"",
                "\"complaintId\" : \"c-A\", \"complaintId\" : \"c-B\""), "events.json is not valid JSON");
        refused(Zips.replaced(ZIP, "events.json", "\"sequenceNumber\" : 2", "\"sequenceNumber\" : \"2\""),
                "events.json: events[2]: 'sequenceNumber' is not a whole number");
        refused(Zips.replaced(ZIP, "events.json", "\"sequenceNumber\" : 2", "\"sequenceNumber\" : 2.5"),
                "events.json: events[2]: 'sequenceNumber' is not a whole number");
        refused(Zips.replaced(ZIP, "events.json", "\"sequenceNumber\" : 2", "\"sequenceNumber\" : 2, \"note\" : 1"),
                "events.json: events[2] has a field 'note' that a case bundle does not have");
        refused(Zips.replaced(ZIP, "events.json", "\"previousHash\" : \"0000", "\"previousHash\" : \"00AA"),
                "events.json: events[0]: 'previousHash' is not a SHA-256 hash (64 lowercase hex digits)");
        refused(Zips.replaced(ZIP, "events.json", "\"recordedAt\"", "\"recordedAtt\""),
                "events.json: events[0] has a field 'recordedAtt'");
        refused(Zips.replaced(ZIP, "proof.json", "\"issuedAt\" : \"2026-12-01T09:02:00.250Z\"",
                "\"issuedAt\" : \"2026-12-01T09:02:00.250000Z\""), "proof.json: checkpoint: 'issuedAt' "
                + "'2026-12-01T09:02:00.250000Z' is not written as the ledger signs it ('2026-12-01T09:02:00.250Z')");
        refused(Zips.replaced(ZIP, "proof.json", "\"issuedAt\" : \"2026-12-01T09:02:00.250Z\"",
                "\"issuedAt\" : \"yesterday\""), "proof.json: checkpoint: 'issuedAt' is not an ISO-8601 instant");
        refused(Zips.replaced(ZIP, "proof.json", "\"signature\" : \"", "\"signature\" : \"!"),
                "proof.json: checkpoint: 'signature' is not base64");
        refused(Zips.replaced(ZIP, "proof.json", "\"publicKeyFingerprint\" : \"", "\"publicKeyFingerprint\" : \"0"),
                "proof.json: 'publicKeyFingerprint'");
        refused(Zips.changed(ZIP, e -> e.put("public-key.pem", "no key".getBytes(StandardCharsets.US_ASCII))),
                "public-key.pem: no '-----BEGIN PUBLIC KEY-----' block");
        refused(Zips.replaced(ZIP, "documents.json", Fixture.DOCUMENT, Fixture.DOCUMENT.toUpperCase()),
                "documents.json: documents[0]: 'sha256' is not 64 lowercase hex digits");
    }

    @Test
    void anEntryTwiceIsRefused() {
        byte[] zip = Zips.changed(ZIP, e -> e.put("proof.jsoX", e.get("proof.json")));
        byte[] patched = patch(zip, "proof.jsoX", "proof.json");
        refused(patched, "bundle entry 'proof.json' appears twice");
    }

    @Test
    void theSubtreesABundleNeedsAreKnownBeforeAnyIsRead() {
        TestLedger ledger = FIXTURE.ledger();
        long size = FIXTURE.second().treeSize();
        List<Long> leaves = BUNDLE.leaves().stream().map(BundledLeaf::leafIndex).toList();
        List<Long> earlier = List.of(0L, FIXTURE.first().treeSize(), 5L, size);
        var needed = BundleSubtrees.needed(size, leaves, earlier);
        org.complaintledger.proof.MerkleTree.Subtrees onlyThose = (level, index) -> {
            if (!needed.contains(new BundleSubtrees.Subtree(level, index))) {
                throw new AssertionError("read " + level + "/" + index + ", which was not named as needed");
            }
            return ledger.subtrees().hash(level, index);
        };
        for (BundledLeaf leaf : BUNDLE.leaves()) {
            assertThat(BundledLeaf.of(onlyThose, size, leaf.leafIndex(), leaf.eventIdentifier(), leaf.globalIndex()))
                    .isEqualTo(leaf);
        }
        for (long before : List.of(FIXTURE.first().treeSize(), 5L, size)) {
            assertThat(org.complaintledger.proof.MerkleTree.consistencyProof(onlyThose, before, size))
                    .usingElementComparator(Arrays::compare)
                    .containsExactlyElementsOf(org.complaintledger.proof.MerkleTree.consistencyProof(
                            ledger.subtrees(), before, size));
        }
        assertThat(needed.size()).isLessThan(3 * (int) size);
    }

    private static void refused(byte[] zip, String reason) {
        assertThatThrownBy(() -> read(zip)).as(reason).isInstanceOf(BundleFormatException.class)
                .hasMessageContaining(reason);
    }

    private static byte[] patch(byte[] bytes, String from, String to) {
        byte[] f = from.getBytes(StandardCharsets.US_ASCII);
        byte[] t = to.getBytes(StandardCharsets.US_ASCII);
        byte[] out = bytes.clone();
        int patched = 0;
        for (int i = 0; i + f.length <= out.length; i++) {
            if (Arrays.equals(out, i, i + f.length, f, 0, f.length)) {
                System.arraycopy(t, 0, out, i, t.length);
                patched++;
            }
        }
        assertThat(patched).as("the name in the local header and the central directory").isEqualTo(2);
        return out;
    }
}
