package org.complaintledger.selfcheck;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One run of the self-check: who or what started it, when, what it verified, and what failed (the first failure, and
 * the first {@link Findings#LISTED} with the count of all). {@code INCOMPLETE}: the check could not finish (the
 * database stopped answering, say), {@code error} says why, and it says nothing about the ledger.
 *
 * @param checkId             its id in {@code ledger_self_check}; null if it could not be stored
 * @param startedBy           {@code schedule}, or the officer who asked
 * @param eventsVerified      events whose hash, chain row and leaf were checked
 * @param leavesVerified      leaves the tree was rebuilt from
 * @param checkpointsVerified checkpoints whose signature and order were checked (their roots: every one the tree
 *                            reached)
 * @param bytesHashed         bytes of event encodings hashed (docs/proofs.md, section 1), for throughput figures
 */
public record SelfCheckResult(Long checkId, String startedBy, Instant startedAt, Instant finishedAt, Outcome outcome,
                              long eventsVerified, long leavesVerified, long checkpointsVerified, long bytesHashed,
                              long failureCount, Failure firstFailure, List<Failure> failures, String error) {

    public enum Outcome {
        /** Everything verified. */
        PASSED,
        /** Something did not verify: see the failures. */
        FAILED,
        /** The check could not finish; it says nothing about the ledger. */
        INCOMPLETE
    }

    public SelfCheckResult {
        failures = List.copyOf(failures);
    }

    static SelfCheckResult of(String startedBy, Instant startedAt, Instant finishedAt,
                              LedgerVerification.Verified verified) {
        return new SelfCheckResult(null, startedBy, startedAt, finishedAt,
                verified.passed() ? Outcome.PASSED : Outcome.FAILED, verified.events(), verified.leaves(),
                verified.checkpoints(), verified.bytesHashed(), verified.failureCount(),
                verified.failures().isEmpty() ? null : verified.failures().getFirst(), verified.failures(), null);
    }

    static SelfCheckResult incomplete(String startedBy, Instant startedAt, Instant finishedAt, String error) {
        return new SelfCheckResult(null, startedBy, startedAt, finishedAt, Outcome.INCOMPLETE, 0, 0, 0, 0, 0, null,
                List.of(), error);
    }

    SelfCheckResult stored(long id) {
        return new SelfCheckResult(id, startedBy, startedAt, finishedAt, outcome, eventsVerified, leavesVerified,
                checkpointsVerified, bytesHashed, failureCount, firstFailure, failures, error);
    }

    boolean completed() {
        return outcome != Outcome.INCOMPLETE;
    }

    Duration duration() {
        return Duration.between(startedAt, finishedAt);
    }
}
