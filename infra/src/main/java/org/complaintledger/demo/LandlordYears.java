package org.complaintledger.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Function;
import org.complaintledger.landlord.context.AppointMemberResponsibleForComplaints;
import org.complaintledger.landlord.context.Homes;
import org.complaintledger.landlord.context.RecordGoverningBody;
import org.complaintledger.landlord.context.RecordGoverningBodyResponse;
import org.complaintledger.landlord.context.RecordHomesOwned;
import org.complaintledger.landlord.context.RecordReportReceived;
import org.complaintledger.landlord.context.ReportKind;

/**
 * The demo landlord's own record over the years: its governing body and Member Responsible for Complaints from the day
 * the ledger went live (9.5, 9.6), homes owned each financial year (CH01's divisor), a later correction of the first
 * year's figure, the quarterly updates the governing body received (9.7), and each year's annual report with the
 * governing body's response (8.2).
 */
final class LandlordYears {

    private static final String RECORDED_BY = "Head of Performance and Insight";

    private final DemoLandlord landlord;
    private final DemoCalendar calendar;
    private final DemoPlan plan;

    LandlordYears(DemoLandlord landlord, DemoCalendar calendar, DemoPlan plan) {
        this.landlord = landlord;
        this.calendar = calendar;
        this.plan = plan;
    }

    void plan() {
        LocalDate live = landlord.liveFrom();
        at(live, 10, why -> new RecordGoverningBody("Board of Demo Homes", live, RECORDED_BY, moment(live, 10), why));
        at(live, 11, why -> new AppointMemberResponsibleForComplaints("Chair of the Customer Services Committee", live,
                RECORDED_BY, moment(live, 11), why));
        for (int n = 0; n < landlord.financialYears(); n++) {
            int year = landlord.firstFinancialYear() + n;
            LocalDate start = DemoLandlord.startOf(year);
            Homes homes = homes(landlord.homesInYear(n), 0);
            LocalDate recordedOn = calendar.workingDayFrom(start);
            at(recordedOn, 10, why -> new RecordHomesOwned(year, homes, null, RECORDED_BY, moment(recordedOn, 10), why));
            quarterlyUpdates(year);
            annualReport(year, n);
        }
    }

    private static Homes homes(int homes, int more) {
        int ownership = DemoLandlord.lowCostHomeOwnership(homes);
        return new Homes(homes - ownership + more, ownership);
    }

    private void quarterlyUpdates(int year) {
        for (int quarter = 0; quarter < 4; quarter++) {
            LocalDate from = DemoLandlord.startOf(year).plusMonths(3L * quarter);
            LocalDate to = from.plusMonths(3).minusDays(1);
            LocalDate receivedOn = calendar.workingDayFrom(to.plusWeeks(5));
            String title = "Complaints performance, " + from + " to " + to;
            at(receivedOn, 15, why -> new RecordReportReceived(ReportKind.PERFORMANCE_UPDATE, title, from, to,
                    receivedOn, RECORDED_BY, moment(receivedOn, 15), why));
        }
    }

    /**
     * 8.1, 8.2: the report in June after the year, the response a month later; and in August the first year's homes
     * corrected, which changes a CH01 already published: a report "as at" before it shows the published figure.
     */
    private void annualReport(int year, int n) {
        LocalDate from = DemoLandlord.startOf(year);
        LocalDate to = DemoLandlord.startOf(year + 1).minusDays(1);
        LocalDate receivedOn = calendar.workingDayFrom(to.plusWeeks(11));
        at(receivedOn, 16, why -> new RecordReportReceived(ReportKind.ANNUAL_COMPLAINTS_PERFORMANCE_REPORT,
                "Annual complaints performance and service improvement report " + year + "/" + (year + 1) % 100,
                from, to, receivedOn, RECORDED_BY, moment(receivedOn, 16), why));
        LocalDate respondedOn = calendar.workingDayFrom(receivedOn.plusWeeks(4));
        at(respondedOn, 12, why -> new RecordGoverningBodyResponse(year, "The Board notes the rise in damp and mould "
                + "complaints over the winter and asks for a quarterly report on the survey standard; it welcomes the "
                + "share of responses within the Code's timescales and asks that late acknowledgements be halved.",
                respondedOn, RECORDED_BY, moment(respondedOn, 12), why));
        if (n == 0) {
            // A correction that changes last year's CH01 after it was published: "as at" shows it.
            LocalDate correctedOn = calendar.workingDayFrom(to.plusWeeks(20));
            Homes corrected = homes(landlord.homesInYear(0), 24);
            at(correctedOn, 11, why -> new RecordHomesOwned(year, corrected, "Stock reconciliation found 24 new-build "
                    + "homes handed over in March left out of the count", RECORDED_BY, moment(correctedOn, 11), why));
        }
    }

    private Instant moment(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZoneId.of("Europe/London")).toInstant();
    }

    private void at(LocalDate day, int hour, Function<String, Object> command) {
        plan.soon(moment(day, hour), null, command);
    }
}
