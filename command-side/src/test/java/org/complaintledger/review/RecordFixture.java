package org.complaintledger.review;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.complaintledger.calendar.WorkingDayCalendar;
import org.complaintledger.code.CodeVersions;
import org.complaintledger.code.Timescales;

/** An Axon test fixture for a resident's record kept under review, with bean validation on dispatch and a fixed clock. */
public final class RecordFixture {

    /** Monday 2 June 2025, 11:00 in London: when commands without occurredAt happen. */
    public static final Instant NOW = Instant.parse("2025-06-02T10:00:00Z");
    public static final String RESIDENT = "R-1";

    private RecordFixture() {
    }

    public static <A> FixtureConfiguration<A> atNow(Class<A> aggregate) {
        AggregateTestFixture<A> fixture = new AggregateTestFixture<>(aggregate);
        fixture.registerInjectableResource(new Timescales(WorkingDayCalendar.englandAndWales(), CodeVersions.known(),
                Clock.fixed(NOW, ZoneOffset.UTC)));
        fixture.registerCommandDispatchInterceptor(new BeanValidationInterceptor<>());
        return fixture;
    }
}
