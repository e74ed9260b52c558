package org.complaintledger.code;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of the Complaint Handling Code as data: the aggregate asks it for limits and provisions and never
 * hard-codes a number, so an earlier or later Code is a new instance, not a code change.
 *
 * @param name                         how events and reports name this version, e.g. "2024"
 * @param governsReceiptsFrom          first receipt date (Europe/London) this version governs
 * @param stages                       what the version says of each stage it allows, in order
 * @param standardFinalStage           the final stage of a procedure with no optional stage; stages after it exist
 *                                     only where the landlord's procedure has them (2022 5.17)
 * @param stagesProvision              the provision on how many stages a procedure has (2024 5.3, 2022 5.17)
 * @param refusalWindowMonths          a complaint raised later than this after the issue arose may be refused (2.2, 2.3)
 * @param backdatingWithoutReasonWorkingDays a step recorded more than this many working days after it happened
 *                                     needs a reason on the record (5.12: the record must be trustworthy)
 */
public record CodeVersion(String name,
                          LocalDate governsReceiptsFrom,
                          List<StageTimescale> stages,
                          Stage standardFinalStage,
                          String stagesProvision,
                          int refusalWindowMonths,
                          int backdatingWithoutReasonWorkingDays) {

    public CodeVersion {
        stages = List.copyOf(stages);
        if (stages.isEmpty() || standardFinalStage.number() > stages.size()) {
            throw new IllegalArgumentException("the " + name + " Code must say what each of its stages requires");
        }
        StageTimescale first = stages.getFirst();
        if (!(first.opening() instanceof Opening.OnReceipt) || first.responseClockStartsAtRequest()) {
            throw new IllegalArgumentException("stage 1 opens on receipt and has no escalation request to count from");
        }
        if (stages.stream().skip(1).anyMatch(s -> !(s.opening() instanceof Opening.OnResidentsRequest))) {
            throw new IllegalArgumentException("a later stage opens only at the resident's request");
        }
    }

    public boolean hasStage(Stage stage) {
        return stage.ordinal() < stages.size();
    }

    public StageTimescale timescale(Stage stage) {
        if (!hasStage(stage)) {
            throw new IllegalArgumentException("the " + name + " Code has no stage " + stage.number());
        }
        return stages.get(stage.ordinal());
    }

    /** The last stage this version allows any procedure to have. */
    public Stage finalStage() {
        return Stage.of(stages.size());
    }
}
