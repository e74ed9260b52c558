package org.complaintledger.landlord.finding;

import static org.complaintledger.complaint.Rejections.breaks;
import static org.complaintledger.complaint.Rejections.invalidField;
import static org.complaintledger.complaint.Rejections.notOnRecord;
import static org.complaintledger.complaint.Rejections.violationsOn;
import static org.complaintledger.review.RecordFixture.NOW;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.complaintledger.landlord.LandlordFixture;
import org.junit.jupiter.api.Test;

/**
 * A finding of non-compliance with the Code about the landlord as a whole (8.1c), its orders each with a due date,
 * and compliance with each (9.7c). NOW is Monday 2 June 2025.
 */
class NonComplianceFindingTest {

    private static final String ID = "finding-1";
    private static final LocalDate MADE_ON = LocalDate.of(2025, 3, 3);
    private static final FindingOrder SELF_ASSESSMENT = new FindingOrder("1", "Publish a revised self-assessment",
            LocalDate.of(2025, 5, 2));
    private static final FindingOrder TRAINING = new FindingOrder("2", "Train complaint handlers on 6.2",
            LocalDate.of(2025, 6, 2));

    private final FixtureConfiguration<NonComplianceFinding> fixture = LandlordFixture.atNow(NonComplianceFinding.class);

    @Test
    void recordsAFindingWithItsProvisionsAndOrders() {
        fixture.givenNoPriorActivity()
                .when(new RecordNonComplianceFinding(ID, "CHC-2025-001", MADE_ON, List.of("5.1", "6.2"),
                        "Acknowledgements routinely late", List.of(SELF_ASSESSMENT, TRAINING), "officer-1", null, null))
                .expectEvents(found());
    }

    @Test
    void recordsComplianceWithAnOrderAndWhetherItWasOnTime() {
        // Due Friday 2 May 2025; complied Tuesday 6 May: late.
        fixture.given(found())
                .when(new RecordFindingOrderComplied(ID, "1", LocalDate.of(2025, 5, 6), "Published on the website",
                        "officer-1", null, null))
                .expectEvents(new FindingOrderComplied(ID, NOW, null, "1", LocalDate.of(2025, 5, 6), false,
                        "Published on the website", "officer-1"));
    }

    @Test
    void complianceOnTheDueDayIsOnTime() {
        fixture.given(found())
                .when(new RecordFindingOrderComplied(ID, "2", LocalDate.of(2025, 6, 2), "Training register",
                        "officer-1", null, null))
                .expectEvents(new FindingOrderComplied(ID, NOW, null, "2", LocalDate.of(2025, 6, 2), true,
                        "Training register", "officer-1"));
    }

    @Test
    void refusesComplianceWithAnUnknownOrder() {
        fixture.given(found())
                .when(new RecordFindingOrderComplied(ID, "9", LocalDate.of(2025, 5, 6), "n/a", "officer-1", null, null))
                .expectNoEvents()
                .expectException(notOnRecord("9"));
    }

    @Test
    void refusesComplianceWithAnOrderTwice() {
        fixture.given(found(), new FindingOrderComplied(ID, NOW, null, "1", LocalDate.of(2025, 5, 1), true,
                        "Published", "officer-1"))
                .when(new RecordFindingOrderComplied(ID, "1", LocalDate.of(2025, 5, 6), "Again", "officer-1", null, null))
                .expectNoEvents()
                .expectException(breaks("finding-order-already-complied", null));
    }

    @Test
    void refusesTwoOrdersWithOneId() {
        fixture.givenNoPriorActivity()
                .when(new RecordNonComplianceFinding(ID, "CHC-2025-001", MADE_ON, List.of("5.1"), "Late",
                        List.of(SELF_ASSESSMENT, new FindingOrder("1", "Another", LocalDate.of(2025, 6, 1))),
                        "officer-1", null, null))
                .expectNoEvents()
                .expectException(invalidField("orders[1].orderId"));
    }

    @Test
    void refusesAnOrderDueBeforeTheFinding() {
        fixture.givenNoPriorActivity()
                .when(new RecordNonComplianceFinding(ID, "CHC-2025-001", MADE_ON, List.of("5.1"), "Late",
                        List.of(new FindingOrder("1", "Backwards", LocalDate.of(2025, 3, 2))), "officer-1", null, null))
                .expectNoEvents()
                .expectException(invalidField("orders[0].dueOn"));
    }

    @Test
    void refusesAProvisionThatIsNoProvision() {
        assertThat(assertThrows(Throwable.class, () -> fixture.givenNoPriorActivity()
                        .when(new RecordNonComplianceFinding(ID, "CHC-2025-001", MADE_ON, List.of("section five"), "Late",
                        List.of(), "officer-1", null, null))),
                violationsOn("provisions[0].<list element>"));
    }

    private static NonComplianceFound found() {
        return new NonComplianceFound(ID, NOW, null, "CHC-2025-001", MADE_ON, List.of("5.1", "6.2"),
                "Acknowledgements routinely late", List.of(SELF_ASSESSMENT, TRAINING), "officer-1");
    }
}
