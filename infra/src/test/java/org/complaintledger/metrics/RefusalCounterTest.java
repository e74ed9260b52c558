package org.complaintledger.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.complaintledger.code.CodeRuleBroken;
import org.junit.jupiter.api.Test;

class RefusalCounterTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final RefusalCounter counter = new RefusalCounter(registry);

    @Test
    void countsACommandRefusedForARuleByRuleAndProvisionAndStillRefusesIt() {
        CodeRuleBroken refused = new CodeRuleBroken("issue-after-stage-one-response", "6.8", "stage 1 has been answered");

        assertThatThrownBy(() -> handle(refused)).isSameAs(refused);
        assertThatThrownBy(() -> handle(refused)).isSameAs(refused);

        assertThat(count("issue-after-stage-one-response", "6.8")).isEqualTo(2);
    }

    @Test
    void aRuleOfTheLedgersOwnOrderHasNoProvision() {
        assertThatThrownBy(() -> handle(new CodeRuleBroken("stage-already-acknowledged", null, "already")))
                .isInstanceOf(CodeRuleBroken.class);

        assertThat(count("stage-already-acknowledged", "none")).isEqualTo(1);
    }

    @Test
    void otherFailuresAndSuccessesAreNotRefusals() throws Exception {
        assertThat(counter.handle(null, () -> "done")).isEqualTo("done");
        assertThatThrownBy(() -> counter.handle(null, () -> {
            throw new IllegalArgumentException("not a rule");
        })).isInstanceOf(IllegalArgumentException.class);

        assertThat(registry.find("ledger.refusals").counters()).isEmpty();
    }

    @Test
    void seriesAreBoundedWhateverTheRulesNamed() {
        for (int i = 0; i < RefusalCounter.MAX_SERIES + 50; i++) {
            counter.refused(new CodeRuleBroken("rule-" + i, null, "refused"));
        }

        assertThat(registry.find("ledger.refusals").counters()).hasSize(RefusalCounter.MAX_SERIES + 1);
        assertThat(count("other", "other")).isEqualTo(50);
    }

    private void handle(CodeRuleBroken refused) throws Exception {
        counter.handle(null, () -> {
            throw refused;
        });
    }

    private double count(String rule, String provision) {
        return registry.get("ledger.refusals").tag("rule", rule).tag("provision", provision).counter().count();
    }
}
