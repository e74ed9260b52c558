package org.complaintledger.procedure;

import java.time.LocalDate;
import java.util.List;
import org.complaintledger.code.CodeVersion;
import org.complaintledger.code.Stage;

/**
 * The landlord's own complaints procedure, as far as the Code leaves it a choice: the periods in which it had a
 * third stage (2022 5.17: two stages are ideal; a landlord that strongly believed a third necessary could have one).
 * A setting of the landlord, dated, and not of the Code: a complaint's procedure is decided when it is logged, by its
 * date of receipt, and kept on its record, so that replay never depends on today's setting.
 */
public record LandlordProcedure(List<Period> thirdStage) {

    /** From {@code from} to {@code until}, both inclusive; {@code until} null while the period lasts. */
    public record Period(LocalDate from, LocalDate until) {

        public Period {
            if (from == null || (until != null && until.isBefore(from))) {
                throw new IllegalArgumentException("a period of the procedure starts on a day and ends no earlier: "
                        + from + " to " + until);
            }
        }

        boolean includes(LocalDate day) {
            return !day.isBefore(from) && (until == null || !day.isAfter(until));
        }
    }

    public LandlordProcedure {
        thirdStage = thirdStage == null ? List.of() : List.copyOf(thirdStage);
    }

    /** A procedure of the Code's standard stages only: the 2024 Code's two, and the 2022 Code's ideal (5.17). */
    public static LandlordProcedure standard() {
        return new LandlordProcedure(List.of());
    }

    /**
     * The final stage of a complaint received on {@code receivedOn} under {@code code}: a third stage where the
     * landlord's procedure had one that day and the Code allows one, otherwise the Code's standard final stage.
     */
    public Stage finalStage(CodeVersion code, LocalDate receivedOn) {
        boolean third = thirdStage.stream().anyMatch(p -> p.includes(receivedOn));
        return third && code.hasStage(Stage.THREE) ? Stage.THREE : code.standardFinalStage();
    }
}
