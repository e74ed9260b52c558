package org.complaintledger.reports.tsm;

import static org.complaintledger.code.Stage.ONE;
import static org.complaintledger.code.Stage.THREE;
import static org.complaintledger.code.Stage.TWO;
import static org.complaintledger.projectiontest.ComplaintEvents.acknowledged;
import static org.complaintledger.projectiontest.ComplaintEvents.at;
import static org.complaintledger.projectiontest.ComplaintEvents.day;
import static org.complaintledger.projectiontest.ComplaintEvents.escalationRefused;
import static org.complaintledger.projectiontest.ComplaintEvents.escalationRequested;
import static org.complaintledger.projectiontest.ComplaintEvents.logged;
import static org.complaintledger.projectiontest.ComplaintEvents.refused;
import static org.complaintledger.projectiontest.ComplaintEvents.responded;
import static org.complaintledger.projectiontest.ComplaintEvents.withdrawn;

import java.time.Instant;
import java.util.List;
import org.complaintledger.code.Stage;
import org.complaintledger.complaint.ComplaintEvent;
import org.complaintledger.complaint.Decision;
import org.complaintledger.complaint.RefusalReason;
import org.complaintledger.complaint.StageExtended;
import org.complaintledger.complaint.StageResponseIssued;
import org.complaintledger.complaint.Tenure;
import org.complaintledger.landlord.context.Homes;
import org.complaintledger.landlord.context.HomesOwnedRecorded;
import org.complaintledger.landlordcontext.LandlordContextProjection;
import org.complaintledger.projectiontest.ComplaintEvents.Facts;
import org.complaintledger.readmodel.ProjectedEvent;
import org.complaintledger.readmodel.SqlTables;
import org.complaintledger.timescalecompliance.TimescaleComplianceProjection;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A landlord's 2024/25 (1 April 2024 to 31 March 2025), the first year of the 2024 Code, fed to the TSM test as the
 * ledger would record it. Deadlines are worked out by hand over England and Wales bank holidays: Good Friday 29 March
 * and Easter Monday 1 April 2024, 6 and 27 May, 26 August, 25 and 26 December 2024, 1 January, Good Friday 18 and
 * Easter Monday 21 April 2025. Ten complaints, a to j; the test sums them.
 */
final class TsmLedger {

    static final int LOW_COST_RENTAL_HOMES = 2_347;
    static final int LOW_COST_HOME_OWNERSHIP_HOMES = 400;

    private static final Facts RENTAL_2022 = facts(Tenure.LOW_COST_RENTAL, TWO);
    private static final Facts RENTAL_2022_THREE_STAGES = facts(Tenure.LOW_COST_RENTAL, THREE);
    private static final Facts RENTAL = facts(Tenure.LOW_COST_RENTAL, TWO);
    private static final Facts HOME_OWNERSHIP = facts(Tenure.LOW_COST_HOME_OWNERSHIP, TWO);
    private static final Facts NOT_RECORDED = facts(null, TWO);

    private TsmLedger() {
    }

    /** The homes owned in 2024/25, recorded (the landlord-context events). */
    static HomesOwnedRecorded homesOwned(int year, int rental, int homeOwnership) {
        return new HomesOwnedRecorded("landlord-context", at(year + 1 + "-04-10"), null, year,
                new Homes(rental, homeOwnership), null, null, "officer-1");
    }

    /** The complaints and 2024/25's homes owned, fed to the real projections writing through {@code jdbc}. */
    static void fedTo(JdbcTemplate jdbc) {
        TimescaleComplianceProjection timescales = new TimescaleComplianceProjection(new SqlTables(jdbc));
        complaints().forEach(event -> timescales.apply(new ProjectedEvent(event, event.occurredAt(), null, 0)));
        new LandlordContextProjection(new SqlTables(jdbc)).apply(new ProjectedEvent(
                homesOwned(2024, LOW_COST_RENTAL_HOMES, LOW_COST_HOME_OWNERSHIP_HOMES), at("2025-04-10"), null, 0));
    }

