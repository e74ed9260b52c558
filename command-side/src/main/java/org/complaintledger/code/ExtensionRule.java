package org.complaintledger.code;

import java.time.LocalDate;

/**
 * What a version of the Code says about extending a stage's response deadline.
 *
 * @param limit                     how far it may be extended, and on what ground
 * @param provision                 the provision setting the limit, e.g. 2024 6.4, 2022 5.1
 * @param residentInformedProvision the resident is told of the extension and the new date, e.g. 2024 6.4, 2022 5.13
 * @param ombudsmanDetailsProvision the resident is given the Ombudsman's contact details, e.g. 2024 6.5, 2022 5.15
 */
public record ExtensionRule(Limit limit, String provision, String residentInformedProvision,
                            String ombudsmanDetailsProvision) {

    public sealed interface Limit {
    }

    /**
     * Whether an extension from {@code originalDue} to {@code newDue} goes beyond what the Code allows without good
     * reason. Refuses one beyond that limit without {@code goodReason}, and one on a ground the rule does not allow.
     */
    public boolean beyondLimit(LocalDate originalDue, LocalDate newDue, String goodReason, boolean toConvenePanel,
                               Timescales time) {
        return switch (limit) {
            case WithoutGoodReason withoutGoodReason -> {
                DayCount allowed = withoutGoodReason.days();
                boolean beyond = time.daysBetween(originalDue, newDue, allowed.unit()) > allowed.count();
                if (beyond && (goodReason == null || goodReason.isBlank())) {
                    throw new CodeRuleBroken("extension-beyond-limit-without-good-reason", provision, "an extension to "
                            + newDue + " goes beyond the " + allowed + " the Code allows without good reason: "
                            + "goodReason is required");
                }
                yield beyond;
            }
            case OnlyToConvenePanel panel -> {
                if (!toConvenePanel) {
                    throw new CodeRuleBroken("extension-only-to-convene-panel", provision,
                            "at this stage additional time is justified only to convene a panel");
                }
                yield false;
            }
        };
    }

    /** Up to {@code days} beyond the original deadline without good reason; further only with one (2024 6.4, 6.15). */
    public record WithoutGoodReason(DayCount days) implements Limit {
    }

    /** Extra time only to convene a panel, with no set length (2022 5.18, stage 3). */
    public record OnlyToConvenePanel() implements Limit {
    }
}
