package org.complaintledger.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.complaintledger.http.LedgerClient;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every query of the Grafana dashboard and of the Prometheus alert rules (docs/monitoring) names metrics the running
 * ledger exports on /actuator/prometheus, so neither can silently show "no data" after a metric is renamed.
 */
@LedgerTest
class MonitoringFilesTest {

    private static final Path MONITORING = Path.of("..", "docs", "monitoring");

    /**
     * The import's progress gauges (bulkimport.ImportMetrics, on the import branch), which the dashboard's import
     * panels read. Until that branch is merged they are not exported, and {@link #theImportExportsItsProgress} fails.
     */
    static final Set<String> EXPECTED_FROM_IMPORT = Set.of("ledger_import_running", "ledger_import_steps_done",
            "ledger_import_steps_to_import", "ledger_import_steps_refused", "ledger_import_steps_per_second",
            "ledger_import_seconds_left");

    private static final Pattern TYPE = Pattern.compile("^# TYPE (\\S+) (\\S+)$", Pattern.MULTILINE);
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)[{ ]", Pattern.MULTILINE);

    @LocalServerPort
    int port;

    private LedgerClient officer;
    private LedgerClient.Reply refused;

    /**
     * Commands, one of them refused, so that the metrics registered on first use (Axon's, the refusals) are there to
     * scrape.
     */
    @BeforeEach
    void useTheLedger() {
        officer = new LedgerClient(port);
        String complaint = officer.complaintThroughStageOne(null, "Ray Resident");
        refused = officer.post("/api/complaints/" + complaint + "/stages/1/acknowledgement", """
                {"handler": "Sam Handler", "definition": {"understanding": "Boiler", "outcomesSought": ["repair"]},
                 "responsibleFor": ["boiler repair"], "notResponsibleFor": []}""");
    }

    @Test
    void everyDashboardQueryNamesAnExportedMetric() throws IOException {
        JsonNode dashboard = JsonMapper.builder().build().readTree(MONITORING.resolve("grafana-dashboard.json").toFile());
        Map<String, Set<String>> queried = new TreeMap<>();
        for (JsonNode panel : dashboard.get("panels")) {
            for (JsonNode target : panel.path("targets")) {
                queried.put(panel.get("title").asString() + ": " + target.get("expr").asString(),
                        PromQlMetricNames.in(target.get("expr").asString()));
            }
        }

        assertThat(queried).hasSizeGreaterThan(20);
        assertEveryNameExported(queried);
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyAlertRuleNamesAnExportedMetric() throws IOException {
        Map<String, Object> rules = new Yaml().load(Files.readString(MONITORING.resolve("prometheus-alerts.yml")));
        Map<String, Set<String>> queried = new TreeMap<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) rules.get("groups")) {
            for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
                queried.put(rule.get("alert") + ": " + rule.get("expr"), PromQlMetricNames.in((String) rule.get("expr")));
            }
        }

        assertThat(queried.keySet()).anyMatch(alert -> alert.startsWith("LedgerStepsOverdue"))
                .anyMatch(alert -> alert.startsWith("LedgerProcessorLagging"))
                .anyMatch(alert -> alert.startsWith("LedgerProcessorStopped"))
                .anyMatch(alert -> alert.startsWith("LedgerProcessorInError"))
                .anyMatch(alert -> alert.startsWith("LedgerSelfCheckFailed"));
        assertEveryNameExported(queried);
    }

    @Test
    void theImportExportsItsProgress() {
        assertThat(exported()).containsAll(EXPECTED_FROM_IMPORT);
    }

    /** The refusal counter sits on the command bus: a command refused over HTTP is counted by its rule. */
    @Test
    void aRefusedCommandIsCountedByItsRule() {
        assertThat(refused.status()).isEqualTo(409);

        String rule = refused.body().get("rule").asString();
        assertThat(officer.getText("/actuator/prometheus").body())
                .containsPattern("(?m)^ledger_refusals_total\\{provision=\"[^\"]+\",rule=\"" + Pattern.quote(rule)
                        + "\"} [1-9]");
    }

    private void assertEveryNameExported(Map<String, Set<String>> queried) {
        Set<String> exported = exported();
        List<String> unknown = new ArrayList<>();
        queried.forEach((query, names) -> names.stream()
                .filter(name -> !exported.contains(name) && !EXPECTED_FROM_IMPORT.contains(name))
                .forEach(name -> unknown.add(name + " in " + query)));
        assertThat(queried.values()).allSatisfy(names -> assertThat(names).isNotEmpty());
        assertThat(unknown).as("metrics queried but not exported").isEmpty();
    }

    /**
     * The names on /actuator/prometheus: each sample's (histograms' and summaries' with their _bucket, _count, _sum
     * suffixes as scraped) and each declared family's, so a family is found by its base name as well.
     */
    private Set<String> exported() {
        String scraped = officer.getText("/actuator/prometheus").body();
        Set<String> names = new TreeSet<>();
        Matcher sample = SAMPLE.matcher(scraped);
        while (sample.find()) {
            names.add(sample.group(1));
        }
        Matcher type = TYPE.matcher(scraped);
        while (type.find()) {
            names.add(type.group(1));
        }
        return names;
    }
}
