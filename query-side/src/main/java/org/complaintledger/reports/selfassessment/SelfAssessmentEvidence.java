package org.complaintledger.reports.selfassessment;

import java.time.LocalDate;
import java.util.List;

/**
 * The evidence the ledger holds for a landlord's self-assessment against the Code (8.1 a) over a financial year: for
 * each provision its data can evidence, the figure and the complaints (or records) that did not meet it, and for
 * the provisions it cannot, why not. Ids only, never personal data.
 *
 * @param standsOn the day the reading stands on (today, or the day of "as at"): a step due before it and not taken
 *                 counts as missed
 */
public record SelfAssessmentEvidence(LocalDate standsOn, List<ProvisionGroup> groups) {

    /** Provisions read together, as a self-assessment sets them out (timescales, handling, putting things right). */
    public record ProvisionGroup(String name, List<Evidence> evidence) {
    }
}
