package org.complaintledger.landlord.exceptional;

import org.complaintledger.ledger.LedgerEvent;

/**
 * Everything that can happen to one period in which the landlord could not comply with the Code because of
 * exceptional circumstances, such as a cyber incident (8.5). About the landlord, not a resident: no personal data.
 */
public sealed interface ExceptionalCircumstancesEvent extends LedgerEvent permits ExceptionalCircumstancesRecorded,
        ExceptionalCircumstancesEnded, OmbudsmanNotifiedOfExceptionalCircumstances {

    String periodId();
}
