package org.complaintledger.code;

/** Who may consider a stage, as a version of the Code says. */
public sealed interface HandlerRule {

    /** The Code sets no rule on who considers this stage (stage 1; 2022 stage 3). */
    record AnyHandler() implements HandlerRule {
    }

    /** Not anyone who considered an earlier stage: 2024 6.13, 2022 5.12. */
    record NotAnEarlierStagesHandler(String provision) implements HandlerRule {
    }
}
