package org.complaintledger.access;

import java.util.function.Supplier;
import org.complaintledger.investigatoraccess.InvestigatorGrants;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

/**
 * Who may read a complaint's complete record (5.12) — its events, the case record page, its case bundle: case staff
 * always; an investigator only while an officer's grant for that complaint and that investigator is in force (not
 * revoked, not expired).
 */
@Component
class CaseRecordAccess implements AuthorizationManager<RequestAuthorizationContext> {

    static final String COMPLAINT = "id";

    private final InvestigatorGrants grants;

    CaseRecordAccess(InvestigatorGrants grants) {
        this.grants = grants;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext request) {
        Authentication caller = authentication.get();
        if (caller == null || !caller.isAuthenticated() || caller instanceof AnonymousAuthenticationToken) {
            return new AuthorizationDecision(false);
        }
        if (Role.HANDLER.heldBy(caller) || Role.OFFICER.heldBy(caller)) {
            return new AuthorizationDecision(true);
        }
        String complaintId = request.getVariables().get(COMPLAINT);
        return new AuthorizationDecision(Role.INVESTIGATOR.heldBy(caller) && complaintId != null
                && grants.inForce(complaintId, caller.getName()).isPresent());
    }
}
