package org.complaintledger.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.complaintledger.learning.LinkLearningToComplaint;
import org.complaintledger.learning.RecordImprovementDelivered;
import org.complaintledger.learning.RecordLearning;

/**
 * Lessons the demo landlord draws from complaints that found fault (9.1-9.3): each month, from the category with most
 * such complaints, a lesson naming up to three of them and the improvement planned; later complaints of the category
 * linked to it as they recur; most improvements delivered, some late.
 */
final class Lessons {

    static final double LINKED = 0.3;
    static final double DELIVERED = 0.75;
    private static final String RECORDED_BY = "Complaints Manager";

    /** A complaint whose response found fault: what a lesson may be drawn from. */
    record FaultFound(String complaintId, String category, LocalDate respondedOn, Instant recorded) {
    }

    private final DemoCalendar calendar;
    private final DemoPlan plan;
    private final SplittableRandom random;

    Lessons(DemoCalendar calendar, DemoPlan plan, SplittableRandom random) {
        this.calendar = calendar;
        this.plan = plan;
        this.random = random;
    }

    void plan(List<FaultFound> faults) {
        Map<YearMonth, List<FaultFound>> byMonth = faults.stream().collect(Collectors.groupingBy(
                fault -> YearMonth.from(fault.respondedOn()), TreeMap::new, Collectors.toList()));
        List<FaultFound> later = faults.stream().sorted(Comparator.comparing(FaultFound::respondedOn)
                .thenComparing(FaultFound::complaintId)).toList();
        byMonth.forEach((month, found) -> {
            Map<String, List<FaultFound>> byCategory = found.stream().collect(Collectors.groupingBy(
                    FaultFound::category, TreeMap::new, Collectors.toList()));
            String category = byCategory.entrySet().stream()
                    .max(Comparator.comparingInt((Map.Entry<String, List<FaultFound>> e) -> e.getValue().size()))
                    .orElseThrow().getKey();
            lesson(month, byCategory.get(category).stream().limit(3).toList(), later);
        });
    }

    private void lesson(YearMonth month, List<FaultFound> drawnFrom, List<FaultFound> later) {
        Wording.Topic topic = Wording.topic(drawnFrom.getFirst().category());
        String learningId = new UUID(random.nextLong(), random.nextLong()).toString();
        LocalDate drawnOn = calendar.workingDayFrom(month.atEndOfMonth().plusDays(5 + random.nextInt(6)));
        Instant drawn = calendar.during(drawnOn, random, null);
        Instant after = drawnFrom.stream().map(FaultFound::recorded).max(Comparator.naturalOrder()).orElseThrow();
        LocalDate due = drawnOn.plusDays(30 + random.nextInt(90));
        Instant recorded = plan.soon(drawn, after, why -> new RecordLearning(learningId, drawn, why,
                drawnFrom.stream().map(FaultFound::complaintId).toList(), topic.lesson(), topic.improvement(),
                topic.owner(), due, RECORDED_BY));
        List<String> named = new ArrayList<>(drawnFrom.stream().map(FaultFound::complaintId).toList());
        for (FaultFound recurring : later) {
            if (recurring.category().equals(drawnFrom.getFirst().category()) && recurring.respondedOn().isAfter(drawnOn)
                    && recurring.respondedOn().isBefore(drawnOn.plusDays(90)) && !named.contains(recurring.complaintId())
                    && random.nextDouble() < LINKED) {
                named.add(recurring.complaintId());
                Instant seen = calendar.during(calendar.workingDaysAfter(recurring.respondedOn(), 1 + random.nextInt(5)),
                        random, null);
                plan.soon(seen, later(recorded, recurring.recorded()), why -> new LinkLearningToComplaint(learningId,
                        seen, why, recurring.complaintId(), RECORDED_BY));
            }
        }
        if (random.nextDouble() < DELIVERED) {
            LocalDate deliveredOn = calendar.workingDayFrom(due.plusDays(random.nextInt(40) - 15));
            Instant delivered = calendar.during(deliveredOn.isAfter(drawnOn) ? deliveredOn : drawnOn.plusDays(1),
                    random, drawn);
            plan.soon(delivered, recorded, why -> new RecordImprovementDelivered(learningId, delivered, why,
                    topic.improvement(), RECORDED_BY));
        }
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }
}
