package org.complaintledger.complaint;

import org.complaintledger.code.CodeRuleBroken;

/**
 * The section 2 grounds, applied the same way to refusing a complaint (2.1-2.4) and refusing its escalation (5.11):
 * the resident is told why and of the Ombudsman, and the 12-month ground only where the record shows it.
 */
final class RefusalGrounds {

    private RefusalGrounds() {
    }

    /** @param toldProvision 2.4 for a complaint, 5.11 for an escalation */
    static void require(RefusalReason reason, boolean residentToldOfOmbudsmanRight, String toldProvision,
            ComplaintState state) {
        if (!residentToldOfOmbudsmanRight) {
            throw new CodeRuleBroken("refusal-without-ombudsman-right", toldProvision,
                    "the resident must be told why, and of their right to take the decision to the Ombudsman");
        }
        if (reason != RefusalReason.MORE_THAN_12_MONTHS) {
            return;
        }
        if (!state.beyondRefusalWindow()) {
            // 2.3
            throw new CodeRuleBroken("refusal-within-12-months", "2.3", "the record does not show the issue arising, "
                    + "and the resident becoming aware of it, more than 12 months before the complaint was received, "
                    + "so it must be accepted");
        }
        if (state.windowDiscretionUsed()) {
            // The ledger's own rule: the record says the landlord used its 2.3 discretion to accept the complaint.
            throw new CodeRuleBroken("refusal-despite-window-discretion", null, "the complaint was accepted outside "
                    + "the 12-month window by discretion, as the record shows; that ground cannot now refuse it");
        }
    }
}
