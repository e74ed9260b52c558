package org.complaintledger.landlordcontext;

import java.sql.Date;
import java.time.Instant;
import java.util.List;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.complaintledger.landlord.context.GoverningBodyRecorded;
import org.complaintledger.landlord.context.GoverningBodyRespondedToAnnualReport;
import org.complaintledger.landlord.context.HomesOwnedRecorded;
import org.complaintledger.landlord.context.LandlordContextEvent;
import org.complaintledger.landlord.context.MemberResponsibleForComplaintsAppointed;
import org.complaintledger.landlord.context.ReportReceivedByGoverningBody;
import org.complaintledger.reporting.ReportReadModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The landlord's own context the reports need: the homes owned in each financial year that CH01 divides by (the
 * latest correction stands), and what the governing body received (9.7) and answered to the annual report (8.2).
 */
@Component
@ProcessingGroup(LandlordContextProjection.PROCESSING_GROUP)
public class LandlordContextProjection implements ReportReadModel {

    public static final String PROCESSING_GROUP = "landlord-context";

    private final JdbcTemplate jdbc;

    public LandlordContextProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(LandlordContextEvent event, @Timestamp Instant recordedAt) {
        switch (event) {
            // A correction supersedes the year's figure; the same event seen again counts no second correction.
            case HomesOwnedRecorded e -> jdbc.update("INSERT INTO homes_owned (financial_year, low_cost_rental, "
                            + "low_cost_home_ownership, corrections, recorded_at) VALUES (?, ?, ?, 0, ?) "
                            + "ON CONFLICT (financial_year) DO UPDATE SET low_cost_rental = EXCLUDED.low_cost_rental, "
                            + "low_cost_home_ownership = EXCLUDED.low_cost_home_ownership, "
                            + "corrections = homes_owned.corrections + 1, recorded_at = EXCLUDED.recorded_at "
                            + "WHERE homes_owned.recorded_at < EXCLUDED.recorded_at",
                    e.financialYear(), e.homes().lowCostRental(), e.homes().lowCostHomeOwnership(),
                    java.sql.Timestamp.from(recordedAt));
            case GoverningBodyRespondedToAnnualReport e -> jdbc.update("INSERT INTO governing_body_response "
                            + "(financial_year, response, responded_on) VALUES (?, ?, ?) ON CONFLICT (financial_year) "
                            + "DO UPDATE SET response = EXCLUDED.response, responded_on = EXCLUDED.responded_on",
                    e.financialYear(), e.response(), Date.valueOf(e.respondedOn()));
            case ReportReceivedByGoverningBody e -> jdbc.update("INSERT INTO governing_body_report (kind, title, "
                            + "period_from, period_to, received_on) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING",
                    e.kind().name(), e.title(), Date.valueOf(e.periodFrom()), Date.valueOf(e.periodTo()),
                    Date.valueOf(e.receivedOn()));
            case MemberResponsibleForComplaintsAppointed e -> { /* a name, published elsewhere; no report figure */ }
            case GoverningBodyRecorded e -> { /* a name, published elsewhere; no report figure */ }
        }
    }

    @ResetHandler
    void replayFromScratch() {
        tables().forEach(table -> jdbc.update("DELETE FROM " + table));
    }

    @Override
    public List<String> tables() {
        return List.of("homes_owned", "governing_body_response", "governing_body_report");
    }

    @Override
    public void apply(Object event, Instant recordedAt) {
        if (event instanceof LandlordContextEvent e) {
            on(e, recordedAt);
        }
    }
}
