package org.complaintledger.investigatoraccess;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.instanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.messaging.interceptors.JSR303ViolationException;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.complaintledger.calendar.WorkingDayCalendar;
import org.complaintledger.code.CodeRuleBroken;
import org.complaintledger.code.CodeVersions;
import org.complaintledger.code.InvalidField;
import org.complaintledger.code.NotOnRecord;
import org.complaintledger.code.Timescales;
import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.Test;

/** An officer's grant of read access to one complaint's record, its end, and the reads made under it. */
class InvestigatorAccessTest {

    private static final Instant NOW = Instant.parse("2025-06-02T10:00:00Z");
    private static final Instant EXPIRES = NOW.plus(Duration.ofDays(30));
    private static final String GRANT = "G-1";
    private static final String COMPLAINT = "C-1";
    private static final String INVESTIGATOR = "ombudsman-investigator-7";
    private static final String OFFICER = "complaints-officer-2";
    private static final String REASON = "Housing Ombudsman case 202512345";

    private final FixtureConfiguration<InvestigatorAccess> fixture = at(NOW);

    private static FixtureConfiguration<InvestigatorAccess> at(Instant now) {
        AggregateTestFixture<InvestigatorAccess> fixture = new AggregateTestFixture<>(InvestigatorAccess.class);
        fixture.registerInjectableResource(new Timescales(WorkingDayCalendar.englandAndWales(), CodeVersions.known(),
                Clock.fixed(now, ZoneOffset.UTC)));
        fixture.registerCommandDispatchInterceptor(new BeanValidationInterceptor<>());
        return fixture;
    }

    private static InvestigatorAccessGranted granted() {
        return new InvestigatorAccessGranted(GRANT, COMPLAINT, INVESTIGATOR, OFFICER, REASON,
                NOW.minus(Duration.ofDays(1)), EXPIRES);
    }

    private static InvestigatorAccessRevoked revoked() {
        return new InvestigatorAccessRevoked(GRANT, COMPLAINT, INVESTIGATOR, OFFICER, "case closed",
                NOW.minus(Duration.ofHours(1)));
    }

    private static GrantInvestigatorAccess grant(Instant expiresAt) {
        return new GrantInvestigatorAccess(GRANT, COMPLAINT, INVESTIGATOR, expiresAt, OFFICER, REASON);
    }

    private static RecordCaseRecordRead read() {
        return new RecordCaseRecordRead(GRANT, COMPLAINT, INVESTIGATOR);
    }

    private static Matcher<Throwable> breaks(String rule) {
        return new FeatureMatcher<>(equalTo(rule), "CodeRuleBroken with rule", "rule") {
            @Override
            protected String featureValueOf(Throwable actual) {
                return actual instanceof CodeRuleBroken e ? e.rule() : actual.toString();
            }
        };
    }

    private static Matcher<Throwable> invalid(String field) {
        return new FeatureMatcher<>(equalTo(field), "InvalidField naming", "field") {
            @Override
            protected String featureValueOf(Throwable actual) {
                return actual instanceof InvalidField e ? e.field() : actual.toString();
            }
        };
    }

    @Test
    void grantsAccessUntilTheExpiry() {
        fixture.givenNoPriorActivity()
                .when(grant(EXPIRES))
                .expectEvents(new InvestigatorAccessGranted(GRANT, COMPLAINT, INVESTIGATOR, OFFICER, REASON, NOW,
                        EXPIRES));
    }

    @Test
    void refusesAnExpiryInThePast() {
        fixture.givenNoPriorActivity()
                .when(grant(NOW.minus(Duration.ofMinutes(1))))
                .expectException(invalid("expiresAt"))
                .expectNoEvents();
    }

    @Test
    void refusesAnExpiryOfNow() {
        fixture.givenNoPriorActivity()
                .when(grant(NOW))
                .expectException(invalid("expiresAt"))
                .expectNoEvents();
    }

