package org.complaintledger.code;

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

    /** Up to {@code days} beyond the original deadline without good reason; further only with one (2024 6.4, 6.15). */
    public record WithoutGoodReason(DayCount days) implements Limit {
    }

    /** Extra time only to convene a panel, with no set length (2022 5.18, stage 3). */
    public record OnlyToConvenePanel() implements Limit {
    }
}
