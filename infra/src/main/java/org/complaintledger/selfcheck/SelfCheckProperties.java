package org.complaintledger.selfcheck;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The self-check's settings ({@code complaint-ledger.proof}; docs/proofs.md, section 7).
 *
 * @param selfCheckInterval       how long after the last self-check (on this database, by any process) the next
 *                                runs; the first one after the first start runs that long after it. Zero or negative:
 *                                only on demand ({@code POST /api/ledger/self-check})
 * @param selfCheckHashingThreads threads that hash events while another reads them; 0: one fewer than the processors
 *                                (none on one processor: the reading thread hashes too)
 */
@ConfigurationProperties("complaint-ledger.proof")
public record SelfCheckProperties(@DefaultValue("P1D") Duration selfCheckInterval,
                                  @DefaultValue("0") int selfCheckHashingThreads) {

    public SelfCheckProperties {
        if (selfCheckHashingThreads < 0) {
            throw new IllegalArgumentException("complaint-ledger.proof.self-check-hashing-threads must be 0 (as many "
                    + "as the processors allow) or more");
        }
    }

    int hashingThreads() {
        return selfCheckHashingThreads > 0 ? selfCheckHashingThreads
                : Runtime.getRuntime().availableProcessors() - 1;
    }

    boolean scheduled() {
        return selfCheckInterval.isPositive();
    }
}
