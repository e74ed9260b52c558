package org.complaintledger.landlordcontext;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.complaintledger.landlord.context.GoverningBodyRecorded;
import org.complaintledger.landlord.context.GoverningBodyRespondedToAnnualReport;
import org.complaintledger.landlord.context.HomesOwnedRecorded;
import org.complaintledger.landlord.context.LandlordContextEvent;
import org.complaintledger.landlord.context.MemberResponsibleForComplaintsAppointed;
import org.complaintledger.landlord.context.ReportReceivedByGoverningBody;
import org.complaintledger.readmodel.LiveProjection;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.readmodel.ReadModelTable;
import org.complaintledger.readmodel.ReadModelTables;
import org.complaintledger.reporting.ReportReadModel;
import org.springframework.stereotype.Component;

/**
 * The landlord's own context the reports need: the homes owned in each financial year that CH01 divides by (the
 * latest correction stands), and what the governing body received (9.7) and answered to the annual report (8.2).
 */
@Component
@ProcessingGroup(LandlordContextProjection.PROCESSING_GROUP)
public class LandlordContextProjection extends LiveProjection implements ReportReadModel {

    public static final String PROCESSING_GROUP = "landlord-context";

    private final ReadModelTable homesOwned;
    private final ReadModelTable responses;
    private final ReadModelTable reports;

    public LandlordContextProjection(ReadModelTables tables) {
        super(tables);
        this.homesOwned = tables.table("homes_owned");
        this.responses = tables.table("governing_body_response");
        this.reports = tables.table("governing_body_report");
    }

    @Override
    public List<String> tables() {
        return List.of("homes_owned", "governing_body_response", "governing_body_report");
    }

    @Override
    public LandlordContextProjection over(ReadModelTables tables) {
        return new LandlordContextProjection(tables);
    }

    @Override
    public void apply(ProjectedEvent event) {
        if (event.payload() instanceof LandlordContextEvent context) {
            on(context, event.recordedAt());
        }
    }

    private void on(LandlordContextEvent event, Instant recordedAt) {
        switch (event) {
            case HomesOwnedRecorded e -> homesOwned(e, recordedAt);
            case GoverningBodyRespondedToAnnualReport e -> responses.upsert(responses.newRow()
                            .set("financial_year", e.financialYear()).set("response", e.response())
                            .set("responded_on", e.respondedOn()),
                    existing -> existing.set("response", e.response()).set("responded_on", e.respondedOn()));
            case ReportReceivedByGoverningBody e -> reports.insertIfAbsent(reports.newRow().set("kind", e.kind().name())
                    .set("title", e.title()).set("period_from", e.periodFrom()).set("period_to", e.periodTo())
                    .set("received_on", e.receivedOn()));
            case MemberResponsibleForComplaintsAppointed e -> { /* a name, published elsewhere; no report figure */ }
            case GoverningBodyRecorded e -> { /* a name, published elsewhere; no report figure */ }
        }
    }

    /** A correction supersedes the year's figure; the same event seen again counts no second correction. */
    private void homesOwned(HomesOwnedRecorded e, Instant recordedAt) {
        // compared as stored: PostgreSQL keeps microseconds, so an event seen again must not look later
        Instant at = recordedAt.truncatedTo(ChronoUnit.MICROS);
        homesOwned.upsert(homesOwned.newRow().set("financial_year", e.financialYear())
                .set("low_cost_rental", e.homes().lowCostRental())
                .set("low_cost_home_ownership", e.homes().lowCostHomeOwnership()).set("corrections", 0)
                .set("recorded_at", at), existing -> {
                    if (existing.instant("recorded_at").isBefore(at)) {
                        existing.set("low_cost_rental", e.homes().lowCostRental())
                                .set("low_cost_home_ownership", e.homes().lowCostHomeOwnership())
                                .add("corrections", 1).set("recorded_at", at);
                    }
                });
    }
}
