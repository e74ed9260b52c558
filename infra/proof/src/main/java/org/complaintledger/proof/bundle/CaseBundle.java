package org.complaintledger.proof.bundle;

import java.security.PublicKey;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.complaintledger.proof.Checkpoint;

/**
 * A complaint's case bundle (5.12; docs/proofs.md section 5): the human-readable case record, every event of the
 * complaint exactly as stored with its chained hash, the documents it names, and the proof that each event is in a
 * tree the ledger signed. {@link CaseBundleArchive} writes and reads it as one ZIP archive; the offline verifier checks
 * it against a public key the investigator trusts.
 *
 * @param complaintId        the complaint (the record's aggregate identifier)
 * @param caseRecordHtml     the printable case record, as the ledger renders it (not itself proven)
 * @param events             the complaint's events in sequence order
 * @param documents          the documents named on the record
 * @param checkpoint         the signed checkpoint every event is proven in
 * @param leaves             one leaf per event, with its audit path in {@code checkpoint}
 * @param earlierCheckpoints earlier signed checkpoints, each with its consistency proof to {@code checkpoint}
 * @param publicKey          the key that signed {@code checkpoint}, for convenience: the verifier trusts only the
 *                           keys it is given
 */
public record CaseBundle(String complaintId, byte[] caseRecordHtml, List<BundledEvent> events,
                         List<BundledDocument> documents, Checkpoint checkpoint, List<BundledLeaf> leaves,
                         List<EarlierCheckpoint> earlierCheckpoints, PublicKey publicKey) {

    public CaseBundle {
        Objects.requireNonNull(complaintId, "complaintId");
        Objects.requireNonNull(caseRecordHtml, "caseRecordHtml");
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(publicKey, "publicKey");
        events = List.copyOf(events);
        documents = List.copyOf(documents);
        leaves = List.copyOf(leaves);
        earlierCheckpoints = List.copyOf(earlierCheckpoints);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CaseBundle that && complaintId.equals(that.complaintId)
                && Arrays.equals(caseRecordHtml, that.caseRecordHtml) && events.equals(that.events)
                && documents.equals(that.documents) && checkpoint.equals(that.checkpoint) && leaves.equals(that.leaves)
                && earlierCheckpoints.equals(that.earlierCheckpoints)
                && Arrays.equals(publicKey.getEncoded(), that.publicKey.getEncoded());
    }

    @Override
    public int hashCode() {
        return Objects.hash(complaintId, events, checkpoint);
    }

    @Override
    public String toString() {
        return "case bundle of complaint " + complaintId + ": " + events.size() + " events in " + checkpoint;
    }
}
