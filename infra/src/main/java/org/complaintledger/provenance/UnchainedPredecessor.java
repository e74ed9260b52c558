package org.complaintledger.provenance;

import org.complaintledger.proof.StoredEvent;

/**
 * An event cannot be chained because its record's previous event has no chain row. Every event stored before chaining
 * began is chained on start-up, and every event since is chained as it is appended, so that event was written
 * without the ledger (or by an older version of it left running): the ledger appends nothing after it, and the
 * self-check names it.
 */
public class UnchainedPredecessor extends IllegalStateException {

    UnchainedPredecessor(StoredEvent event) {
        super(event + " cannot be chained: event #" + (event.sequenceNumber() - 1) + " of "
                + event.aggregateIdentifier() + " has no chain row (event_chain), so it was stored without the ledger "
                + "chaining it; see docs/proofs.md section 1");
    }
}
