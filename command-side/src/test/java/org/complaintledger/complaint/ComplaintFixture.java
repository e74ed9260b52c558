package org.complaintledger.complaint;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.axonframework.messaging.interceptors.BeanValidationInterceptor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.complaintledger.calendar.WorkingDayCalendar;
import org.complaintledger.category.CategoryTaxonomy;
import org.complaintledger.code.CodeVersions;
import org.complaintledger.code.Timescales;
import org.complaintledger.procedure.LandlordProcedure;

/** An Axon test fixture for the {@link Complaint} aggregate, with bean validation on dispatch and a fixed clock. */
final class ComplaintFixture {

    private ComplaintFixture() {
    }

    /** A fixture whose clock stands at {@link Steps#NOW}. */
    static FixtureConfiguration<Complaint> atNow() {
        return at(Steps.NOW);
    }

    /** A fixture whose clock stands at {@code now}: commands without occurredAt happen then. */
    static FixtureConfiguration<Complaint> at(Instant now) {
        return at(now, LandlordProcedure.standard(), CategoryTaxonomy.defaults());
    }

    /** A fixture whose clock stands at {@code now}, for a landlord with {@code procedure}. */
    static FixtureConfiguration<Complaint> at(Instant now, LandlordProcedure procedure) {
        return at(now, procedure, CategoryTaxonomy.defaults());
    }

    /** A fixture whose clock stands at {@code now}, checking categories against {@code categories}. */
    static FixtureConfiguration<Complaint> at(Instant now, CategoryTaxonomy categories) {
        return at(now, LandlordProcedure.standard(), categories);
    }

    private static FixtureConfiguration<Complaint> at(Instant now, LandlordProcedure procedure,
                                                      CategoryTaxonomy categories) {
        AggregateTestFixture<Complaint> fixture = new AggregateTestFixture<>(Complaint.class);
        fixture.registerInjectableResource(categories);
        fixture.registerInjectableResource(new Timescales(WorkingDayCalendar.englandAndWales(), CodeVersions.known(),
                procedure, Clock.fixed(now, ZoneOffset.UTC)));
        fixture.registerCommandDispatchInterceptor(new BeanValidationInterceptor<>());
        return fixture;
    }
}
