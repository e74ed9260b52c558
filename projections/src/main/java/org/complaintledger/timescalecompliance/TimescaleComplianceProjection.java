package org.complaintledger.timescalecompliance;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.complaintledger.calendar.WorkingDayCalendar;
import org.complaintledger.code.Stage;
import org.complaintledger.complaint.ActionCompleted;
import org.complaintledger.complaint.ComplaintEvent;
import org.complaintledger.complaint.ComplaintHandlingFailureFound;
import org.complaintledger.complaint.ComplaintLogged;
import org.complaintledger.complaint.ComplaintRefused;
import org.complaintledger.complaint.ComplaintTakenOn;
import org.complaintledger.complaint.ComplaintWithdrawn;
import org.complaintledger.complaint.CorrespondenceRecorded;
import org.complaintledger.complaint.DocumentAttached;
import org.complaintledger.complaint.EscalationRefused;
import org.complaintledger.complaint.EscalationRequested;
import org.complaintledger.complaint.IssueAdded;
import org.complaintledger.complaint.OmbudsmanDetermined;
import org.complaintledger.complaint.OmbudsmanOrderComplied;
import org.complaintledger.complaint.ReferredToOmbudsman;
import org.complaintledger.complaint.RemedyOffered;
import org.complaintledger.complaint.StageAcknowledged;
import org.complaintledger.complaint.StageExtended;
import org.complaintledger.complaint.StageResponseIssued;
import org.complaintledger.complaint.UpdateIntervalAgreed;
import org.complaintledger.readmodel.LiveProjection;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.readmodel.ReadModelTable;
import org.complaintledger.readmodel.ReadModelTables;
import org.complaintledger.readmodel.Row;
import org.complaintledger.reporting.ReportReadModel;
import org.springframework.stereotype.Component;

/**
 * One row per complaint and stage with what the Code's timescales are measured by: when the stage opened (stage 2 and
 * 3 count in the period of the escalation request), was acknowledged and answered (a response counts in the period it
 * was issued), the deadlines as the events recorded them, original and as extended, the extensions and the on-time
 * flags in both readings (6.2-6.4, 6.11-6.16; 2022 4.1, 5.1, 5.13, 5.18), with the Code version, tenure and category
 * that reports (TSM CH02, 8.1) split by. No deadline is recomputed: a replay gives the rows the events gave.
 */
@Component
@ProcessingGroup(TimescaleComplianceProjection.PROCESSING_GROUP)
public class TimescaleComplianceProjection extends LiveProjection implements ReportReadModel {

    public static final String PROCESSING_GROUP = "timescale-compliance";

    /**
     * Working days taken are counted over weekends and England and Wales bank holidays only, which history does not
     * change; the landlord's closure days are left out because one declared later would change a past count on replay.
     */
    private static final WorkingDayCalendar BANK_HOLIDAYS_ONLY = WorkingDayCalendar.englandAndWales();

    private final ReadModelTable stages;

    public TimescaleComplianceProjection(ReadModelTables tables) {
        super(tables);
        this.stages = tables.table("timescale_compliance");
    }

    @Override
    public List<String> tables() {
        return List.of("timescale_compliance");
    }

    @Override
    public TimescaleComplianceProjection over(ReadModelTables tables) {
        return new TimescaleComplianceProjection(tables);
    }

    @Override
    public void apply(ProjectedEvent event) {
        if (event.payload() instanceof ComplaintEvent complaint) {
            on(complaint);
        }
    }

