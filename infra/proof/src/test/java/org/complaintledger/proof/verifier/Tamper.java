package org.complaintledger.proof.verifier;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.complaintledger.proof.Checkpoint;
import org.complaintledger.proof.StoredEvent;
import org.complaintledger.proof.bundle.BundledDocument;
import org.complaintledger.proof.bundle.BundledEvent;
import org.complaintledger.proof.bundle.BundledLeaf;
import org.complaintledger.proof.bundle.CaseBundle;
import org.complaintledger.proof.bundle.EarlierCheckpoint;

/** Changes to one part of a case bundle, keeping the rest: what a tamperer (or a damaged copy) does. */
final class Tamper {

    private Tamper() {
    }

    /** The mutable fields of a stored event and its place, for a test to change. */
    static final class Fields {
        String eventIdentifier;
        String aggregateIdentifier;
        String aggregateType;
        long sequenceNumber;
        String payloadType;
        String payloadRevision;
        String recordedAt;
        byte[] payload;
        byte[] metaData;
        long globalIndex;
        byte[] previousHash;
        byte[] eventHash;
        String payloadFile;
    }

    static BundledEvent event(BundledEvent event, Consumer<Fields> change) {
        StoredEvent stored = event.event();
        Fields f = new Fields();
        f.eventIdentifier = stored.eventIdentifier();
        f.aggregateIdentifier = stored.aggregateIdentifier();
        f.aggregateType = stored.aggregateType();
        f.sequenceNumber = stored.sequenceNumber();
        f.payloadType = stored.payloadType();
        f.payloadRevision = stored.payloadRevision();
        f.recordedAt = stored.recordedAt();
        f.payload = stored.payload().clone();
        f.metaData = stored.metaData() == null ? null : stored.metaData().clone();
        f.globalIndex = event.globalIndex();
        f.previousHash = event.previousHash().clone();
        f.eventHash = event.eventHash().clone();
        f.payloadFile = event.payloadFile();
        change.accept(f);
        return new BundledEvent(new StoredEvent(f.eventIdentifier, f.aggregateIdentifier, f.aggregateType,
                f.sequenceNumber, f.payloadType, f.payloadRevision, f.recordedAt, f.payload, f.metaData),
                f.globalIndex, f.previousHash, f.eventHash, f.payloadFile);
    }

    static CaseBundle events(CaseBundle b, UnaryOperator<List<BundledEvent>> change) {
        return new CaseBundle(b.complaintId(), b.caseRecordHtml(), change.apply(new ArrayList<>(b.events())),
                b.documents(), b.checkpoint(), b.leaves(), b.earlierCheckpoints(), b.publicKey());
    }

    static CaseBundle event(CaseBundle b, int position, Consumer<Fields> change) {
        return events(b, events -> {
            events.set(position, event(events.get(position), change));
            return events;
        });
    }

    static CaseBundle leaves(CaseBundle b, UnaryOperator<List<BundledLeaf>> change) {
        return new CaseBundle(b.complaintId(), b.caseRecordHtml(), b.events(), b.documents(), b.checkpoint(),
                change.apply(new ArrayList<>(b.leaves())), b.earlierCheckpoints(), b.publicKey());
    }

    static CaseBundle checkpoint(CaseBundle b, Checkpoint checkpoint) {
        return new CaseBundle(b.complaintId(), b.caseRecordHtml(), b.events(), b.documents(), checkpoint, b.leaves(),
                b.earlierCheckpoints(), b.publicKey());
    }

    static CaseBundle earlier(CaseBundle b, UnaryOperator<List<EarlierCheckpoint>> change) {
        return new CaseBundle(b.complaintId(), b.caseRecordHtml(), b.events(), b.documents(), b.checkpoint(),
                b.leaves(), change.apply(new ArrayList<>(b.earlierCheckpoints())), b.publicKey());
    }

    static CaseBundle documents(CaseBundle b, List<BundledDocument> documents) {
        return new CaseBundle(b.complaintId(), b.caseRecordHtml(), b.events(), documents, b.checkpoint(), b.leaves(),
                b.earlierCheckpoints(), b.publicKey());
    }

    static byte[] flipped(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[copy.length / 2] ^= 0x01;
        return copy;
    }

    static Checkpoint checkpoint(Checkpoint c, long treeSize, byte[] rootHash, byte[] signature) {
        return new Checkpoint(treeSize, rootHash, c.issuedAt(), c.keyId(), signature);
    }
}
