package org.complaintledger.landlord.context;

import static org.complaintledger.complaint.Rejections.breaks;
import static org.complaintledger.complaint.Rejections.invalidField;
import static org.complaintledger.complaint.Rejections.violationsOn;
import static org.complaintledger.landlord.context.LandlordContext.ID;
import static org.complaintledger.landlord.context.ReportKind.ANNUAL_COMPLAINTS_PERFORMANCE_REPORT;
import static org.complaintledger.landlord.context.ReportKind.PERFORMANCE_UPDATE;
import static org.complaintledger.review.RecordFixture.NOW;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.complaintledger.landlord.LandlordFixture;
import org.junit.jupiter.api.Test;

/**
 * The landlord's context: homes owned per financial year (CH01's denominator), corrections that supersede, the MRC
 * and the governing body (9.5, 9.6), what the governing body received (9.7) and its response to the annual report (8.2).
 * Commands without occurredAt happen at NOW, Monday 2 June 2025.
 */
class LandlordContextTest {

    private static final Homes HOMES = new Homes(4210, 380);
    private static final Homes CORRECTED = new Homes(4201, 380);

    private final FixtureConfiguration<LandlordContext> fixture = LandlordFixture.atNow(LandlordContext.class);

    @Test
    void recordsHomesOwnedForAFinancialYearAsTheFirstFactOfTheRecord() {
        fixture.givenNoPriorActivity()
                .when(new RecordHomesOwned(2024, HOMES, null, "officer-1", null, null))
                .expectEvents(new HomesOwnedRecorded(ID, NOW, null, 2024, HOMES, null, null, "officer-1"));
    }

    @Test
    void aSecondFigureForTheYearSupersedesTheFirstAndKeepsIt() {
        fixture.given(new HomesOwnedRecorded(ID, NOW, null, 2024, HOMES, null, null, "officer-1"))
                .when(new RecordHomesOwned(2024, CORRECTED, "nine shared-ownership homes counted twice", "officer-2",
                        null, null))
                .expectEvents(new HomesOwnedRecorded(ID, NOW, null, 2024, CORRECTED, HOMES,
                        "nine shared-ownership homes counted twice", "officer-2"));
    }

    @Test
    void refusesACorrectionWithoutItsReason() {
        fixture.given(new HomesOwnedRecorded(ID, NOW, null, 2024, HOMES, null, null, "officer-1"))
                .when(new RecordHomesOwned(2024, CORRECTED, null, "officer-2", null, null))
                .expectNoEvents()
                .expectException(invalidField("correctionReason"));
    }

    @Test
    void anotherYearIsNoCorrection() {
        fixture.given(new HomesOwnedRecorded(ID, NOW, null, 2024, HOMES, null, null, "officer-1"))
                .when(new RecordHomesOwned(2025, HOMES, "not a correction", "officer-1", null, null))
                .expectNoEvents()
                .expectException(invalidField("correctionReason"));
    }

    @Test
    void refusesHomesOwnedForNegativeCount() {
        assertThat(assertThrows(Throwable.class, () -> fixture.givenNoPriorActivity()
                        .when(new RecordHomesOwned(2024, new Homes(-1, 380), null, "officer-1", null, null))),
                violationsOn("homes.lowCostRental"));
    }

    @Test
    void refusesAFinancialYearOutsideSaneYears() {
        assertThat(assertThrows(Throwable.class, () -> fixture.givenNoPriorActivity()
                        .when(new RecordHomesOwned(20024, HOMES, null, "officer-1", null, null))),
                violationsOn("financialYear"));
    }

    @Test
    void aNewMemberResponsibleForComplaintsIsANewAppointment() {
        fixture.given(new MemberResponsibleForComplaintsAppointed(ID, NOW, null, "Cllr A. Example",
                        LocalDate.of(2024, 5, 1), "officer-1"))
                .when(new AppointMemberResponsibleForComplaints("B. Board-Member", LocalDate.of(2025, 6, 1),
                        "officer-1", null, null))
                .expectEvents(new MemberResponsibleForComplaintsAppointed(ID, NOW, null, "B. Board-Member",
                        LocalDate.of(2025, 6, 1), "officer-1"));
    }

    @Test
    void refusesAnAppointmentFromBeforeTheCurrentOne() {
        fixture.given(new MemberResponsibleForComplaintsAppointed(ID, NOW, null, "Cllr A. Example",
                        LocalDate.of(2024, 5, 1), "officer-1"))
                .when(new AppointMemberResponsibleForComplaints("B. Board-Member", LocalDate.of(2024, 5, 1),
                        "officer-1", null, null))
                .expectNoEvents()
                .expectException(breaks("role-change-out-of-order", null));
    }

