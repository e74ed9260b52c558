package org.complaintledger.learning;

import org.complaintledger.ledger.LedgerEvent;

/**
 * Everything that can happen to a record of learning from complaints (9.1-9.3). It names no data subject and carries
 * no personal data: it is about the landlord's service, drawn from many residents' complaints, and the reports that
 * carry it (8.1d, 9.3, 9.7) must survive any one resident's erasure.
 */
public sealed interface LearningEvent extends LedgerEvent
        permits LearningRecorded, LearningLinkedToComplaint, ImprovementOwnerReassigned, ImprovementRescheduled,
        ImprovementDelivered {

    String learningId();
}
