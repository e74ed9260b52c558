package org.complaintledger.ledger;

import org.complaintledger.code.InvalidField;

/**
 * Whether a complaint is on the ledger, asked by records that name the complaints they come from (learning, a
 * survey response that became a complaint). Answered from the event store itself, not from a read model, so the
 * answer never lags behind the complaint being logged; a complaint once logged stays on the ledger (erasure seals its
 * personal data, not its events), so the answer cannot go stale.
 */
@FunctionalInterface
public interface ComplaintsOnLedger {

    /** The format of a complaint id as every record names it: bounded, and never a name or an address. */
    String COMPLAINT_ID = "[A-Za-z0-9._:-]{1,64}";
    String COMPLAINT_ID_MESSAGE = "must be a complaint id: 1 to 64 letters, digits or . _ : -";

    boolean has(String complaintId);

    /** A complaint id that names no complaint is the caller's mistake: 400 naming the field, nothing appended. */
    default void require(String field, String complaintId) {
        if (!has(complaintId)) {
            throw new InvalidField(field, "names no complaint on the ledger: '" + complaintId + "'");
        }
    }
}
