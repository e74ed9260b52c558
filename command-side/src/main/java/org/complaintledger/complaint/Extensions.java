package org.complaintledger.complaint;

import java.time.Instant;
import java.time.LocalDate;
import org.complaintledger.code.CodeRuleBroken;
import org.complaintledger.code.ExtensionRule;
import org.complaintledger.code.InvalidField;
import org.complaintledger.code.Timescales;

/**
 * What makes an extension proper (6.4, 6.15): agreed by the deadline in force, since a late one would count a late
 * response as on time; and within the Code's limit, or beyond it with a good reason.
 */
final class Extensions {

    private Extensions() {
    }

    /**
     * 6.4, 6.15: an extension is agreed on or before the deadline in force. One recorded after that deadline but
     * dated on or before it is a backdate, and must say why, however soon it is recorded.
     */
    static void requireAgreedInTime(Instant at, LocalDate inForce, String backdatingReason,
            String provision, Timescales time) {
        if (time.dayOf(at).isAfter(inForce)) {
            throw new CodeRuleBroken("extension-after-deadline", provision, "an extension must be agreed on or before "
                    + "the deadline in force, " + inForce + ", not on " + time.dayOf(at));
        }
        if (time.dayOf(time.now()).isAfter(inForce) && isBlank(backdatingReason)) {
            throw new InvalidField("backdatingReason", "is required: the extension is recorded after the deadline in "
                    + "force, " + inForce + ", and dated on or before it (" + provision + ")");
        }
    }

    /** 6.4, 6.5, 6.15, 6.16 (2022 5.1, 5.3, 5.13, 5.15): the resident is told, and given the Ombudsman's details. */
    static void requireResidentTold(ExtendStage cmd, ExtensionRule rule) {
        if (!cmd.residentInformed()) {
            throw new CodeRuleBroken("extension-resident-not-informed", rule.residentInformedProvision(),
                    "the resident must be told of an extension and the new timescale");
        }
        if (!cmd.ombudsmanContactDetailsGiven()) {
            throw new CodeRuleBroken("extension-without-ombudsman-details", rule.ombudsmanDetailsProvision(),
                    "a resident told of an extension must be given the Ombudsman's contact details");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
