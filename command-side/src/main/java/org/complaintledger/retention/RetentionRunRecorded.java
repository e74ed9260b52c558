package org.complaintledger.retention;

import jakarta.validation.constraints.NotBlank;
import java.time.Instant;
import java.util.List;

/**
 * The retention job ran (UK GDPR Art. 5(1)(e), storage limitation). It holds no personal data: data subjects are
 * named by their opaque ids only.
 *
 * @param trigger        {@code schedule}, or the officer who started the run by hand
 * @param policy         the policy in words, e.g. "6 years after the complaint closed"
 * @param retainedUntil  subjects whose last activity (a complaint closed and last touched, or a survey response's
 *                       last step) was before this instant were due
 * @param dueSubjects    every subject that fell due
 * @param erasedSubjects those this run erased
 * @param notErased      those it could not, each with why
 */
public record RetentionRunRecorded(String runId,
                                   Instant startedAt,
                                   Instant finishedAt,
                                   String trigger,
                                   String policy,
                                   Instant retainedUntil,
                                   List<String> dueSubjects,
                                   List<String> erasedSubjects,
                                   List<NotErased> notErased) implements RetentionRunEvent {

    /** A subject that fell due and was not erased by this run. */
    public record NotErased(@NotBlank String dataSubjectId, @NotBlank String why) {
    }
}
