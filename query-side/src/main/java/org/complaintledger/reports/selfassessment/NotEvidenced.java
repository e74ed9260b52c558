package org.complaintledger.reports.selfassessment;

import java.util.List;
import org.complaintledger.reports.selfassessment.SelfAssessmentEvidence.ProvisionGroup;

/** Provisions a self-assessment asks about that the ledger's data cannot evidence, each with why. */
final class NotEvidenced {

    static final ProvisionGroup PROVISIONS = new ProvisionGroup("Not evidenced by the ledger", List.of(
            Evidence.notEvidenced("Residents kept informed at the intervals agreed", "5.9",
                    "The ledger records the interval agreed, not each update given at it."),
            Evidence.notEvidenced("Reasonable adjustments made where appropriate", "5.10",
                    "The ledger records adjustments agreed and their reviews, not whether one was needed where none "
                            + "was recorded."),
            Evidence.notEvidenced("No blanket approach to excluding complaints", "2.5",
                    "Each refusal's ground is on record; whether individual circumstances were considered is a "
                            + "judgement the data cannot show."),
            Evidence.notEvidenced("The reasons for an extension clearly explained", "6.4, 6.15",
                    "The ledger records that the resident was told and the reason given, not how clearly it was "
                            + "explained."),
            Evidence.notEvidenced("A remedy reflects the impact on the resident", "7.2",
                    "A judgement on the case, not a fact the ledger records."),
            Evidence.notEvidenced("Every point of the complaint definition answered", "6.18",
                    "The response's reasons are text the ledger keeps, not a measure it can count.")));

    private NotEvidenced() {
    }
}
