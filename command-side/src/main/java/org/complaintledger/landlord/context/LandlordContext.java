package org.complaintledger.landlord.context;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.complaintledger.code.CodeRuleBroken;
import org.complaintledger.code.InvalidField;
import org.complaintledger.code.Timescales;
import org.complaintledger.landlord.FactDates;

/**
 * The landlord's own context, the facts its reports rest on that belong to no complaint: homes owned per financial
 * year, who is the Member Responsible for Complaints and the governing body (9.5, 9.6), what the governing body
 * received (9.7) and its response to the annual report (8.2). The ledger keeps one landlord, so one record,
 * {@link #ID}, made by its first step; every fact is a new event and nothing is overwritten.
 */
public class LandlordContext {

    public static final String ID = "landlord-context";

    @AggregateIdentifier
    private String landlordId;
    private final Map<Integer, Homes> homesOwned = new HashMap<>();
    private LocalDate memberFrom;
    private LocalDate governingBodyFrom;
    private final Map<Integer, LocalDate> annualReportReceived = new HashMap<>();
    private final Set<Integer> responded = new HashSet<>();

    protected LandlordContext() {
        // rebuilt from events, or made by its first step
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordHomesOwned cmd, Timescales time) {
        Instant at = FactDates.occurrence(cmd, time);
        Homes earlier = homesOwned.get(cmd.financialYear());
        // A correction supersedes, never overwrites: both figures stay on the record, and the later says why.
        if (earlier != null && isBlank(cmd.correctionReason())) {
            throw new InvalidField("correctionReason", "is required: homes owned for " + cmd.financialYear()
                    + " are already on record (" + earlier + "), so this figure corrects them");
        }
        if (earlier == null && cmd.correctionReason() != null) {
            throw new InvalidField("correctionReason", "must be empty: no figure for " + cmd.financialYear()
                    + " is on record to correct");
        }
        apply(new HomesOwnedRecorded(ID, at, cmd.backdatingReason(), cmd.financialYear(), cmd.homes(), earlier,
                cmd.correctionReason(), cmd.recordedBy()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(AppointMemberResponsibleForComplaints cmd, Timescales time) {
        Instant at = FactDates.occurrence(cmd, time);
        inOrder("from", cmd.from(), memberFrom, "the current MRC's appointment");
        apply(new MemberResponsibleForComplaintsAppointed(ID, at, cmd.backdatingReason(), cmd.member(), cmd.from(),
                cmd.recordedBy()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordGoverningBody cmd, Timescales time) {
        Instant at = FactDates.occurrence(cmd, time);
        inOrder("from", cmd.from(), governingBodyFrom, "the current governing body's record");
        apply(new GoverningBodyRecorded(ID, at, cmd.backdatingReason(), cmd.name(), cmd.from(), cmd.recordedBy()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordReportReceived cmd, Timescales time) {
        Instant at = FactDates.occurrence(cmd, time);
        FactDates.notBefore("periodTo", cmd.periodTo(), cmd.periodFrom(), "periodFrom");
        FactDates.notBefore("receivedOn", cmd.receivedOn(), cmd.periodFrom(), "the start of the period reported on");
        FactDates.notInFuture("receivedOn", cmd.receivedOn(), time);
        if (cmd.kind() == ReportKind.ANNUAL_COMPLAINTS_PERFORMANCE_REPORT) {
            int year = financialYearOf(cmd.periodFrom());
            // 8.1: the annual report is for one financial year, as CH01 and CH02 are.
            if (!cmd.periodFrom().equals(firstDay(year)) || !cmd.periodTo().equals(firstDay(year + 1).minusDays(1))) {
                throw new InvalidField("periodFrom", "with periodTo must be one financial year, 1 April to 31 March, "
                        + "for the annual complaints performance report (8.1)");
            }
        }
        apply(new ReportReceivedByGoverningBody(ID, at, cmd.backdatingReason(), cmd.kind(), cmd.title(),
                cmd.periodFrom(), cmd.periodTo(), cmd.receivedOn(), cmd.recordedBy()));
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(RecordGoverningBodyResponse cmd, Timescales time) {
        Instant at = FactDates.occurrence(cmd, time);
        LocalDate received = annualReportReceived.get(cmd.financialYear());
        // 8.2: the governing body responds to the annual report it was given; the response is published with it.
        if (received == null) {
            throw new CodeRuleBroken("response-without-annual-report", "8.2", "the governing body's receipt of the "
                    + "annual complaints performance report for " + cmd.financialYear() + " is not on record");
        }
        if (responded.contains(cmd.financialYear())) {
            throw new CodeRuleBroken("annual-report-already-responded", null, "the governing body's response to "
                    + "the annual report for " + cmd.financialYear() + " is already on record");
        }
        FactDates.notBefore("respondedOn", cmd.respondedOn(), received, "the day the governing body received the report");
        FactDates.notInFuture("respondedOn", cmd.respondedOn(), time);
        apply(new GoverningBodyRespondedToAnnualReport(ID, at, cmd.backdatingReason(), cmd.financialYear(),
                cmd.response(), cmd.respondedOn(), cmd.recordedBy()));
    }

    /** The financial year (1 April to 31 March) a day falls in, named by the calendar year it starts in. */
    public static int financialYearOf(LocalDate day) {
        return day.getMonth().compareTo(Month.APRIL) >= 0 ? day.getYear() : day.getYear() - 1;
    }

    private static LocalDate firstDay(int financialYear) {
        return LocalDate.of(financialYear, Month.APRIL, 1);
    }

    /** Who holds a role changes forwards: a new holder from a day after the current one's start (ledger's own rule). */
    private static void inOrder(String field, LocalDate from, LocalDate currentFrom, String what) {
        if (currentFrom != null && !from.isAfter(currentFrom)) {
            throw new CodeRuleBroken("role-change-out-of-order", null, field + " " + from + " must be after the start of "
                    + what + ", " + currentFrom + ": a change of holder is a new record from a later day");
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    @EventSourcingHandler
    void on(LandlordContextEvent event) {
        landlordId = event.landlordId();
        switch (event) {
            case HomesOwnedRecorded e -> homesOwned.put(e.financialYear(), e.homes());
            case MemberResponsibleForComplaintsAppointed e -> memberFrom = e.from();
            case GoverningBodyRecorded e -> governingBodyFrom = e.from();
            case ReportReceivedByGoverningBody e -> {
                if (e.kind() == ReportKind.ANNUAL_COMPLAINTS_PERFORMANCE_REPORT) {
                    annualReportReceived.putIfAbsent(financialYearOf(e.periodFrom()), e.receivedOn());
                }
            }
            case GoverningBodyRespondedToAnnualReport e -> responded.add(e.financialYear());
        }
    }
}
