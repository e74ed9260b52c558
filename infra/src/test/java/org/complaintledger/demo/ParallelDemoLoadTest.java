package org.complaintledger.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import org.complaintledger.complaint.LogComplaint;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * A demo ledger loaded from several threads: every command accepted, and the projections, replayed after the load
 * because years-old events behind gaps in the global index would otherwise be skipped, hold every complaint.
 */
@LedgerTest
@TestPropertySource(properties = {"complaint-ledger.demo.homes=400", "complaint-ledger.demo.financial-years=1",
        "complaint-ledger.demo.last-financial-year=2024", "complaint-ledger.demo.seed=12",
        "complaint-ledger.demo.threads=3"})
class ParallelDemoLoadTest {

    private static final List<PlannedStep> PLAN = new DemoLedger(new DemoLandlord(12, 400, 2024, 1)).plan();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyCommandIsAppendedAndEveryComplaintReachesTheCaseSummary() {
        long complaints = PLAN.stream().filter(step -> step.command() instanceof LogComplaint).count();

        assertThat(jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class)).isEqualTo(PLAN.size());
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                jdbc.queryForObject("SELECT count(*) FROM case_summary", Long.class)).isEqualTo(complaints));
    }
}
