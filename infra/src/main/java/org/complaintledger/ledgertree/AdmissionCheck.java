package org.complaintledger.ledgertree;

import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.complaintledger.ledgertree.ChainedEvent.Place;
import org.complaintledger.proof.EventHash;
import org.complaintledger.provenance.AppendSeals;

/**
 * Whether an event may become a leaf (docs/proofs.md, section 2): its chained hash, recomputed from the row as stored
 * and the stored previous hash, is the one stored in {@code event_chain}; that previous hash is the stored hash of the
 * record's previous event (32 zero bytes before sequence 0); and the ledger's seal on the hash holds. Otherwise the
 * reason it is refused, in words the self-check can show.
 */
final class AdmissionCheck {

    private static final HexFormat HEX = HexFormat.of();

    private final AppendSeals seals;
    private final MessageDigest digest = EventHash.sha256();

    AdmissionCheck(AppendSeals seals) {
        this.seals = seals;
    }

    /**
     * Empty when the event may be admitted; otherwise why not.
     *
     * @param storedHashes the stored chain hash of the previous event of each record in the batch, where there is one
     */
    Optional<String> refusal(ChainedEvent candidate, Map<Place, byte[]> storedHashes) {
        ChainedEvent.Chain chain = candidate.chain();
        var event = candidate.event();
        if (chain == null) {
            return Optional.of("it has no row in event_chain: no chained hash and no seal");
        }
        if (!chain.aggregateIdentifier().equals(event.aggregateIdentifier())
                || chain.sequenceNumber() != event.sequenceNumber()) {
            return Optional.of("its row in event_chain is for " + chain.aggregateIdentifier() + " #"
                    + chain.sequenceNumber() + ", but the event is " + event.aggregateIdentifier() + " #"
                    + event.sequenceNumber());
        }
        byte[] recomputed;
        try {
            recomputed = EventHash.of(event, chain.previousHash(), digest);
        } catch (IllegalArgumentException e) {
            return Optional.of("its previous hash in event_chain is not 32 bytes");
        }
        if (!MessageDigest.isEqual(recomputed, chain.eventHash())) {
            return Optional.of("its hash recomputed from the stored event is " + HEX.formatHex(recomputed)
                    + ", but event_chain holds " + HEX.formatHex(chain.eventHash())
                    + ": the event was changed after it was appended");
        }
        if (event.sequenceNumber() == 0) {
            if (!Arrays.equals(chain.previousHash(), EventHash.NONE_BEFORE)) {
                return Optional.of("it is the first event of its record, but its previous hash is not 32 zero bytes");
            }
        } else {
            byte[] previous = storedHashes.get(candidate.previous());
            if (previous == null) {
                return Optional.of("its record has no event #" + (event.sequenceNumber() - 1)
                        + " in event_chain to chain to");
            }
            if (!MessageDigest.isEqual(previous, chain.previousHash())) {
                return Optional.of("its previous hash is not the stored hash of event #"
                        + (event.sequenceNumber() - 1) + " of its record: the record's chain is broken there");
            }
        }
        if (!seals.holds(chain.sealKeyId(), chain.eventHash(), chain.appendSeal())) {
            return Optional.of("its seal does not hold under key '" + chain.sealKeyId()
                    + "' (a key that is not configured, or an event the ledger did not append)");
        }
        return Optional.empty();
    }
}