    private void on(ComplaintEvent event) {
        String id = event.complaintId();
        switch (event) {
            case ComplaintLogged e -> logged(e);
            case StageAcknowledged e -> acknowledged(e);
            case StageExtended e -> extended(e);
            case StageResponseIssued e -> responded(e);
            case EscalationRequested e -> opened(id, e.toStage(), e.occurredAt(), e.acknowledgementDue(),
                    e.responseDue());
            case EscalationRefused e -> escalationRefused(e);
            // 2.4: a refusal or withdrawal closes what is open unanswered; answered stages keep their figures
            case ComplaintRefused e -> refused(e);
            case ComplaintTakenOn e -> takenOn(e);
            case ComplaintWithdrawn e -> closedIfOpen(id, row -> row.set("standing", "WITHDRAWN")
                    .set("closed_on", day(e.occurredAt())));
            case IssueAdded e -> { /* folded into stage 1's response; no timescale of its own */ }
            case CorrespondenceRecorded e -> { /* no timescale */ }
            case DocumentAttached e -> { /* no timescale */ }
            case UpdateIntervalAgreed e -> { /* 5.9 updates are not a stage's timescale */ }
            case RemedyOffered e -> { /* remedies are the outcomes projection's */ }
            case ActionCompleted e -> { /* actions are the outcomes projection's */ }
            case ReferredToOmbudsman e -> { /* the Ombudsman's timetable, not the landlord's */ }
            case OmbudsmanDetermined e -> { /* the Ombudsman's timetable, not the landlord's */ }
            case OmbudsmanOrderComplied e -> { /* the Ombudsman's timetable, not the landlord's */ }
            case ComplaintHandlingFailureFound e -> { /* the Ombudsman's finding, not a timescale */ }
        }
    }

    private void logged(ComplaintLogged e) {
        stages.insertIfAbsent(stages.newRow().set("complaint_id", e.complaintId()).set("stage", 1)
                .set("code_version", e.codeVersion()).set("tenure", e.tenure() == null ? null : e.tenure().name())
                .set("category", e.category()).set("channel", e.channel().name())
                .set("opened_on", day(e.occurredAt())).set("standing", "OPEN")
                .set("acknowledgement_due", e.acknowledgementDue()));
    }

    /** The deadlines the acknowledgement was measured against and set (6.2, 6.3, 6.11, 6.14; 2022 4.1, 5.1). */
    private void acknowledged(StageAcknowledged e) {
        stages.update(row -> row.set("acknowledged_on", day(e.occurredAt()))
                .set("acknowledgement_due", e.acknowledgementDue()).set("acknowledged_on_time", e.onTime())
                .set("response_due", e.responseDue()).setIfNull("original_response_due", e.responseDue()),
                e.complaintId(), e.stage().number());
    }

    /** 6.4, 6.15: workingDaysBeyondOriginal is cumulative, so the last extension's figure is the stage's. */
    private void extended(StageExtended e) {
        stages.update(row -> row.set("response_due", e.responseDue())
                .setIfNull("original_response_due", e.previousResponseDue()).add("extensions", 1)
                .add("extensions_beyond_limit", e.beyondCodeLimit() ? 1 : 0)
                .set("working_days_extended", e.workingDaysBeyondOriginal())
                .set("extensions_within_limit_or_with_good_reason",
                        row.bool("extensions_within_limit_or_with_good_reason") && e.withinLimitOrWithGoodReason()),
                e.complaintId(), e.stage().number());
    }

    /**
     * A stage asked for, or asked for again after a refused escalation (5.11): the request asked again is the one
     * that counts.
     */
    private void opened(String id, Stage stage, Instant at, LocalDate acknowledgementDue, LocalDate responseDue) {
        LocalDate openedOn = day(at);
        startAfresh(id, stage, openedOn, null, acknowledgementDue, responseDue,
                row -> row.set("opened_on", openedOn).set("taken_on_on", null));
    }

    /** 2.4, 5.11: the stage keeps when it first opened (the period it counts in) and owes afresh from the take-on. */
    private void takenOn(ComplaintTakenOn e) {
        LocalDate instructed = day(e.occurredAt());
        startAfresh(e.complaintId(), e.stage(), instructed, instructed, e.acknowledgementDue(), e.responseDue(),
                row -> row.set("taken_on_on", instructed));
    }