    @Test
    void refusesAGrantIdThatIsTheComplaintsId() {
        fixture.givenNoPriorActivity()
                .when(new GrantInvestigatorAccess(COMPLAINT, COMPLAINT, INVESTIGATOR, EXPIRES, OFFICER, REASON))
                .expectException(invalid("grantId"))
                .expectNoEvents();
    }

    @Test
    void refusesAGrantWithoutInvestigatorReasonOrExpiry() {
        JSR303ViolationException refused = assertThrows(JSR303ViolationException.class, () -> fixture
                .givenNoPriorActivity()
                .when(new GrantInvestigatorAccess(GRANT, COMPLAINT, " ", null, OFFICER, null)));
        org.hamcrest.MatcherAssert.assertThat(refused.getViolations().stream()
                        .map(v -> v.getPropertyPath().toString()).sorted().toList(),
                equalTo(List.of("expiresAt", "investigator", "reason")));
    }

    @Test
    void revokesAGrantInForce() {
        fixture.given(granted())
                .when(new RevokeInvestigatorAccess(GRANT, COMPLAINT, OFFICER, "case closed"))
                .expectEvents(new InvestigatorAccessRevoked(GRANT, COMPLAINT, INVESTIGATOR, OFFICER, "case closed",
                        NOW));
    }

    @Test
    void refusesRevokingTwice() {
        fixture.given(granted(), revoked())
                .when(new RevokeInvestigatorAccess(GRANT, COMPLAINT, OFFICER, null))
                .expectException(breaks("grant-already-revoked"))
                .expectNoEvents();
    }

    @Test
    void refusesRevokingAnExpiredGrant() {
        at(EXPIRES.plusSeconds(1)).given(granted())
                .when(new RevokeInvestigatorAccess(GRANT, COMPLAINT, OFFICER, null))
                .expectException(breaks("grant-already-expired"))
                .expectNoEvents();
    }

    @Test
    void refusesRevokingThroughAnotherComplaint() {
        fixture.given(granted())
                .when(new RevokeInvestigatorAccess(GRANT, "C-2", OFFICER, null))
                .expectException(instanceOf(NotOnRecord.class))
                .expectNoEvents();
    }

    @Test
    void recordsAReadUnderAGrantInForce() {
        fixture.given(granted())
                .when(read())
                .expectEvents(new CaseRecordReadByInvestigator(GRANT, COMPLAINT, INVESTIGATOR, NOW));
    }

    @Test
    void recordsACaseBundleReadWithTheTreeSizeOfItsCheckpoint() {
        fixture.given(granted())
                .when(new RecordCaseRecordRead(GRANT, COMPLAINT, INVESTIGATOR, 4_096L))
                .expectEvents(new CaseRecordReadByInvestigator(GRANT, COMPLAINT, INVESTIGATOR, NOW, 4_096L));
    }

    @Test
    void recordsEveryRead() {
        fixture.given(granted(), new CaseRecordReadByInvestigator(GRANT, COMPLAINT, INVESTIGATOR,
                        NOW.minus(Duration.ofHours(2))))
                .when(read())
                .expectEvents(new CaseRecordReadByInvestigator(GRANT, COMPLAINT, INVESTIGATOR, NOW));
    }

    @Test
    void refusesAReadAfterRevocation() {
        fixture.given(granted(), revoked())
                .when(read())
                .expectException(AccessNotGranted.class)
                .expectNoEvents();
    }

    @Test
    void refusesAReadAtTheExpiry() {
        at(EXPIRES).given(granted())
                .when(read())
                .expectException(AccessNotGranted.class)
                .expectNoEvents();
    }

    @Test
    void refusesAReadOfAnotherComplaint() {
        fixture.given(granted())
                .when(new RecordCaseRecordRead(GRANT, "C-2", INVESTIGATOR))
                .expectException(AccessNotGranted.class)
                .expectNoEvents();
    }

    @Test
    void refusesAReadByAnotherInvestigator() {
        fixture.given(granted())
                .when(new RecordCaseRecordRead(GRANT, COMPLAINT, "someone-else"))
                .expectException(AccessNotGranted.class)
                .expectNoEvents();
    }
}