    static List<ComplaintEvent> complaints() {
        return List.of(
                // a: 2022 Code, received Wed 20 March 2024 (2023/24). Acknowledged Thu 21 March; 10 working days
                // (2022 5.1) are 22, 25-28 March, then (Good Friday, Easter Monday) 2-5 and 8 April: due Mon 8 April,
                // answered that day, in 2024/25. Escalated Mon 15 April 2024; 20 working days from the request
                // (2022 5.13) are 16-19, 22-26, 29-30 April, 1-3 May, (6 May) 7-10, 13-14 May: due Tue 14 May,
                // answered Wed 15 May, a day late in both readings.
                logged("a", "2024-03-20", "2022", "2024-03-25", RENTAL_2022),
                acknowledged("a", "2024-03-21", ONE, "2024-03-25", "2024-04-08"),
                responded("a", "2024-04-08", ONE, Decision.NOT_UPHELD, "2024-04-08", List.of(), List.of()),
                escalationRequested("a", "2024-04-15", TWO, null, "2024-05-14"),
                responded("a", "2024-05-15", TWO, Decision.NOT_UPHELD, "2024-05-14", List.of(), List.of()),
                // b: received Tue 2 July 2024, acknowledged Wed 3 July; 10 working days (6.3): due Wed 17 July.
                // Extended on Mon 15 July by 10 working days (6.4, the limit), recorded late from the paper file:
                // 18-19, 22-26, 29-31 July: due Wed 31 July. Answered Tue 30 July: in time as extended, late
                // against the original.
                logged("b", "2024-07-02", "2024", "2024-07-09", RENTAL),
                acknowledged("b", "2024-07-03", ONE, "2024-07-09", "2024-07-17"),
                extension("b", "2024-07-15", "2024-07-17", "2024-07-31", 10, false, null),
                response("b", "2024-07-30", ONE, "2024-07-17", "2024-07-31", true),
                // c: received Mon 19 Aug 2024, acknowledged Tue 20 Aug; 10 working days over the bank holiday of
                // 26 August: 21-23, 27-30 Aug, 2-4 Sep: due Wed 4 Sep. Extended Mon 2 Sep to 15 working days beyond
                // it, past the Code's 10, with a good reason: 5-6, 9-13, 16-20, 23-25 Sep: due Wed 25 Sep. Answered
                // Tue 24 Sep: in time as extended (a valid extension), late against the original.
                logged("c", "2024-08-19", "2024", "2024-08-27", HOME_OWNERSHIP),
                acknowledged("c", "2024-08-20", ONE, "2024-08-27", "2024-09-04"),
                extension("c", "2024-09-02", "2024-09-04", "2024-09-25", 15, true, "Structural survey booked"),
                response("c", "2024-09-24", ONE, "2024-09-04", "2024-09-25", true),
                // d: received Mon 2 Dec 2024, acknowledged Tue 3 Dec; due Tue 17 Dec (4-6, 9-13, 16-17 Dec).
                // Extended Mon 16 Dec to 15 working days beyond it with NO good reason: 18-20, 23-24 Dec, (25, 26
                // Dec) 27, 30-31 Dec, (1 Jan) 2-3, 6-10 Jan: due Fri 10 Jan 2025. Answered Wed 8 Jan: before the
                // deadline as extended, but the extension is not valid, and late against the original: in time in
                // neither reading.
                logged("d", "2024-12-02", "2024", "2024-12-09", RENTAL),
                acknowledged("d", "2024-12-03", ONE, "2024-12-09", "2024-12-17"),
                extension("d", "2024-12-16", "2024-12-17", "2025-01-10", 15, true, null),
                response("d", "2025-01-08", ONE, "2024-12-17", "2025-01-10", false),
                // e: received Mon 3 March 2025, acknowledged Tue 4 March; due Tue 18 March; answered Fri 14 March.
                // Escalated Mon 24 March 2025 (stage 2 in 2024/25), acknowledged Wed 26 March; 20 working days
                // (6.14) over Easter 2025: 27-28, 31 March, 1-4, 7-11, 14-17, (18, 21 April) 22-25 April: due Fri
                // 25 April, answered Thu 24 April 2025, in 2025/26: not in this year's CH02.
                logged("e", "2025-03-03", "2024", "2025-03-10", HOME_OWNERSHIP),
                acknowledged("e", "2025-03-04", ONE, "2025-03-10", "2025-03-18"),
                responded("e", "2025-03-14", ONE, Decision.NOT_UPHELD, "2025-03-18", List.of(), List.of()),
                escalationRequested("e", "2025-03-24", TWO, "2025-03-31", null),
                acknowledged("e", "2025-03-26", TWO, "2025-03-31", "2025-04-25"),
                responded("e", "2025-04-24", TWO, Decision.NOT_UPHELD, "2025-04-25", List.of(), List.of()),
                // f: received Mon 7 Oct 2024, not accepted Wed 9 Oct (more than 12 months, 2.3).
                logged("f", "2024-10-07", "2024", "2024-10-14", RENTAL),
                refused("f", "2024-10-09", RefusalReason.MORE_THAN_12_MONTHS),
                // g: received Mon 11 Nov 2024, acknowledged Tue 12 Nov, withdrawn Fri 15 Nov.
                logged("g", "2024-11-11", "2024", "2024-11-18", RENTAL),
                acknowledged("g", "2024-11-12", ONE, "2024-11-18", "2024-11-26"),
                withdrawn("g", "2024-11-15"),
                // h: tenure not recorded; received Mon 13 Jan 2025, acknowledged Tue 14 Jan; due Tue 28 Jan
                // (15-17, 20-24, 27-28 Jan); answered Mon 27 Jan.
                logged("h", "2025-01-13", "2024", "2025-01-20", NOT_RECORDED),
                acknowledged("h", "2025-01-14", ONE, "2025-01-20", "2025-01-28"),
                responded("h", "2025-01-27", ONE, Decision.UPHELD, "2025-01-28", List.of(), List.of()),
                // i: 2022 Code with a third stage (2022 5.17), received Mon 4 March 2024, answered at stage 1 and
                // escalated Mon 25 March 2024, all in 2023/24. Stage 2: 20 working days from the request over
                // Easter 2024: 26-28 March, (29 March, 1 April) 2-5, 8-12, 15-19, 22-24 April: due Wed 24 April,
                // answered Mon 22 April 2024. Stage 3 asked Mon 29 April; 20 working days (5.18): 30 April, 1-3,
                // (6 May) 7-10, 13-17, 20-24, (27 May) 28-29 May: due Wed 29 May; answered Tue 21 May.
                logged("i", "2024-03-04", "2022", "2024-03-09", RENTAL_2022_THREE_STAGES),
                acknowledged("i", "2024-03-05", ONE, "2024-03-09", "2024-03-19"),
                responded("i", "2024-03-15", ONE, Decision.NOT_UPHELD, "2024-03-19", List.of(), List.of()),
                escalationRequested("i", "2024-03-25", TWO, null, "2024-04-24"),
                responded("i", "2024-04-22", TWO, Decision.NOT_UPHELD, "2024-04-24", List.of(), List.of()),
                escalationRequested("i", "2024-04-29", THREE, null, "2024-05-29"),
                responded("i", "2024-05-21", THREE, Decision.NOT_UPHELD, "2024-05-29", List.of(), List.of()),
                // j: received Mon 3 June 2024, acknowledged Tue 4 June; due Tue 18 June (5-7, 10-14, 17-18 June);
                // answered Mon 17 June. Escalation asked Mon 24 June, refused Wed 26 June (already considered).
                logged("j", "2024-06-03", "2024", "2024-06-10", HOME_OWNERSHIP),
                acknowledged("j", "2024-06-04", ONE, "2024-06-10", "2024-06-18"),
                responded("j", "2024-06-17", ONE, Decision.NOT_UPHELD, "2024-06-18", List.of(), List.of()),
                escalationRequested("j", "2024-06-24", TWO, "2024-07-01", null),
                escalationRefused("j", "2024-06-26", TWO, RefusalReason.ALREADY_CONSIDERED));
    }

    /** An extension as the aggregate records it, entered late from the paper file (a backdated step). */
    static StageExtended extension(String id, String on, String previousDue, String newDue, int beyondOriginal,
                                   boolean beyondLimit, String goodReason) {
        return new StageExtended(id, at(on), "entered from the paper file", ONE, day(previousDue), day(newDue),
                "Contractor's report awaited", true, true, beyondOriginal, beyondLimit, goodReason, false);
    }

    /** A response after extensions: on time against each deadline, and whether every extension was valid. */
    static StageResponseIssued response(String id, String on, Stage stage, String originalDue, String extendedDue,
                                        boolean extensionsValid) {
        Instant when = at(on);
        return new StageResponseIssued(id, when, null, stage, Decision.UPHELD, "Our reasons", List.of(), List.of(),
                "You may refer your complaint to the Housing Ombudsman", "manager-" + stage.number(), day(extendedDue),
                !day(on).isAfter(day(extendedDue)), day(originalDue), !day(on).isAfter(day(originalDue)),
                extensionsValid);
    }

    private static Facts facts(Tenure tenure, Stage finalStage) {
        return new Facts("repairs", "v1", tenure, null, false, finalStage);
    }
}
