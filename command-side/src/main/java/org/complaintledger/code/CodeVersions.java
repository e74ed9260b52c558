package org.complaintledger.code;

import static org.complaintledger.code.DayCount.calendarDays;
import static org.complaintledger.code.DayCount.workingDays;
import static org.complaintledger.code.ResponseRule.Clock.FROM_ACKNOWLEDGEMENT;
import static org.complaintledger.code.ResponseRule.Clock.FROM_ESCALATION_REQUEST;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.complaintledger.code.AcknowledgementRule.NoDeadline;
import org.complaintledger.code.AcknowledgementRule.Within;
import org.complaintledger.code.ExtensionRule.OnlyToConvenePanel;
import org.complaintledger.code.ExtensionRule.WithoutGoodReason;
import org.complaintledger.code.HandlerRule.AnyHandler;
import org.complaintledger.code.HandlerRule.NotAnEarlierStagesHandler;
import org.complaintledger.code.Opening.OnReceipt;
import org.complaintledger.code.Opening.OnResidentsRequest;

/** The versions of the Code the ledger knows, and which one governs a complaint received on a given day. */
public final class CodeVersions {

    /** The statutory Code, in force for complaints received on or after 1 April 2024. Two stages (5.3). */
    public static final CodeVersion CODE_2024 = new CodeVersion(
            "2024",
            LocalDate.of(2024, 4, 1),
            List.of(
                    new StageTimescale(new OnReceipt(),
                            new Within(workingDays(5), "6.2"),
                            new ResponseRule(workingDays(10), FROM_ACKNOWLEDGEMENT, "6.3", "6.9"),
                            new ExtensionRule(new WithoutGoodReason(workingDays(10)), "6.4", "6.4", "6.5"),
                            new AnyHandler()),
                    new StageTimescale(new OnResidentsRequest("6.10", "5.11"),
                            new Within(workingDays(5), "6.11"),
                            new ResponseRule(workingDays(20), FROM_ACKNOWLEDGEMENT, "6.14", "6.19"),
                            new ExtensionRule(new WithoutGoodReason(workingDays(20)), "6.15", "6.15", "6.16"),
                            new NotAnEarlierStagesHandler("6.13"))),
            Stage.TWO,
            "5.3",
            12,  // 2.2, 2.3
            2);

    /**
     * The Ombudsman's 2022 Code, for complaints received from 1 April 2022 to 31 March 2024. Two stages, and a third
     * only where the landlord's procedure has one (5.17). Acknowledgement at stage 1 is "within five days of receipt"
     * (4.1), counted in calendar days: the literal and stricter reading, so an acknowledgement the ledger counts on
     * time is on time under the working-day reading too. The extensions' "further 10 days" (5.1, 5.13) are working
     * days, as the Code's own 5.2 and 5.14 count them.
     */
    public static final CodeVersion CODE_2022 = new CodeVersion(
            "2022",
            LocalDate.of(2022, 4, 1),
            List.of(
                    new StageTimescale(new OnReceipt(),
                            new Within(calendarDays(5), "4.1"),
                            new ResponseRule(workingDays(10), FROM_ACKNOWLEDGEMENT, "5.1", "5.8"),
                            new ExtensionRule(new WithoutGoodReason(workingDays(10)), "5.1", "5.1", "5.3"),
                            new AnyHandler()),
                    new StageTimescale(new OnResidentsRequest("5.11", "5.9"),
                            new NoDeadline("5.10"),
                            new ResponseRule(workingDays(20), FROM_ESCALATION_REQUEST, "5.13", "5.16"),
                            new ExtensionRule(new WithoutGoodReason(workingDays(10)), "5.13", "5.13", "5.15"),
                            new NotAnEarlierStagesHandler("5.12")),
                    new StageTimescale(new OnResidentsRequest("5.18", "4.14"),
                            new NoDeadline("5.18"),
                            new ResponseRule(workingDays(20), FROM_ESCALATION_REQUEST, "5.18", "5.20"),
                            new ExtensionRule(new OnlyToConvenePanel(), "5.18", "5.18", "5.19"),
                            new AnyHandler())),
            Stage.TWO,
            "5.17",
            12,  // flagged as under 2024 2.2, 2.3: the 2022 Code leaves the grounds to the landlord's policy (1.7, 1.8)
            2);

    private final List<CodeVersion> newestFirst;

    public CodeVersions(List<CodeVersion> versions) {
        this.newestFirst = versions.stream()
                .sorted(Comparator.comparing(CodeVersion::governsReceiptsFrom).reversed())
                .toList();
    }

    public static CodeVersions known() {
        return new CodeVersions(List.of(CODE_2024, CODE_2022));
    }

    /** The version governing a complaint received on {@code receivedOn}, if any version reaches back that far. */
    public Optional<CodeVersion> governing(LocalDate receivedOn) {
        return newestFirst.stream().filter(v -> !receivedOn.isBefore(v.governsReceiptsFrom())).findFirst();
    }

    public Optional<CodeVersion> named(String name) {
        return newestFirst.stream().filter(v -> v.name().equals(name)).findFirst();
    }
}
