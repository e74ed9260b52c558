package org.complaintledger.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PromQlMetricNamesTest {

    @Test
    void aBareMetricAndOneWithLabelMatchers() {
        assertThat(PromQlMetricNames.in("ledger_steps_overdue")).containsExactly("ledger_steps_overdue");
        assertThat(PromQlMetricNames.in("ledger_stage_steps_recorded{timing=\"on_time\", stage=~\"1|2\"}"))
                .containsExactly("ledger_stage_steps_recorded");
    }

    @Test
    void notFunctionsAggregationsOrTheLabelsTheyGroupBy() {
        assertThat(PromQlMetricNames.in(
                "sum by (rule, provision) (increase(ledger_refusals_total{rule!=\"x(y)\"}[1h] offset 5m))"))
                .containsExactly("ledger_refusals_total");
        assertThat(PromQlMetricNames.in("max without(instance)(ledger_complaints_open) > bool 0"))
                .containsExactly("ledger_complaints_open");
    }

    @Test
    void bothSidesOfBinaryOperationsAndMatching() {
        assertThat(PromQlMetricNames.in("(ledger_processor_running == 0) unless on (instance) "
                + "(ledger_rebuild_running == 1)")).containsExactly("ledger_processor_running", "ledger_rebuild_running");
        assertThat(PromQlMetricNames.in("a_sum / ignoring(le) group_left(stage) b_count"))
                .containsExactly("a_sum", "b_count");
    }

    @Test
    void notNumbersDurationsOrStrings() {
        assertThat(PromQlMetricNames.in("time() - max(ledger_self_check_last_run_timestamp_seconds) > 2 * 86400 "
                + "or vector(1e9)")).containsExactly("ledger_self_check_last_run_timestamp_seconds");
        assertThat(PromQlMetricNames.in("label_replace(up, \"x\", \"$1\", \"job\", \"(.*)\")")).containsExactly("up");
        assertThat(PromQlMetricNames.in("histogram_quantile(0.99, sum by (le) (rate(h_bucket[5m:1m])))"))
                .containsExactly("h_bucket");
    }
}
