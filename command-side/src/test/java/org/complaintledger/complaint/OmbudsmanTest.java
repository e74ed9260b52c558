package org.complaintledger.complaint;

import static org.complaintledger.complaint.Rejections.breaks;
import static org.complaintledger.complaint.Rejections.invalidField;
import static org.complaintledger.complaint.Rejections.notOnRecord;
import static org.complaintledger.complaint.Steps.ID;
import static org.complaintledger.complaint.Steps.NOW;
import static org.complaintledger.complaint.Steps.finallyAnswered;
import static org.complaintledger.complaint.Steps.received;
import static org.complaintledger.complaint.Steps.refused;
import static org.complaintledger.complaint.Steps.with;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.complaintledger.complaint.Ombudsman.DefinedComplaintFinding;
import org.complaintledger.complaint.Ombudsman.DeterminedFinding;
import org.complaintledger.complaint.Ombudsman.Finding;
import org.complaintledger.complaint.Ombudsman.OrderOnFinding;
import org.complaintledger.complaint.Ombudsman.TrackedOrder;
import org.junit.jupiter.api.Test;

/** The complaint at the Housing Ombudsman (3.7): referral, determination, orders and compliance (8.1 c, 9.7 c). */
class OmbudsmanTest {

    private static final String REFERENCE = "202512345";
    private static final Instant REFERRED = Instant.parse("2025-05-30T17:00:00Z");
    private static final Instant DETERMINED = Instant.parse("2025-05-31T09:00:00Z");
    private static final List<DefinedComplaintFinding> FINDINGS =
            List.of(new DefinedComplaintFinding("handling of the damp reports", Finding.MALADMINISTRATION));
    /** The determination's one finding, the complaint's first. */
    private static final List<DeterminedFinding> FINDING_1 =
            List.of(new DeterminedFinding("finding-1", "handling of the damp reports", Finding.MALADMINISTRATION));
    private static final OrderOnFinding APOLOGISE =
            new OrderOnFinding("finding-1", "apologise in writing", LocalDate.of(2025, 6, 2));
    private static final OrderOnFinding PAY = new OrderOnFinding("finding-1", "pay 400 pounds", LocalDate.of(2025, 5, 30));

    private final FixtureConfiguration<Complaint> fixture = ComplaintFixture.atNow();

    private static ReferToOmbudsman refer() {
        return new ReferToOmbudsman(ID, null, null, REFERENCE);
    }

    private static RecordOmbudsmanDetermination determine(OrderOnFinding... orders) {
        return new RecordOmbudsmanDetermination(ID, null, null, FINDINGS, Arrays.asList(orders));
    }

    private static RecordOrderComplied complyWith(String orderId) {
        return new RecordOrderComplied(ID, null, null, orderId, "letter of 2 June");
    }

    private static List<Object> withTheOmbudsman() {
        return with(finallyAnswered(), new ReferredToOmbudsman(ID, REFERRED, null, REFERENCE));
    }

    /** Determined with order-1 (apologise, due Mon 2 June) and order-2 (pay, due Fri 30 May). */
    private static List<Object> determined() {
        return with(withTheOmbudsman(), new OmbudsmanDetermined(ID, DETERMINED, null, FINDING_1,
                List.of(APOLOGISE.tracked("order-1"), PAY.tracked("order-2"))));
    }

    @Test
    void recordsTheReferral() {
        fixture.given(finallyAnswered())
                .when(refer())
                .expectEvents(new ReferredToOmbudsman(ID, NOW, null, REFERENCE));
    }

    @Test
    void refusedComplaintCanStillGoToTheOmbudsman() {
        fixture.given(with(received(), refused(Instant.parse("2025-05-14T09:00:00Z"))))
                .when(refer())
                .expectEvents(new ReferredToOmbudsman(ID, NOW, null, REFERENCE));
    }

    @Test
    void cannotBeReferredWhileAlreadyWithTheOmbudsman() {
        fixture.given(withTheOmbudsman())
                .when(refer())
                .expectException(breaks("already-referred", null))
                .expectNoEvents();
    }

    @Test
    void cannotRecordADeterminationWithoutAReferral() {
        fixture.given(finallyAnswered())
                .when(determine())
                .expectException(breaks("determination-without-referral", null))
                .expectNoEvents();
    }

    @Test
    void ordersOfADeterminationAreNumberedInOrder() {
        fixture.given(withTheOmbudsman())
                .when(determine(APOLOGISE, PAY))
                .expectEvents(new OmbudsmanDetermined(ID, NOW, null, FINDING_1,
                        List.of(new TrackedOrder("order-1", "finding-1", "apologise in writing", LocalDate.of(2025, 6, 2)),
                                new TrackedOrder("order-2", "finding-1", "pay 400 pounds", LocalDate.of(2025, 5, 30)))));
    }

