package org.complaintledger.complaint;

import java.time.Instant;
import org.complaintledger.ledger.LedgerEvent;

/**
 * Everything that can happen to a complaint, as it went on the record. Each event carries when the step
 * happened in the world ({@code occurredAt}); when it was recorded is the event store's own timestamp.
 * A step recorded late carries the reason it was ({@code backdatingReason}).
 */
public sealed interface ComplaintEvent extends LedgerEvent permits
        ComplaintLogged, ComplaintRefused, ComplaintTakenOn, StageAcknowledged, StageExtended, StageResponseIssued,
        EscalationRequested, EscalationRefused, IssueAdded, CorrespondenceRecorded, DocumentAttached,
        UpdateIntervalAgreed, RemedyOffered, ActionCompleted, ComplaintWithdrawn,
        ReferredToOmbudsman, OmbudsmanDetermined, OmbudsmanOrderComplied, ComplaintHandlingFailureFound {

    String complaintId();

    Instant occurredAt();

    String backdatingReason();
}
