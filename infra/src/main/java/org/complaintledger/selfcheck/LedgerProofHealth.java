package org.complaintledger.selfcheck;

import java.time.Instant;
import org.complaintledger.ledgertree.TreeFailures;
import org.complaintledger.outage.DatabaseOutages;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.health.contributor.Status;

/**
 * {@code ledgerProof} in /actuator/health: what the latest completed self-check found. UP when it verified everything;
 * {@value #TAMPERED} when something did not verify, with the count and the first failure for an officer signed in;
 * UNKNOWN before any check has completed. While admission into the tree or the signing of a checkpoint is stopped
 * ({@link TreeFailures}), the details say why.
 *
 * <p>{@value #TAMPERED}, not DOWN: DOWN answers 503, and a load balancer would take every instance out of service,
 * since every instance reads the same database and finds the same. The ledger would then stop recording complaints,
 * whose timescales run on regardless, and repair nothing: what was changed stays changed and must be investigated by
 * people, with the ledger's own record of it kept. So it answers HTTP 200 (application.yml), ranked below DOWN and
 * OUT_OF_SERVICE and above DEGRADED (parked events), so the overall status shows it; monitoring alerts on the status
 * (or on {@code ledger_self_check_failures > 0}).
 */
class LedgerProofHealth implements HealthIndicator {

    static final String TAMPERED = "TAMPERED";

    private final SelfCheck selfCheck;
    private final TreeFailures tree;
    private final DatabaseOutages outages;

    LedgerProofHealth(SelfCheck selfCheck, TreeFailures tree, DatabaseOutages outages) {
        this.selfCheck = selfCheck;
        this.tree = tree;
        this.outages = outages;
    }

    @Override
    public Health health() {
        // While the database is away, the health answer must neither wait on it nor break: the last result stands.
        SelfCheckStore.Latest latest = outages.awayJustNow() ? selfCheck.lastKnown() : selfCheck.latest();
        SelfCheckResult completed = latest.completed();
        Health.Builder health;
        if (completed == null) {
            health = Health.unknown().withDetail("selfCheck", "no self-check has completed yet");
        } else if (completed.outcome() == SelfCheckResult.Outcome.PASSED) {
            health = Health.up().withDetail("checkId", completed.checkId());
        } else {
            health = Health.status(new Status(TAMPERED, "the ledger's self-check found events, leaves or checkpoints "
                            + "that do not verify: the stored record was changed (GET /api/ledger/self-check)"))
                    .withDetail("checkId", completed.checkId())
                    .withDetail("failures", completed.failureCount())
                    .withDetail("firstFailure", String.valueOf(completed.firstFailure()));
        }
        if (completed != null) {
            health.withDetail("finishedAt", completed.finishedAt().toString())
                    .withDetail("eventsVerified", completed.eventsVerified());
        }
        SelfCheckResult run = latest.run();
        if (run != null && !run.completed()) {
            health.withDetail("lastRun", "incomplete at " + run.finishedAt() + ": " + run.error());
        }
        // What stops the tree growing now, as admission and signing found it: the next check will say what changed.
        tree.admission().ifPresent(why -> health.withDetail("admissionStopped", why));
        tree.checkpoint().ifPresent(why -> health.withDetail("checkpointRefused", why));
        Instant running = selfCheck.runningSince();
        if (running != null) {
            health.withDetail("runningSince", running.toString());
        }
        return health.build();
    }
}