    @Test
    void determinationWithoutOrdersRecordsNone() {
        fixture.given(withTheOmbudsman())
                .when(new RecordOmbudsmanDetermination(ID, null, null, FINDINGS, null))
                .expectEvents(new OmbudsmanDetermined(ID, NOW, null, FINDING_1, List.of()));
    }

    @Test
    void mayBeReferredAgainAfterADetermination() {
        fixture.given(determined())
                .when(refer())
                .expectEvents(new ReferredToOmbudsman(ID, NOW, null, REFERENCE));
    }

    @Test
    void findingsAndOrdersOfALaterDeterminationContinueTheNumbering() {
        OrderOnFinding repair = new OrderOnFinding("finding-2", "repair the roof", LocalDate.of(2025, 6, 30));
        fixture.given(with(determined(), new ReferredToOmbudsman(ID, DETERMINED.plusSeconds(3600), null, REFERENCE)))
                .when(determine(APOLOGISE, repair))
                .expectEvents(new OmbudsmanDetermined(ID, NOW, null,
                        List.of(new DeterminedFinding("finding-2", "handling of the damp reports", Finding.MALADMINISTRATION)),
                        List.of(APOLOGISE.tracked("order-3"), repair.tracked("order-4"))));
    }

    @Test
    void eachFindingOfADeterminationGetsItsOwnId() {
        List<DefinedComplaintFinding> two = List.of(FINDINGS.getFirst(),
                new DefinedComplaintFinding("the landlord's record keeping", Finding.SERVICE_FAILURE));
        OrderOnFinding records = new OrderOnFinding("finding-2", "review record keeping", LocalDate.of(2025, 7, 1));
        fixture.given(withTheOmbudsman())
                .when(new RecordOmbudsmanDetermination(ID, null, null, two, List.of(APOLOGISE, records)))
                .expectEvents(new OmbudsmanDetermined(ID, NOW, null, List.of(FINDING_1.getFirst(),
                        new DeterminedFinding("finding-2", "the landlord's record keeping", Finding.SERVICE_FAILURE)),
                        List.of(APOLOGISE.tracked("order-1"), records.tracked("order-2"))));
    }

    @Test
    void orderNamingNoFindingOfTheComplaintIsRefused() {
        fixture.given(withTheOmbudsman())
                .when(determine(new OrderOnFinding("finding-2", "pay 400 pounds", LocalDate.of(2025, 6, 30))))
                .expectException(invalidField("orders[0].findingId"))
                .expectNoEvents();
    }

    @Test
    void determinationRecordedBeforeFindingsHadIdsStillTakesCompliance() {
        // Stored before findings had ids: neither the finding nor its order names one.
        OmbudsmanDetermined earlier = new OmbudsmanDetermined(ID, DETERMINED, null,
                List.of(new DeterminedFinding(null, "handling of the damp reports", Finding.MALADMINISTRATION)),
                List.of(new TrackedOrder("order-1", null, "apologise in writing", LocalDate.of(2025, 6, 2))));
        fixture.given(with(withTheOmbudsman(), earlier))
                .when(complyWith("order-1"))
                .expectEvents(new OmbudsmanOrderComplied(ID, NOW, null, "order-1", "letter of 2 June",
                        LocalDate.of(2025, 6, 2), true));
    }

    @Test
    void complianceOnTheDueDateIsOnTime() {
        fixture.given(determined())
                .when(complyWith("order-1"))
                .expectEvents(new OmbudsmanOrderComplied(ID, NOW, null, "order-1", "letter of 2 June",
                        LocalDate.of(2025, 6, 2), true));
    }

    @Test
    void complianceAfterTheDueDateIsLate() {
        fixture.given(determined())
                .when(complyWith("order-2"))
                .expectEvents(new OmbudsmanOrderComplied(ID, NOW, null, "order-2", "letter of 2 June",
                        LocalDate.of(2025, 5, 30), false));
    }

    @Test
    void unknownOrderIsNotOnRecord() {
        fixture.given(determined())
                .when(complyWith("order-3"))
                .expectException(notOnRecord("order-3"))
                .expectNoEvents();
    }

    @Test
    void orderCannotBeCompliedWithTwice() {
        fixture.given(with(determined(), new OmbudsmanOrderComplied(ID, DETERMINED, null, "order-2", "bank transfer",
                        LocalDate.of(2025, 5, 30), false)))
                .when(complyWith("order-2"))
                .expectException(breaks("order-already-completed", null))
                .expectNoEvents();
    }
}
