package org.complaintledger.proof.bundle;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.complaintledger.proof.LedgerKeys;

/**
 * A case bundle as one ZIP archive (docs/proofs.md section 5): README.txt, case-record.html, events.json, one
 * {@code events/NNNNNN-Type.json} per event holding its payload exactly as stored, documents.json, proof.json and
 * public-key.pem. Reading is bounded ({@link Limits}): an entry, the whole and the number of entries are capped as
 * they are inflated, so no archive (a zip bomb included) can make it unbounded; and strict: an entry the format does
 * not have, or the same name twice, is refused rather than ignored.
 */
public final class CaseBundleArchive {

    public static final String README = "README.txt";
    public static final String CASE_RECORD = "case-record.html";
    public static final String EVENTS = "events.json";
    public static final String DOCUMENTS = "documents.json";
    public static final String PROOF = "proof.json";
    public static final String PUBLIC_KEY = "public-key.pem";
    private static final Set<String> FILES = Set.of(README, CASE_RECORD, EVENTS, DOCUMENTS, PROOF, PUBLIC_KEY);

    /** Caps on what reading inflates: bytes of one entry, bytes of all entries, number of entries. */
    public record Limits(long maxEntryBytes, long maxTotalBytes, int maxEntries) {
        /** 32 MiB an entry, 256 MiB in all, 100,000 entries: far above a complaint's record, well inside a heap. */
        public static final Limits DEFAULT = new Limits(32L << 20, 256L << 20, 100_000);
    }

    private CaseBundleArchive() {
    }

    /** Writes the bundle as a ZIP archive to {@code out}, which is finished but not closed. */
    public static void write(CaseBundle bundle, OutputStream out) throws IOException {
        long time = bundle.checkpoint().issuedAt().toEpochMilli();
        Set<String> payloadFiles = new HashSet<>();
        for (BundledEvent event : bundle.events()) {
            if (!payloadFiles.add(event.payloadFile())) {
                throw new IllegalArgumentException("two events of the bundle have payload file " + event.payloadFile());
            }
        }
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        zip.setLevel(Deflater.BEST_SPEED); // a bundle is made on request: speed over the last few per cent of size
        put(zip, README, BundleReadme.text(bundle).getBytes(StandardCharsets.UTF_8), time);
        put(zip, CASE_RECORD, bundle.caseRecordHtml(), time);
        put(zip, EVENTS, BundleJsonWriter.events(bundle), time);
        for (BundledEvent event : bundle.events()) {
            put(zip, event.payloadFile(), event.event().payload(), time);
        }
        put(zip, DOCUMENTS, BundleJsonWriter.documents(bundle), time);
        put(zip, PROOF, BundleJsonWriter.proof(bundle), time);
        put(zip, PUBLIC_KEY, LedgerKeys.publicPem(bundle.publicKey()).getBytes(StandardCharsets.US_ASCII), time);
        zip.finish();
    }

    public static CaseBundle read(InputStream in) throws IOException, BundleFormatException {
        return read(in, Limits.DEFAULT);
    }

    /** Reads a bundle written by {@link #write}; refuses anything else with a message naming entry and field. */
    public static CaseBundle read(InputStream in, Limits limits) throws IOException, BundleFormatException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, byte[]> payloads = new LinkedHashMap<>();
        try {
            entries(in, limits, files, payloads);
        } catch (ZipException e) {
            throw new BundleFormatException("not a readable ZIP archive: " + e.getMessage(), e);
        } catch (EOFException e) {
            throw new BundleFormatException("the ZIP archive ends in the middle of an entry (is it complete?)", e);
        }
        if (files.isEmpty() && payloads.isEmpty()) {
            throw new BundleFormatException("not a case bundle: the archive has no entries (is it a ZIP archive?)");
        }
        for (String name : FILES) {
            if (!files.containsKey(name)) {
                throw new BundleFormatException("the bundle has no " + name);
            }
        }
        BundleJsonReader.Events events = BundleJsonReader.events(files.get(EVENTS), payloads);
        BundleJsonReader.Proof proof = BundleJsonReader.proof(files.get(PROOF));
        PublicKey publicKey;
        try {
            publicKey = LedgerKeys.readPublic(new String(files.get(PUBLIC_KEY), StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            throw new BundleFormatException(PUBLIC_KEY + ": " + e.getMessage());
        }
        if (!LedgerKeys.fingerprint(publicKey).equals(proof.publicKeyFingerprint())) {
            throw new BundleFormatException(PROOF + ": 'publicKeyFingerprint' " + proof.publicKeyFingerprint()
                    + " is not the fingerprint of " + PUBLIC_KEY + " (" + LedgerKeys.fingerprint(publicKey) + ")");
        }
        return new CaseBundle(events.complaintId(), files.get(CASE_RECORD), events.events(),
                BundleJsonReader.documents(files.get(DOCUMENTS)), proof.checkpoint(), proof.leaves(),
                proof.earlierCheckpoints(), publicKey);
    }

    private static void entries(InputStream in, Limits limits, Map<String, byte[]> files, Map<String, byte[]> payloads)
            throws IOException, BundleFormatException {
        ZipInputStream zip = new ZipInputStream(in, StandardCharsets.UTF_8);
        long total = 0;
        int count = 0;
        for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
            String name = entry.getName();
            if (++count > limits.maxEntries()) {
                throw new BundleFormatException("the bundle has more than " + limits.maxEntries() + " entries");
            }
            if (entry.isDirectory() && name.equals("events/")) {
                continue;
            }
            Map<String, byte[]> into = FILES.contains(name) ? files
                    : BundledEvent.isPayloadFileName(name) ? payloads : null;
            if (into == null) {
                throw new BundleFormatException("bundle entry '" + JsonFields.abbreviated(name)
                        + "' is not part of a case bundle");
            }
            if (into.containsKey(name)) {
                throw new BundleFormatException("bundle entry '" + name + "' appears twice");
            }
            byte[] bytes = bounded(zip, name, Math.min(limits.maxEntryBytes(), limits.maxTotalBytes() - total), limits);
            total += bytes.length;
            into.put(name, bytes);
        }
    }

    private static byte[] bounded(InputStream entry, String name, long allowed, Limits limits)
            throws IOException, BundleFormatException {
        byte[] bytes = entry.readNBytes((int) Math.min(allowed, Integer.MAX_VALUE - 8));
        if (entry.read() != -1) {
            throw new BundleFormatException(bytes.length >= limits.maxEntryBytes()
                    ? "bundle entry '" + name + "' is larger than " + limits.maxEntryBytes() + " bytes"
                    : "the bundle's entries come to more than " + limits.maxTotalBytes() + " bytes");
        }
        return bytes;
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes, long time) throws IOException {
        ZipEntry entry = new ZipEntry(name);
        entry.setTime(time);
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }
}