    /**
     * A fresh row for {@code stage} with the complaint's Code, tenure and category from its stage 1 row, or the
     * existing row set owing afresh, with {@code alsoSet}; nothing without a stage 1 row. A null response deadline
     * means the clock starts at the acknowledgement (6.14).
     */
    private void startAfresh(String id, Stage stage, LocalDate openedOn, LocalDate takenOnOn,
                             LocalDate acknowledgementDue, LocalDate responseDue, Consumer<Row> alsoSet) {
        Row first = stages.find(id, 1);
        if (first == null) {
            return;
        }
        Row fresh = stages.newRow().set("complaint_id", id).set("stage", stage.number())
                .set("code_version", first.string("code_version")).set("tenure", first.string("tenure"))
                .set("category", first.string("category")).set("channel", first.string("channel"))
                .set("opened_on", openedOn).set("taken_on_on", takenOnOn).set("standing", "OPEN")
                .set("acknowledgement_due", acknowledgementDue).set("original_response_due", responseDue)
                .set("response_due", responseDue);
        stages.upsert(fresh, row -> {
            alsoSet.accept(row);
            // what a stage owes from its (re)opening: the deadlines of the row it would insert, nothing else
            row.set("standing", "OPEN").set("closed_on", null).set("acknowledgement_due", acknowledgementDue)
                    .set("acknowledged_on", null).set("acknowledged_on_time", null)
                    .set("original_response_due", responseDue).set("response_due", responseDue)
                    .set("extensions", 0).set("extensions_beyond_limit", 0).set("working_days_extended", null)
                    .set("extensions_within_limit_or_with_good_reason", true).set("responded_on", null)
                    .set("working_days_taken", null).set("on_time_as_extended", null)
                    .set("on_time_against_original", null).set("refusal_reason", null);
        });
    }

    /**
     * The response, with the flags it carries. Responses stored before the ledger recorded the original deadline and
     * its flags carry nulls: the original deadline and the extensions' verdict this row already holds from the
     * stage's own events stand in, and on time against the original is read from those dates.
     */
    private void responded(StageResponseIssued e) {
        LocalDate respondedOn = day(e.occurredAt());
        stages.update(row -> {
            LocalDate original = e.originalResponseDue() != null ? e.originalResponseDue()
                    : row.date("original_response_due");
            Boolean againstOriginal = e.onTimeAgainstOriginal() != null ? e.onTimeAgainstOriginal()
                    : original == null ? null : !respondedOn.isAfter(original);
            row.set("standing", "RESPONDED").set("responded_on", respondedOn).set("response_due", e.responseDue())
                    .set("on_time_as_extended", e.onTime()).set("original_response_due", original)
                    .set("on_time_against_original", againstOriginal)
                    .set("working_days_taken", workingDaysTaken(row, e));
            if (e.extensionsWithinLimitOrWithGoodReason() != null) {
                row.set("extensions_within_limit_or_with_good_reason", e.extensionsWithinLimitOrWithGoodReason());
            }
        }, e.complaintId(), e.stage().number());
    }

    /** From the stage's (re)opening to the response, both London days: the Code's days are English days. */
    private static int workingDaysTaken(Row stage, StageResponseIssued e) {
        LocalDate from = stage.date("taken_on_on") != null ? stage.date("taken_on_on") : stage.date("opened_on");
        return BANK_HOLIDAYS_ONLY.workingDaysBetween(from, BANK_HOLIDAYS_ONLY.dayOf(e.occurredAt()));
    }

    /** 2.4: a refusal closes what is open unanswered, with its ground (4.1; 2022 1.3) for refusals by ground. */
    private void refused(ComplaintRefused e) {
        closedIfOpen(e.complaintId(), row -> row.set("standing", "REFUSED").set("closed_on", day(e.occurredAt()))
                .set("refusal_reason", e.reason().name()));
    }

    /** 5.11: a refused escalation closes the stage asked for, with its ground, for the annual report's refusals. */
    private void escalationRefused(EscalationRefused e) {
        stages.update(row -> row.set("standing", "ESCALATION_REFUSED").set("closed_on", day(e.occurredAt()))
                .set("refusal_reason", e.reason().name()), e.complaintId(), e.toStage().number());
    }

    /** Applies {@code close} to each of the complaint's stages still open. */
    private void closedIfOpen(String id, Consumer<Row> close) {
        stages.updateWhere("complaint_id", id, row -> {
            if ("OPEN".equals(row.string("standing"))) {
                close.accept(row);
            }
        });
    }

    private static LocalDate day(Instant at) {
        return BANK_HOLIDAYS_ONLY.dayOf(at);
    }
}
