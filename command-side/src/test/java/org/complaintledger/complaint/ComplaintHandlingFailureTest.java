package org.complaintledger.complaint;

import static org.complaintledger.complaint.Steps.ID;
import static org.complaintledger.complaint.Steps.NOW;
import static org.complaintledger.complaint.Steps.acknowledged;
import static org.complaintledger.complaint.Steps.finallyAnswered;
import static org.complaintledger.complaint.Steps.with;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.complaintledger.complaint.Ombudsman.DefinedComplaintFinding;
import org.complaintledger.complaint.Ombudsman.DeterminedFinding;
import org.complaintledger.complaint.Ombudsman.Finding;
import org.complaintledger.complaint.Ombudsman.HandlingFailureKind;
import org.complaintledger.complaint.Ombudsman.Order;
import org.complaintledger.complaint.Ombudsman.OrderOnFinding;
import org.junit.jupiter.api.Test;

/**
 * The Ombudsman's complaint handling failure orders and Code non-compliance findings (8.1 c, 9.7 c): recorded with or
 * without a referral, each order linked to its finding and complied with like any other order.
 */
class ComplaintHandlingFailureTest {

    private static final String REFERENCE = "202554321";
    /** Friday 30 May. */
    private static final Instant FOUND = Instant.parse("2025-05-30T12:00:00Z");
    private static final Order PAY = new Order("pay 100 pounds for the delay", LocalDate.of(2025, 6, 13));
    private static final Order SELF_ASSESS = new Order("publish a self-assessment against the Code",
            LocalDate.of(2025, 5, 30));

    private static RecordComplaintHandlingFailure chfOrder(Order... orders) {
        return new RecordComplaintHandlingFailure(ID, null, null, REFERENCE,
                HandlingFailureKind.COMPLAINT_HANDLING_FAILURE_ORDER, List.of("5.6", "6.2"),
                "stage 1 not acknowledged in five working days", List.of(orders));
    }

    private static ComplaintHandlingFailureFound chfOrderFound(Instant at, String findingId, Ombudsman.TrackedOrder... orders) {
        return new ComplaintHandlingFailureFound(ID, at, null, findingId, REFERENCE,
                HandlingFailureKind.COMPLAINT_HANDLING_FAILURE_ORDER, List.of("5.6", "6.2"),
                "stage 1 not acknowledged in five working days", List.of(orders));
    }

    @Test
    void isRecordedWhileTheLandlordStillHandlesTheComplaintWithoutAReferral() {
        ComplaintFixture.atNow()
                .given(acknowledged())
                .when(chfOrder(PAY))
                .expectEvents(chfOrderFound(NOW, "finding-1", PAY.tracked("order-1", "finding-1")));
    }

    @Test
    void aCodeNonComplianceFindingMayMakeNoOrder() {
        ComplaintFixture.atNow()
                .given(finallyAnswered())
                .when(new RecordComplaintHandlingFailure(ID, null, null, REFERENCE,
                        HandlingFailureKind.CODE_NON_COMPLIANCE_FINDING, List.of("6.13"), "same handler at both stages",
                        null))
                .expectEvents(new ComplaintHandlingFailureFound(ID, NOW, null, "finding-1", REFERENCE,
                        HandlingFailureKind.CODE_NON_COMPLIANCE_FINDING, List.of("6.13"), "same handler at both stages",
                        List.of()));
    }

    @Test
    void complianceWithAnOrderOfTheFindingIsRecordedAgainstItsDueDate() {
        // order-2 was due Fri 30 May; complied with Mon 2 June: late.
        ComplaintFixture.atNow()
                .given(with(acknowledged(), chfOrderFound(FOUND, "finding-1", PAY.tracked("order-1", "finding-1"),
                        SELF_ASSESS.tracked("order-2", "finding-1"))))
                .when(new RecordOrderComplied(ID, null, null, "order-2", "published on the website"))
                .expectEvents(new OmbudsmanOrderComplied(ID, NOW, null, "order-2", "published on the website",
                        LocalDate.of(2025, 5, 30), false));
    }

    @Test
    void findingsAndOrdersContinueTheNumberingOfADetermination() {
        ReferredToOmbudsman referred = new ReferredToOmbudsman(ID, FOUND, null, REFERENCE);
        OmbudsmanDetermined determined = new OmbudsmanDetermined(ID, FOUND.plusSeconds(60), null,
                List.of(new DeterminedFinding("finding-1", "the repair", Finding.SERVICE_FAILURE)),
                List.of(new OrderOnFinding("finding-1", "repair", LocalDate.of(2025, 6, 30)).tracked("order-1")));
        ComplaintFixture.atNow()
                .given(with(finallyAnswered(), referred, determined))
                .when(chfOrder(PAY))
                .expectEvents(chfOrderFound(NOW, "finding-2", PAY.tracked("order-2", "finding-2")));
    }

    @Test
    void leavesAReferralOpenForTheDeterminationWhoseOrdersMayFollowIt() {
        ReferredToOmbudsman referred = new ReferredToOmbudsman(ID, FOUND, null, REFERENCE);
        OrderOnFinding review = new OrderOnFinding("finding-1", "review complaint handling", LocalDate.of(2025, 7, 1));
        List<DefinedComplaintFinding> substance =
                List.of(new DefinedComplaintFinding("the repair", Finding.NO_MALADMINISTRATION));
        ComplaintFixture.atNow()
                .given(with(finallyAnswered(), referred, chfOrderFound(FOUND.plusSeconds(60), "finding-1")))
                .when(new RecordOmbudsmanDetermination(ID, null, null, substance, List.of(review)))
                .expectEvents(new OmbudsmanDetermined(ID, NOW, null,
                        List.of(new DeterminedFinding("finding-2", "the repair", Finding.NO_MALADMINISTRATION)),
                        List.of(review.tracked("order-1"))));
    }
}
