package org.complaintledger.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.complaintledger.code.Stage;
import org.complaintledger.complaint.ExtendStage;
import org.complaintledger.complaint.IssueResponse;
import org.complaintledger.complaint.LogComplaint;
import org.complaintledger.complaint.RecordOmbudsmanDetermination;
import org.complaintledger.complaint.RefuseComplaint;
import org.complaintledger.complaint.RemedyType;
import org.complaintledger.complaint.RequestEscalation;
import org.complaintledger.complaint.TakeOnComplaint;
import org.complaintledger.complaint.Tenure;
import org.complaintledger.complaint.WithdrawComplaint;
import org.complaintledger.landlord.context.LandlordContext;
import org.complaintledger.landlord.context.RecordGoverningBodyResponse;
import org.complaintledger.landlord.context.RecordHomesOwned;
import org.complaintledger.learning.RecordImprovementDelivered;
import org.complaintledger.learning.RecordLearning;
import org.junit.jupiter.api.Test;

/** The generated plan: the same from the same seed, and in the mix published annual reports show. */
class DemoLedgerTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final List<PlannedStep> YEAR_OF_10_000_HOMES =
            new DemoLedger(new DemoLandlord(2024, 10_000, 2024, 1)).plan();

    @Test
    void theSameSeedAndSizeGiveTheSameLedgerAndAnotherSeedAnother() {
        List<PlannedStep> once = new DemoLedger(new DemoLandlord(7, 2_000, 2024, 2)).plan();
        List<PlannedStep> again = new DemoLedger(new DemoLandlord(7, 2_000, 2024, 2)).plan();
        List<PlannedStep> otherSeed = new DemoLedger(new DemoLandlord(8, 2_000, 2024, 2)).plan();

        assertThat(again).isEqualTo(once);
        assertThat(otherSeed).isNotEqualTo(once);
        assertThat(complaintIds(otherSeed)).doesNotContainAnyElementsOf(complaintIds(once));
    }

    @Test
    void stageOneComplaintsPerThousandHomesAndTheShareEscalatedAreWithinPublishedBands() {
        List<LogComplaint> received = commands(LogComplaint.class).stream()
                .filter(log -> financialYear(log.occurredAt()) == 2024).toList();
        Set<String> refused = ids(RefuseComplaint.class, RefuseComplaint::complaintId);
        long stageOne = received.stream().filter(log -> !refused.contains(log.complaintId())).count();
        Set<String> inYear = received.stream().map(LogComplaint::complaintId).collect(Collectors.toSet());
        long escalated = commands(RequestEscalation.class).stream().map(RequestEscalation::complaintId)
                .filter(inYear::contains).distinct().count();

        // CH01: stage 1 complaints per 1,000 homes, roughly 30 to 60 in published reports
        assertThat(stageOne * 1000.0 / 10_000).isBetween(30.0, 60.0);
        // 10 to 20 % of stage 1 complaints escalated
        assertThat((double) escalated / stageOne).isBetween(0.10, 0.20);
        // more in winter than in summer
        assertThat(countIn(received, Month.JANUARY)).isGreaterThan(countIn(received, Month.AUGUST));
    }

    @Test
    void everyChannelCategoryAndTenureAppearsInTheirProportions() {
        List<LogComplaint> logged = commands(LogComplaint.class);
        Map<Tenure, Long> byTenure = logged.stream().collect(Collectors.groupingBy(LogComplaint::tenure,
                Collectors.counting()));

        assertThat(logged.stream().map(LogComplaint::channel).distinct()).hasSize(8);
        assertThat(logged.stream().map(LogComplaint::category).collect(Collectors.toSet()))
                .containsAll(org.complaintledger.category.CategoryTaxonomy.defaults().categories().stream()
                        .map(org.complaintledger.category.Category::code).toList());
        assertThat((double) byTenure.get(Tenure.LOW_COST_HOME_OWNERSHIP) / logged.size()).isBetween(0.02, 0.12);
    }

    @Test
    void theLedgerHoldsEveryKindOfStepTheReportsCount() {
        List<ExtendStage> extensions = commands(ExtendStage.class);
        List<IssueResponse> responses = commands(IssueResponse.class);

        assertThat(commands(LogComplaint.class)).anyMatch(log -> log.occurredAt().isBefore(
                LocalDate.of(2024, 4, 1).atStartOfDay(LONDON).toInstant()));   // a 2022-Code complaint
        assertThat(commands(RefuseComplaint.class)).isNotEmpty();
        assertThat(commands(WithdrawComplaint.class)).isNotEmpty();
        assertThat(commands(TakeOnComplaint.class)).isNotEmpty();
        assertThat(extensions).anyMatch(extension -> extension.goodReason() != null)
                .anyMatch(extension -> extension.goodReason() == null)
                .anyMatch(extension -> extension.backdatingReason() != null);
        assertThat(responses.stream().map(IssueResponse::decision).collect(Collectors.toSet())).hasSize(3);
        assertThat(responses).anyMatch(response -> response.stage() == Stage.TWO)
                .anyMatch(response -> response.remediesOffered().stream().anyMatch(remedy ->
                        remedy.type() == RemedyType.FINANCIAL && remedy.amountPence() > 0));
        assertThat(YEAR_OF_10_000_HOMES).anyMatch(step -> backdatingReason(step.command()) != null);
        assertThat(commands(RecordOmbudsmanDetermination.class)).anyMatch(determination ->
                !determination.orders().isEmpty());
        assertThat(commands(RecordLearning.class)).isNotEmpty();
        assertThat(commands(RecordImprovementDelivered.class)).isNotEmpty();
        assertThat(commands(RecordHomesOwned.class)).anyMatch(homes -> homes.correctionReason() != null);
        assertThat(commands(RecordGoverningBodyResponse.class)).extracting(RecordGoverningBodyResponse::financialYear)
                .containsExactly(2024);
    }

    @Test
    void stepsComeInRecordedOrderEachRecordedAfterItHappened() {
        assertThat(YEAR_OF_10_000_HOMES).isSortedAccordingTo(PlannedStep.IN_RECORDED_ORDER);
        assertThat(YEAR_OF_10_000_HOMES).allSatisfy(step -> assertThat(occurredAt(step.command()))
                .isBeforeOrEqualTo(step.recordedAt()));
    }

    private static <T> List<T> commands(Class<T> type) {
        return YEAR_OF_10_000_HOMES.stream().map(PlannedStep::command).filter(type::isInstance).map(type::cast).toList();
    }

    private static <T> Set<String> ids(Class<T> type, Function<T, String> id) {
        return commands(type).stream().map(id).collect(Collectors.toSet());
    }

    private static Set<String> complaintIds(List<PlannedStep> plan) {
        return plan.stream().map(PlannedStep::command).filter(LogComplaint.class::isInstance)
                .map(command -> ((LogComplaint) command).complaintId()).collect(Collectors.toSet());
    }

    private static long countIn(List<LogComplaint> logged, Month month) {
        return logged.stream().filter(log -> log.occurredAt().atZone(LONDON).getMonth() == month).count();
    }

    private static int financialYear(Instant at) {
        return LandlordContext.financialYearOf(at.atZone(LONDON).toLocalDate());
    }

    private static Instant occurredAt(Object command) {
        return (Instant) component(command, "occurredAt");
    }

    static String backdatingReason(Object command) {
        return (String) component(command, "backdatingReason");
    }

    private static Object component(Object command, String name) {
        try {
            return command.getClass().getMethod(name).invoke(command);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(command.getClass().getSimpleName() + " has no " + name, e);
        }
    }
}
