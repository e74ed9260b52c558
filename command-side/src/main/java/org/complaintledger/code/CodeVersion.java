package org.complaintledger.code;

import java.time.LocalDate;
import java.util.List;

/**
 * One version of the Complaint Handling Code as data: the aggregate asks it for limits and never
 * hard-codes a number, so an earlier or later Code is a new instance, not a code change.
 *
 * @param name                         how events and reports name this version, e.g. "2024"
 * @param governsReceiptsFrom          first receipt date (Europe/London) this version governs
 * @param stages                       timescales of each stage in order; their count is the number of stages
 * @param refusalWindowMonths          a complaint raised later than this after the issue arose may be refused (2.2, 2.3)
 * @param backdatingWithoutReasonWorkingDays a step recorded more than this many working days after it happened
 *                                     needs a reason on the record (5.12: the record must be trustworthy)
 */
public record CodeVersion(String name,
                          LocalDate governsReceiptsFrom,
                          List<StageTimescale> stages,
                          int refusalWindowMonths,
                          int backdatingWithoutReasonWorkingDays) {

    public CodeVersion {
        stages = List.copyOf(stages);
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

    public Stage finalStage() {
        return Stage.of(stages.size());
    }
}
