package org.complaintledger.reports.asat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.complaintledger.projectiontest.ComplaintEvents.handlingFailureFound;

import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.complaintledger.complaint.ComplaintEvent;
import org.complaintledger.complaint.ComplaintHandlingFailureFound;
import org.complaintledger.complaint.Ombudsman;
import org.complaintledger.complaint.Ombudsman.HandlingFailureKind;
import org.complaintledger.outcomes.OutcomesAndRemediesProjection;
import org.complaintledger.parkedevents.Incomplete;
import org.complaintledger.projectiontest.ComplaintHistories.Life2024;
import org.complaintledger.projectiontest.ComplaintHistories.ThreeStages2022;
import org.complaintledger.projectiontest.ProjectionDatabase;
import org.complaintledger.readmodel.SqlTables;
import org.complaintledger.reporting.ReportReadModel;
import org.complaintledger.timescalecompliance.TimescaleComplianceProjection;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A rebuild for a report as at an instant leaves out of a read model an event it cannot apply and the later events of
 * the same complaint, as live processing parks them, and applies everything else, in that read model and the others.
 */
class RebuildTest {

    @RegisterExtension
    static final ProjectionDatabase database = ProjectionDatabase.withModuleMigrations();

    /** A finding whose order has no date due: the outcomes read model cannot store it (NOT NULL), as live. */
    private static final ComplaintHandlingFailureFound ORDER_WITHOUT_DUE_DATE = handlingFailureFound(Life2024.ID,
            "2025-06-02", "finding-1", HandlingFailureKind.CODE_NON_COMPLIANCE_FINDING,
            new Ombudsman.TrackedOrder("order-1", "finding-1", "Apologise", null));

    private List<ReportReadModel> readModels;

    @BeforeEach
    void emptyTables() {
        readModels = List.of(new TimescaleComplianceProjection(new SqlTables(database.jdbc())),
                new OutcomesAndRemediesProjection(new SqlTables(database.jdbc())));
        readModels.forEach(model -> database.empty(model.tables().toArray(String[]::new)));
    }

    @Test
    void leavesOutAFailedEventAndItsComplaintsLaterEventsFromThatReadModelOnly() {
        List<ComplaintEvent> events = new ArrayList<>(Life2024.ALL);
        events.set(events.indexOf(Life2024.NON_COMPLIANCE_FOUND), ORDER_WITHOUT_DUE_DATE);
        events.addAll(ThreeStages2022.ALL);

        Incomplete incomplete = rebuild(events);

        // the finding and the four Ombudsman steps after it: an order complied with, two handling failure orders and
        // the determination; the referral before it stands
        assertThat(incomplete).isEqualTo(new Incomplete(5, List.of(OutcomesAndRemediesProjection.PROCESSING_GROUP)));
        assertThat(count("ombudsman_referral")).isEqualTo(1);
        assertThat(count("ombudsman_finding")).isZero();
        assertThat(count("ombudsman_order")).isZero();
        assertThat(count("outcome_decision WHERE complaint_id = '" + Life2024.ID + "'")).isEqualTo(2);
        assertThat(count("outcome_decision WHERE complaint_id = '" + ThreeStages2022.ID + "'")).isEqualTo(3);
        assertThat(count("timescale_compliance WHERE complaint_id = '" + Life2024.ID + "' AND responded_on IS NOT NULL"))
                .isEqualTo(2);
    }

    @Test
    void appliesEveryEventWhenNoneFails() {
        List<ComplaintEvent> events = new ArrayList<>(Life2024.ALL);
        events.addAll(ThreeStages2022.ALL);

        assertThat(rebuild(events)).isNull();
        assertThat(count("ombudsman_referral")).isEqualTo(1);
        assertThat(count("ombudsman_finding")).isPositive();
        assertThat(count("outcome_decision")).isEqualTo(5);
    }

    private Incomplete rebuild(List<ComplaintEvent> events) {
        TransactionTemplate transaction =
                new TransactionTemplate(new DataSourceTransactionManager(database.jdbc().getDataSource()));
        return transaction.execute(status -> {
            Rebuild rebuild = new Rebuild(readModels, status);
            for (int i = 0; i < events.size(); i++) {
                ComplaintEvent event = events.get(i);
                rebuild.apply(new GenericDomainEventMessage<>("Complaint", event.complaintId(), i, event));
            }
            return rebuild.finish();
        });
    }

    private long count(String tableAndCondition) {
        return database.jdbc().queryForObject("SELECT count(*) FROM " + tableAndCondition, Long.class);
    }
}
