package org.complaintledger.provenance;

import org.springframework.context.ApplicationContext;

/**
 * For the benchmark that measures what chaining costs ({@code benchmark.ChainBenchmark}) only: turns chaining at append
 * off and on again in a running ledger. Test sources: the ledger itself cannot turn it off.
 */
public final class ChainingSwitch {

    private ChainingSwitch() {
    }

    public static void chaining(ApplicationContext context, boolean on) {
        context.getBean(ChainedAppend.class).chaining(on);
    }
}
