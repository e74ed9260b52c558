package org.complaintledger.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.complaintledger.landlord.context.LandlordContext;
import org.complaintledger.ledger.RecordingClock;

/**
 * A seeded, reproducible ledger of a landlord's complaints over financial years, in the mix published annual reports
 * show: 38 to 52 stage 1 complaints per 1,000 homes a year (more in winter), 11 to 17 % escalated, every channel,
 * category and tenure, late acknowledgements and responses, extensions (some beyond the Code's limit with a good
 * reason, some agreed in time but entered late), refusals, withdrawals, backdated entries with their reasons,
 * decisions, remedies and their completion, lessons learned, Ombudsman determinations with orders and compliance,
 * homes owned each year and the governing body's response to each annual report.
 *
 * <p>{@link #plan()} gives the commands and when each is recorded, the same for the same {@link DemoLandlord};
 * {@link #load} sends them in recorded order, each as if recorded at its time ({@link RecordingClock}), so every rule
 * of the command side holds and the ledger reads as if kept over those years.
 */
public final class DemoLedger {

    /** Stage 1 complaints per 1,000 homes a year, drawn for each year between these. */
    static final double FEWEST_PER_THOUSAND = 38;
    static final double MOST_PER_THOUSAND = 52;
    /** Of complaints answered at stage 1, the share escalated, drawn for each year between these. */
    static final double LEAST_ESCALATED = 0.12;
    static final double MOST_ESCALATED = 0.17;
    /** Complaints by month, January first: damp, mould and heating bring more in winter. */
    private static final double[] SEASON = {1.25, 1.15, 1.05, 0.9, 0.85, 0.85, 0.85, 0.8, 0.95, 1.1, 1.15, 1.1};

    private final DemoLandlord landlord;
    private List<PlannedStep> plan;

    public DemoLedger(DemoLandlord landlord) {
        this.landlord = landlord;
    }

    /** Every command of the ledger with when it is recorded, in recorded order. */
    public synchronized List<PlannedStep> plan() {
        if (plan == null) {
            DemoCalendar calendar = new DemoCalendar();
            DemoPlan steps = new DemoPlan(calendar);
            SplittableRandom random = new SplittableRandom(landlord.seed());
            new LandlordYears(landlord, calendar, steps).plan();
            Complaints complaints = new Complaints(landlord, calendar, steps);
            List<Lessons.FaultFound> faults = new ArrayList<>();
            for (YearMonth month = YearMonth.from(landlord.liveFrom()); !month.atDay(1).isAfter(landlord.lastDay());
                 month = month.plusMonths(1)) {
                int year = Math.max(0, LandlordContext.financialYearOf(month.atDay(1)) - landlord.firstFinancialYear());
                Complaints.Year mix = yearMix(year);
                double expected = landlord.homesInYear(year) * mix.perThousand() / 1000 / 12
                        * SEASON[month.getMonthValue() - 1] / meanSeason();
                int count = (int) Math.round(expected * (0.92 + 0.16 * random.nextDouble()));
                for (int i = 0; i < count; i++) {
                    LocalDate day = calendar.workingDayFrom(month.atDay(1 + random.nextInt(month.lengthOfMonth())));
                    if (!YearMonth.from(day).equals(month)) {
                        day = calendar.workingDayFrom(month.atDay(1));
                    }
                    complaints.log(day, mix).ifPresent(faults::add);
                }
            }
            new Lessons(calendar, steps, random).plan(faults);
            plan = steps.inRecordedOrder();
        }
        return plan;
    }

    /** The same for every month of a financial year, drawn from the seed and the year. */
    private Complaints.Year yearMix(int year) {
        SplittableRandom random = new SplittableRandom(landlord.seed() * 31 + year);
        return new Complaints.Year(
                FEWEST_PER_THOUSAND + random.nextDouble() * (MOST_PER_THOUSAND - FEWEST_PER_THOUSAND),
                LEAST_ESCALATED + random.nextDouble() * (MOST_ESCALATED - LEAST_ESCALATED),
                0.07 + 0.06 * random.nextDouble(), 0.10 + 0.08 * random.nextDouble());
    }

    private static double meanSeason() {
        double sum = 0;
        for (double month : SEASON) {
            sum += month;
        }
        return sum / SEASON.length;
    }

    /**
     * Sends the plan's commands recorded up to {@code until} (never beyond the present), in recorded order, each on
     * this thread as if recorded at its time; the rest are left for a later day. Throws on the first refused command.
     */
    public Loaded load(CommandSink sink, Instant until) {
        return load(sink, until, 1);
    }

    /**
     * The same from {@code threads} threads: one sends in recorded order; more send different complaints' steps of a
     * day at once ({@link DailyBatches}), faster, with events of different records in a day not in recorded order.
     */
    public Loaded load(CommandSink sink, Instant until, int threads) {
        Instant now = Instant.now();
        Instant last = until.isAfter(now) ? now : until;
        long started = System.nanoTime();
        List<PlannedStep> due = plan().stream().filter(step -> !step.recordedAt().isAfter(last)).toList();
        if (threads <= 1) {
            due.forEach(step -> DailyBatches.send(step, sink));
        } else {
            DailyBatches.send(due, sink, threads);
        }
        return new Loaded(due.size(), plan().size() - due.size(), Duration.ofNanos(System.nanoTime() - started));
    }

    /** What a load sent, what it left for later, and how long it took. */
    public record Loaded(int sent, int later, Duration took) {
    }
}
