package org.complaintledger.landlord.closure;

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

/** Closure days declared and withdrawn as events on the ledger, one record per calendar day. */
class ClosureDayTest {

    /** Wednesday 24 December 2025, not a bank holiday. */
    private static final LocalDate CHRISTMAS_EVE = LocalDate.of(2025, 12, 24);
    private static final String ID = "closure-day-2025-12-24";

    private final FixtureConfiguration<ClosureDay> fixture = LandlordFixture.atNow(ClosureDay.class);

    @Test
    void declaresAClosureDayOnItsOwnRecord() {
        fixture.givenNoPriorActivity()
                .when(new DeclareClosureDay(CHRISTMAS_EVE, "Offices closed for Christmas", "officer-1", null, null))
                .expectEvents(declared());
    }

    @Test
    void refusesToDeclareADayTwice() {
        fixture.given(declared())
                .when(new DeclareClosureDay(CHRISTMAS_EVE, "Again", "officer-1", null, null))
                .expectNoEvents()
                .expectException(breaks("closure-day-already-declared", null));
    }

    @Test
    void withdrawsADeclaredClosureDay() {
        fixture.given(declared())
                .when(new WithdrawClosureDay(CHRISTMAS_EVE, "Offices open after all", "officer-2", null, null))
                .expectEvents(new ClosureDayWithdrawn(ID, NOW, null, CHRISTMAS_EVE, "Offices open after all", "officer-2"));
    }

    @Test
    void aWithdrawnDayCanBeDeclaredAgain() {
        fixture.given(declared(), new ClosureDayWithdrawn(ID, NOW, null, CHRISTMAS_EVE, "Open", "officer-2"))
                .when(new DeclareClosureDay(CHRISTMAS_EVE, "Closed after all", "officer-1", null, null))
                .expectEvents(new ClosureDayDeclared(ID, NOW, null, CHRISTMAS_EVE, "Closed after all", "officer-1"));
    }

    @Test
    void refusesToWithdrawADayNoLongerDeclared() {
        fixture.given(declared(), new ClosureDayWithdrawn(ID, NOW, null, CHRISTMAS_EVE, "Open", "officer-2"))
                .when(new WithdrawClosureDay(CHRISTMAS_EVE, "Again", "officer-2", null, null))
                .expectNoEvents()
                .expectException(breaks("closure-day-not-declared", null));
    }

    @Test
    void refusesABankHoliday() {
        // Thursday 25 December 2025 is Christmas Day: no working day to close.
        fixture.givenNoPriorActivity()
                .when(new DeclareClosureDay(LocalDate.of(2025, 12, 25), "Christmas", "officer-1", null, null))
                .expectNoEvents()
                .expectException(invalidField("day"));
    }

    @Test
    void refusesAWeekend() {
        // Saturday 27 December 2025.
        fixture.givenNoPriorActivity()
                .when(new DeclareClosureDay(LocalDate.of(2025, 12, 27), "Weekend", "officer-1", null, null))
                .expectNoEvents()
                .expectException(invalidField("day"));
    }

    @Test
    void refusesADayInAnImpossibleYear() {
        assertThat(assertThrows(Throwable.class, () -> fixture.givenNoPriorActivity()
                        .when(new DeclareClosureDay(LocalDate.of(2125, 12, 24), "Far away", "officer-1", null, null))),
                violationsOn("day"));
    }

    private static ClosureDayDeclared declared() {
        return new ClosureDayDeclared(ID, NOW, null, CHRISTMAS_EVE, "Offices closed for Christmas", "officer-1");
    }
}
