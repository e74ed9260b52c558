package org.complaintledger.investigatoraccess;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.complaintledger.code.CodeRuleBroken;
import org.complaintledger.code.InvalidField;
import org.complaintledger.code.NotOnRecord;
import org.complaintledger.code.Timescales;

/**
 * One investigator's read access to one complaint's record (5.12), from the officer's grant to its expiry or
 * revocation, with every read made under it.
 */
public class InvestigatorAccess {

    @AggregateIdentifier
    private String grantId;
    private String complaintId;
    private String investigator;
    private Instant expiresAt;
    private boolean revoked;

    protected InvestigatorAccess() {
        // rebuilt from events
    }

    @CommandHandler
    public InvestigatorAccess(GrantInvestigatorAccess cmd, Timescales time) {
        Instant now = time.now();
        if (cmd.grantId().equals(cmd.complaintId())) {
            throw new InvalidField("grantId", "must not be the complaint's id: a grant has a record of its own");
        }
        if (!cmd.expiresAt().isAfter(now)) {
            throw new InvalidField("expiresAt", "must be in the future (it is " + now + " now)");
        }
        apply(new InvestigatorAccessGranted(cmd.grantId(), cmd.complaintId(), cmd.investigator().strip(),
                cmd.grantedBy(), cmd.reason(), now, cmd.expiresAt()));
    }

    @CommandHandler
    void handle(RevokeInvestigatorAccess cmd, Timescales time) {
        requireFor(cmd.complaintId());
        Instant now = time.now();
        if (revoked) {
            throw new CodeRuleBroken("grant-already-revoked", null, "grant " + grantId + " is already revoked");
        }
        if (!expiresAt.isAfter(now)) {
            throw new CodeRuleBroken("grant-already-expired", null,
                    "grant " + grantId + " expired at " + expiresAt + "; there is nothing left to revoke");
        }
        apply(new InvestigatorAccessRevoked(grantId, complaintId, investigator, cmd.revokedBy(), cmd.reason(), now));
    }

    @CommandHandler
    void handle(RecordCaseRecordRead cmd, Timescales time) {
        Instant now = time.now();
        if (!complaintId.equals(cmd.complaintId())) {
            throw new AccessNotGranted("grant " + grantId + " is for another complaint");
        }
        if (!investigator.equals(cmd.investigator())) {
            throw new AccessNotGranted("grant " + grantId + " is for another investigator");
        }
        if (revoked) {
            throw new AccessNotGranted("grant " + grantId + " was revoked");
        }
        if (!expiresAt.isAfter(now)) {
            throw new AccessNotGranted("grant " + grantId + " expired at " + expiresAt);
        }
        apply(new CaseRecordReadByInvestigator(grantId, complaintId, investigator, now, cmd.caseBundleTreeSize()));
    }

    @EventSourcingHandler
    void on(InvestigatorAccessEvent event) {
        switch (event) {
            case InvestigatorAccessGranted e -> {
                grantId = e.grantId();
                complaintId = e.complaintId();
                investigator = e.investigator();
                expiresAt = e.expiresAt();
            }
            case InvestigatorAccessRevoked e -> revoked = true;
            case CaseRecordReadByInvestigator e -> { /* changes nothing the grant decides on */ }
        }
    }

    private void requireFor(String complaint) {
        if (!complaintId.equals(complaint)) {
            throw new NotOnRecord("no investigator grant '" + grantId + "' on complaint " + complaint);
        }
    }
}
