package org.complaintledger.landlord;

import org.axonframework.modelling.command.VersionedAggregateIdentifier;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.complaintledger.ledger.LedgerCommand;
import org.complaintledger.review.RecordFixture;

/**
 * A fixture for a record of the landlord's, as {@link RecordFixture} (bean validation, clock at its NOW) with the
 * command's target read from {@link LedgerCommand#recordId()} as the application wires it: the landlord's context
 * and a closure day name their record by what they are, not by an id field.
 */
public final class LandlordFixture {

    private LandlordFixture() {
    }

    public static <A> FixtureConfiguration<A> atNow(Class<A> aggregate) {
        return RecordFixture.atNow(aggregate).registerCommandTargetResolver(command ->
                new VersionedAggregateIdentifier(((LedgerCommand) command.getPayload()).recordId(), null));
    }
}
