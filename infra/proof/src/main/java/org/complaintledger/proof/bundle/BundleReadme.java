package org.complaintledger.proof.bundle;

/** The README.txt of a case bundle: what is inside and how to verify it, for whoever opens the archive. */
final class BundleReadme {

    private BundleReadme() {
    }

    static String text(CaseBundle bundle) {
        return """
                Case bundle of complaint %s
                (complaint-ledger case bundle, format v1; Housing Ombudsman Complaint Handling Code 5.12)

                %d events of the complaint, proven to be in the ledger's checkpoint issued %s (tree size %d),
                signed with the key whose fingerprint (key id) is
                    %s

                WHAT IS INSIDE
                  case-record.html  The case record to read and print. It is a rendering of the events made by the
                                    ledger; the verifier does not check it. The events below are the evidence.
                  events.json       Every event of the complaint in sequence order: its identity, type, when the
                                    ledger recorded it, its place in the ledger (global index), its chained hash and
                                    the hash of the event before it.
                  events/           Each event's payload exactly as the ledger stored it: these bytes are what is
                                    hashed. Personal data in them is sealed (encrypted) as stored.
                  documents.json    The documents named on the record, with their SHA-256 digests and the event that
                                    recorded each: hash your copy of a document (sha256sum) and find it here.
                  proof.json        The ledger's signed checkpoint, an inclusion proof (RFC 9162) of every event in
                                    it, and consistency proofs from earlier checkpoints to it.
                  public-key.pem    The public key that signed the checkpoint, for convenience only.

                HOW TO VERIFY
                  1. Get the landlord's public signing key, and check its fingerprint against one you obtained
                     independently of this bundle (from the landlord's GET /api/ledger/keys, or its annual report).
                     A key taken from this bundle alone proves nothing.
                  2. Build or obtain the verifier jar (complaint-ledger: ./mvnw -pl infra/proof -am package gives
                     infra/proof/target/proof-<version>-verifier.jar; Java 17 or newer runs it), then run
                         java -jar proof-<version>-verifier.jar --key landlord-public-key.pem this-bundle.zip
                     Add --since earlier-bundle.zip to check that nothing in an earlier bundle of this complaint
                     has changed since.
                  3. It prints "verified: N events of complaint X, included in checkpoint T (tree size S)" and exits
                     0, or prints a "FAILED:" line naming each event or proof that does not hold, and exits 1.
                """.formatted(bundle.complaintId(), bundle.events().size(), bundle.checkpoint().issuedAt(),
                bundle.checkpoint().treeSize(), bundle.checkpoint().keyId());
    }
}
