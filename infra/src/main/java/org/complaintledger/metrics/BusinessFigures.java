package org.complaintledger.metrics;

import java.util.List;
import java.util.Map;

/**
 * What the business is judged by at one moment, as the read models hold it: complaints open per stage, steps overdue
 * and due soon, acknowledgements and responses recorded on time or late per stage, and extensions by whether the
 * Code allowed them.
 *
 * @param openByStage  open complaints by {@link #OPEN_STAGES} label
 * @param stepsOverdue open steps whose due date has passed (London today)
 * @param stepsDueSoon open steps due today or within the next {@value #DUE_SOON_WORKING_DAYS} working days
 * @param recorded     acknowledgements and responses recorded, per stage, step and timing
 * @param extensions   extensions recorded by {@link #EXTENSION_KINDS} label
 */
record BusinessFigures(Map<String, Long> openByStage, long stepsOverdue, long stepsDueSoon,
                       Map<Recorded, Long> recorded, Map<String, Long> extensions) {

    static final int DUE_SOON_WORKING_DAYS = 2;

    /** Where an open complaint is: its stage, or with the Ombudsman. */
    static final List<String> OPEN_STAGES = List.of("1", "2", "3", "ombudsman");
    static final List<Integer> STAGES = List.of(1, 2, 3);
    static final List<String> STEPS = List.of("acknowledgement", "response");
    static final List<String> TIMINGS = List.of("on_time", "late");

    /**
     * 6.4, 6.15: an extension beyond the Code's limit needs a good reason; one without is refused (rule
     * extension-beyond-limit-without-good-reason, counted in ledger_refusals_total), but a stage's response may still
     * record its extensions as not justified, and those are counted apart.
     */
    static final List<String> EXTENSION_KINDS =
            List.of("within_limit", "beyond_limit_with_good_reason", "beyond_limit_without_good_reason");

    /** A step of a stage recorded on time or late; response timing is against the deadline as extended (6.4). */
    record Recorded(int stage, String step, String timing) {
    }

    long open(String stage) {
        return openByStage.getOrDefault(stage, 0L);
    }

    long recorded(int stage, String step, String timing) {
        return recorded.getOrDefault(new Recorded(stage, step, timing), 0L);
    }

    long extensions(String kind) {
        return extensions.getOrDefault(kind, 0L);
    }
}