    @Test
    void recordsTheGoverningBodyFromADay() {
        fixture.givenNoPriorActivity()
                .when(new RecordGoverningBody("Board of Example Homes", LocalDate.of(2020, 4, 1), "officer-1", null, null))
                .expectEvents(new GoverningBodyRecorded(ID, NOW, null, "Board of Example Homes",
                        LocalDate.of(2020, 4, 1), "officer-1"));
    }

    @Test
    void recordsAQuarterlyUpdateTheGoverningBodyReceived() {
        fixture.givenNoPriorActivity()
                .when(new RecordReportReceived(PERFORMANCE_UPDATE, "Q4 complaints update", LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 3, 31), LocalDate.of(2025, 5, 20), "officer-1", null, null))
                .expectEvents(new ReportReceivedByGoverningBody(ID, NOW, null, PERFORMANCE_UPDATE,
                        "Q4 complaints update", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31),
                        LocalDate.of(2025, 5, 20), "officer-1"));
    }

    @Test
    void refusesAnAnnualReportThatIsNotForOneFinancialYear() {
        fixture.givenNoPriorActivity()
                .when(new RecordReportReceived(ANNUAL_COMPLAINTS_PERFORMANCE_REPORT, "Annual report",
                        LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), LocalDate.of(2025, 5, 20), "officer-1",
                        null, null))
                .expectNoEvents()
                .expectException(invalidField("periodFrom"));
    }

    @Test
    void refusesAReceiptInTheFuture() {
        // NOW is 2 June 2025: a receipt on 3 June has not happened yet.
        fixture.givenNoPriorActivity()
                .when(new RecordReportReceived(PERFORMANCE_UPDATE, "Q4 complaints update", LocalDate.of(2025, 1, 1),
                        LocalDate.of(2025, 3, 31), LocalDate.of(2025, 6, 3), "officer-1", null, null))
                .expectNoEvents()
                .expectException(invalidField("receivedOn"));
    }

    @Test
    void governingBodyRespondsToTheAnnualReportItReceived() {
        fixture.given(annualReport2024ReceivedOn(LocalDate.of(2025, 5, 20)))
                .when(new RecordGoverningBodyResponse(2024, "The board accepts the report and asks for ...",
                        LocalDate.of(2025, 5, 28), "governance-1", null, null))
                .expectEvents(new GoverningBodyRespondedToAnnualReport(ID, NOW, null, 2024,
                        "The board accepts the report and asks for ...", LocalDate.of(2025, 5, 28), "governance-1"));
    }

    @Test
    void refusesAResponseToAnAnnualReportTheGoverningBodyDidNotReceive() {
        fixture.given(annualReport2024ReceivedOn(LocalDate.of(2025, 5, 20)))
                .when(new RecordGoverningBodyResponse(2023, "Accepted", LocalDate.of(2025, 5, 28), "governance-1",
                        null, null))
                .expectNoEvents()
                .expectException(breaks("response-without-annual-report", "8.2"));
    }

    @Test
    void refusesAResponseBeforeTheReportWasReceived() {
        fixture.given(annualReport2024ReceivedOn(LocalDate.of(2025, 5, 20)))
                .when(new RecordGoverningBodyResponse(2024, "Accepted", LocalDate.of(2025, 5, 19), "governance-1",
                        null, null))
                .expectNoEvents()
                .expectException(invalidField("respondedOn"));
    }

    @Test
    void refusesASecondResponseForTheSameYear() {
        fixture.given(annualReport2024ReceivedOn(LocalDate.of(2025, 5, 20)),
                        new GoverningBodyRespondedToAnnualReport(ID, NOW, null, 2024, "Accepted",
                                LocalDate.of(2025, 5, 28), "governance-1"))
                .when(new RecordGoverningBodyResponse(2024, "Accepted again", LocalDate.of(2025, 5, 29),
                        "governance-1", null, null))
                .expectNoEvents()
                .expectException(breaks("annual-report-already-responded", null));
    }

    private static ReportReceivedByGoverningBody annualReport2024ReceivedOn(LocalDate day) {
        return new ReportReceivedByGoverningBody(ID, NOW, null, ANNUAL_COMPLAINTS_PERFORMANCE_REPORT,
                "Annual complaints performance and service improvement report 2024/25", LocalDate.of(2024, 4, 1),
                LocalDate.of(2025, 3, 31), day, "officer-1");
    }
}
