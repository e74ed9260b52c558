package org.complaintledger.landlord.exceptional;

import static org.complaintledger.complaint.Rejections.breaks;
import static org.complaintledger.complaint.Rejections.invalidField;
import static org.complaintledger.complaint.Rejections.violationsOn;
import static org.complaintledger.review.RecordFixture.NOW;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.complaintledger.landlord.LandlordFixture;
import org.junit.jupiter.api.Test;

/**
 * A period in which the landlord could not comply with the Code (8.5): recorded while it lasts, closed later, the
 * Ombudsman's notification recorded when it was given. NOW is Monday 2 June 2025.
 */
class ExceptionalCircumstancesTest {

    private static final String ID = "period-1";
    private static final LocalDate FROM = LocalDate.of(2025, 5, 12);
    private static final String CYBER = "Cyber incident: housing management system offline";

    private final FixtureConfiguration<ExceptionalCircumstances> fixture =
            LandlordFixture.atNow(ExceptionalCircumstances.class);

    @Test
    void recordsAnOpenPeriodWithWhatHappened() {
        fixture.givenNoPriorActivity()
                .when(new RecordExceptionalCircumstances(ID, FROM, null, CYBER, LocalDate.of(2025, 7, 1), null,
                        "officer-1", null, null))
                .expectEvents(new ExceptionalCircumstancesRecorded(ID, NOW, null, FROM, null, CYBER,
                        LocalDate.of(2025, 7, 1), null, "officer-1"));
    }

    @Test
    void closesAnOpenExceptionalPeriod() {
        fixture.given(openPeriod())
                .when(new EndExceptionalCircumstances(ID, LocalDate.of(2025, 5, 30), "officer-1", null, null))
                .expectEvents(new ExceptionalCircumstancesEnded(ID, NOW, null, LocalDate.of(2025, 5, 30), "officer-1"));
    }

    @Test
    void refusesToCloseAPeriodTwice() {
        fixture.given(openPeriod(), new ExceptionalCircumstancesEnded(ID, NOW, null, LocalDate.of(2025, 5, 30), "officer-1"))
                .when(new EndExceptionalCircumstances(ID, LocalDate.of(2025, 5, 31), "officer-1", null, null))
                .expectNoEvents()
                .expectException(breaks("exceptional-circumstances-already-ended", null));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        fixture.given(openPeriod())
                .when(new EndExceptionalCircumstances(ID, LocalDate.of(2025, 5, 11), "officer-1", null, null))
                .expectNoEvents()
                .expectException(invalidField("until"));
    }

    @Test
    void refusesAnEndThatHasNotCome() {
        // NOW is Monday 2 June 2025: a period ending on Tuesday 3 June is still open.
        fixture.given(openPeriod())
                .when(new EndExceptionalCircumstances(ID, LocalDate.of(2025, 6, 3), "officer-1", null, null))
                .expectNoEvents()
                .expectException(invalidField("until"));
    }

    @Test
    void recordsWhenTheOmbudsmanWasNotified() {
        fixture.given(openPeriod())
                .when(new RecordOmbudsmanNotified(ID, LocalDate.of(2025, 5, 13), "officer-1", null, null))
                .expectEvents(new OmbudsmanNotifiedOfExceptionalCircumstances(ID, NOW, null, LocalDate.of(2025, 5, 13),
                        "officer-1"));
    }

    @Test
    void refusesASecondNotification() {
        fixture.given(new ExceptionalCircumstancesRecorded(ID, NOW, null, FROM, null, CYBER, null,
                        LocalDate.of(2025, 5, 13), "officer-1"))
                .when(new RecordOmbudsmanNotified(ID, LocalDate.of(2025, 5, 14), "officer-1", null, null))
                .expectNoEvents()
                .expectException(breaks("ombudsman-already-notified", null));
    }

    @Test
    void refusesAStartInAnImpossibleYear() {
        assertThat(assertThrows(Throwable.class, () -> fixture.givenNoPriorActivity()
                        .when(new RecordExceptionalCircumstances(ID, LocalDate.of(1999, 12, 31), null, CYBER, null, null,
                        "officer-1", null, null))),
                violationsOn("from"));
    }

    private static ExceptionalCircumstancesRecorded openPeriod() {
        return new ExceptionalCircumstancesRecorded(ID, NOW, null, FROM, null, CYBER, null, null, "officer-1");
    }
}
