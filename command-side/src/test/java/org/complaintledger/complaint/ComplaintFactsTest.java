package org.complaintledger.complaint;

import static org.complaintledger.complaint.Rejections.invalidField;
import static org.complaintledger.complaint.Steps.ACK_DUE;
import static org.complaintledger.complaint.Steps.ID;
import static org.complaintledger.complaint.Steps.ISSUE_AROSE;
import static org.complaintledger.complaint.Steps.NOW;
import static org.complaintledger.complaint.Steps.RECEIVED;
import static org.complaintledger.complaint.Steps.RESIDENT;
import static org.complaintledger.complaint.Steps.STAGE_ONE_HANDLER;
import static org.complaintledger.complaint.Steps.acknowledge;
import static org.complaintledger.complaint.Steps.complainant;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.complaintledger.category.CategoryTaxonomy;
import org.complaintledger.code.Stage;
import org.junit.jupiter.api.Test;

/** The facts reports count complaints by: category from the taxonomy (9.4), tenure (TSM CH01), service request (1.4). */
class ComplaintFactsTest {

    /** Received Mon 2 June (NOW): Tue 3, Wed 4, Thu 5, Fri 6, Mon 9 June. */
    private static final LocalDate ACK_DUE_FROM_NOW = LocalDate.of(2025, 6, 9);

    private static LogComplaint log(String category, Tenure tenure, String serviceRequest) {
        return new LogComplaint(ID, null, null, Channel.PHONE, complainant(), category, tenure, "Mould in the bathroom",
                List.of("mould treated"), ISSUE_AROSE, null, null, null, serviceRequest);
    }

    private static ComplaintLogged logged(String category, String taxonomy, Tenure tenure, String serviceRequest) {
        return new ComplaintLogged(ID, NOW, null, RESIDENT, "2024", Channel.PHONE, complainant(), category, taxonomy,
                tenure, "Mould in the bathroom", List.of("mould treated"), ISSUE_AROSE, null, false, null, null, ACK_DUE_FROM_NOW,
                serviceRequest, Stage.TWO);
    }

    @Test
    void recordsTheCategoryWithTheTaxonomyVersionItWasChosenFrom() {
        ComplaintFixture.atNow()
                .givenNoPriorActivity()
                .when(log("damp-and-mould", Tenure.LOW_COST_HOME_OWNERSHIP, null))
                .expectEvents(logged("damp-and-mould", "v1", Tenure.LOW_COST_HOME_OWNERSHIP, null));
    }

    @Test
    void refusesACategoryNotInTheTaxonomyNamingTheAllowedOnes() {
        ComplaintFixture.atNow()
                .givenNoPriorActivity()
                .when(log("noise", Tenure.LOW_COST_RENTAL, null))
                .expectException(invalidField("category"))
                .expectExceptionMessage(allOf(containsString("'noise'"), containsString("taxonomy v1"),
                        containsString("repairs, damp-and-mould, building-safety"), containsString("other")))
                .expectNoEvents();
    }

    @Test
    void acceptsACategoryTheLandlordAddedUnderTheExtendedVersion() {
        CategoryTaxonomy extended = CategoryTaxonomy.defaults().extendedWith(Map.of("noise", "Noise nuisance"));
        ComplaintFixture.at(NOW, extended)
                .givenNoPriorActivity()
                .when(log("noise", Tenure.LOW_COST_RENTAL, null))
                .expectEvents(logged("noise", extended.version(), Tenure.LOW_COST_RENTAL, null));
    }

    @Test
    void recordsTheServiceRequestTheComplaintAroseFrom() {
        ComplaintFixture.atNow()
                .givenNoPriorActivity()
                .when(log("repairs", Tenure.LOW_COST_RENTAL, "SR-20250412-77"))
                .expectEvents(logged("repairs", "v1", Tenure.LOW_COST_RENTAL, "SR-20250412-77"));
    }

    @Test
    void complaintLoggedWithAFreeTextCategoryAndNoTenureStillReplays() {
        // As stored before the taxonomy: free-text category, no taxonomy version, tenure not recorded.
        ComplaintLogged stored = new ComplaintLogged(ID, RECEIVED, null, RESIDENT, "2024", Channel.EMAIL, complainant(),
                "Noise from next door", null, null, "Loud music", List.of("quiet"), ISSUE_AROSE, null, false, null, null, ACK_DUE,
                null, Stage.TWO);
        ComplaintFixture.atNow()
                .given(stored)
                .when(acknowledge(Stage.ONE, STAGE_ONE_HANDLER))
                // Acknowledged Mon 2 June, after the 20 May deadline; response due 10 working days later:
                // 3, 4, 5, 6, 9, 10, 11, 12, 13, 16 June.
                .expectEvents(Steps.acknowledged(NOW, Stage.ONE, STAGE_ONE_HANDLER, ACK_DUE, false,
                        LocalDate.of(2025, 6, 16)));
    }
}
