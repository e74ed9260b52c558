package org.complaintledger.bulkimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.complaintledger.record.ComplaintRecord;
import org.complaintledger.testsupport.LedgerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * A landlord's history imported through the command side: every step once, however often the file is run; a refused
 * step reported with its rule and provision and its complaint imported up to it; an interrupted import resumed.
 */
@LedgerTest
class LedgerImportTest {

    @Autowired
    LedgerImport imports;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ComplaintRecord record;

    @TempDir
    Path dir;

    @Test
    void importsEveryStepOnceHoweverOftenTheFileIsRun() throws InterruptedException {
        Path file = ImportFiles.write(dir.resolve("history.jsonl"), ImportFiles.demo(dir, 400, 91_001));
        long eventsBefore = events();

        ImportProgress first = imports.run(file, dir.resolve("first.jsonl"), p -> { });

        assertThat(ImportFiles.report(dir.resolve("first.jsonl"))).isEmpty();
        assertThat(first.imported()).isEqualTo(400);
        assertThat(first.total()).isEqualTo(400);
        assertThat(importedSteps("91001-%")).isEqualTo(400);
        long events = events();
        assertThat(events - eventsBefore).isGreaterThanOrEqualTo(400);
        String complaint = jdbc.queryForObject("SELECT complaint_id FROM imported_source_step "
                + "WHERE source_step_id LIKE '91001-%' LIMIT 1", String.class);
        assertThat(record.events(complaint)).isNotEmpty().allSatisfy(event -> assertThat(
                event.payload().backdatingReason()).startsWith("imported from demo-housing step 91001-"));
        // the tracking processors, paused during the import, take in its events once it is done
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(jdbc.queryForObject(
                "SELECT count(*) FROM case_summary WHERE complaint_id = ?", Long.class, complaint)).isOne());

        ImportProgress again = imports.run(file, dir.resolve("again.jsonl"), p -> { });

        assertThat(again.imported()).isZero();
        assertThat(again.alreadyImported()).isEqualTo(400);
        assertThat(events()).isEqualTo(events);
    }

    @Test
    void aRefusedStepIsReportedWithItsRuleAndProvisionAndItsComplaintStopsThere() throws InterruptedException {
        List<ObjectNode> lines = new ArrayList<>(ImportFiles.demo(dir, 200, 91_002));
        int log = ImportFiles.firstLogWithLaterSteps(lines, 0, 3);
        String complaint = ImportFiles.complaintOf(lines.get(log));
        long laterSteps = ImportFiles.laterSteps(lines, log);
        lines.add(log + 1, ImportFiles.escalationTooSoon(lines.get(log)));
        Path report = dir.resolve("refused.jsonl");

        ImportProgress progress = imports.run(ImportFiles.write(dir.resolve("history.jsonl"), lines), report, p -> { });

        List<ObjectNode> refused = ImportFiles.report(report);
        assertThat(refused).hasSize(1 + (int) laterSteps);
        ObjectNode first = refused.getFirst();
        assertThat(first.get("line").asLong()).isEqualTo(log + 2);
        assertThat(first.get("sourceStepId").asString()).isEqualTo("escalation-too-soon");
        assertThat(first.get("rule").asString()).isEqualTo("escalation-before-response");
        assertThat(first.get("provision").asString()).isNotBlank();
        assertThat(refused.subList(1, refused.size())).allSatisfy(later -> {
            assertThat(later.get("sourceComplaintId").asString()).isEqualTo(complaint);
            assertThat(later.get("rule").asString()).isEqualTo(Refusal.FOLLOWS_REFUSED);
        });
        assertThat(progress.refused()).isEqualTo(refused.size());
        assertThat(progress.imported()).isEqualTo(lines.size() - refused.size());
        assertThat(jdbc.queryForObject("SELECT count(*) FROM imported_source_step WHERE source_complaint_id = ?",
                Long.class, complaint)).as("the complaint is imported up to its refused step").isEqualTo(1);
    }

    @Test
    void aSourceStepNamedOnTwoComplaintsIsImportedOnceAndTheOtherComplaintStopsAtIt() throws InterruptedException {
        List<ObjectNode> lines = new ArrayList<>(ImportFiles.demo(dir, 300, 91_005));
        int first = ImportFiles.firstLogWithLaterSteps(lines, 0, 3);
        // of a resident the other worker imports: the two workers decide their batches side by side, so the one that
        // writes second finds the step taken and decides its batch again
        int second = ImportFiles.firstLogWithLaterSteps(lines, first + 1, 3);
        while (worker(lines.get(second)) == worker(lines.get(first))) {
            second = ImportFiles.firstLogWithLaterSteps(lines, second + 1, 3);
        }
        String stepId = lines.get(first).get("sourceStepId").asString();
        lines.set(second, lines.get(second).deepCopy().put("sourceStepId", stepId));
        Path report = dir.resolve("refused.jsonl");
        long eventsBefore = events();

        ImportProgress progress = imports.run(ImportFiles.write(dir.resolve("history.jsonl"), lines), report, p -> { });

        assertThat(events() - eventsBefore).as("every imported step's events stored").isEqualTo(progress.imported());
        // which of the two is on the ledger is the first committed: the workers run side by side
        List<ObjectNode> refused = ImportFiles.report(report);
        ObjectNode duplicate = refused.getFirst();
        assertThat(duplicate.get("rule").asString()).isEqualTo("duplicate-source-step");
        assertThat(duplicate.get("sourceStepId").asString()).isEqualTo(stepId);
        int stoppedAt = (int) duplicate.get("line").asLong() - 1;
        assertThat(stoppedAt).isIn(first, second);
        String stoppedComplaint = ImportFiles.complaintOf(lines.get(stoppedAt));
        assertThat(refused).hasSize(1 + (int) ImportFiles.laterSteps(lines, stoppedAt));
        assertThat(refused.subList(1, refused.size())).allSatisfy(later -> {
            assertThat(later.get("sourceComplaintId").asString()).isEqualTo(stoppedComplaint);
            assertThat(later.get("rule").asString()).isEqualTo(Refusal.FOLLOWS_REFUSED);
        });
        assertThat(progress.imported()).isEqualTo(lines.size() - refused.size());
        int imported = stoppedAt == first ? second : first;
        assertThat(jdbc.queryForObject("SELECT source_complaint_id FROM imported_source_step "
                + "WHERE source = ? AND source_step_id = ?", String.class,
                lines.get(imported).get("source").asString(), stepId))
                .isEqualTo(ImportFiles.complaintOf(lines.get(imported)));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM imported_source_step WHERE source_complaint_id = ?",
                Long.class, stoppedComplaint)).as("nothing of the stopped complaint").isZero();
    }

    @Test
    void anInterruptedImportResumesWhereItStopped() throws InterruptedException {
        List<ObjectNode> lines = ImportFiles.demo(dir, 300, 91_003);
        // the first run stopped after the batches holding its first 120 lines had committed
        imports.run(ImportFiles.write(dir.resolve("begun.jsonl"), lines.subList(0, 120)), dir.resolve("r1"), p -> { });

        ImportProgress resumed = imports.run(ImportFiles.write(dir.resolve("all.jsonl"), lines), dir.resolve("r2"),
                p -> { });

        assertThat(resumed.alreadyImported()).isEqualTo(120);
        assertThat(resumed.imported()).isEqualTo(180);
        assertThat(importedSteps("91003-%")).isEqualTo(300);
    }

    @Test
    void aLineThatIsNoImportLineIsReportedAndALineOverTheBoundRefusesTheFile() throws InterruptedException {
        Path report = dir.resolve("refused.jsonl");
        ImportProgress progress = imports.run(ImportFiles.write(dir.resolve("bad.jsonl"),
                List.of("{\"format\":\"complaint-ledger-import/1\",\"source\":\"x\"", "[1]")), report, p -> { });

        assertThat(progress.refused()).isEqualTo(2);
        assertThat(ImportFiles.report(report)).allSatisfy(line ->
                assertThat(line.get("rule").asString()).isEqualTo(Refusal.FORMAT));

        long eventsBefore = events();
        Path oversize = ImportFiles.write(dir.resolve("oversize.jsonl"), List.of(
                ImportFiles.demo(dir, 1, 91_004).getFirst(), "x".repeat(ImportFormat.MAX_LINE_BYTES + 1)));
        assertThatThrownBy(() -> imports.run(oversize, dir.resolve("r"), p -> { }))
                .isInstanceOf(ImportFileRefused.class).hasMessageContaining("line 2 is longer than");
        assertThat(events()).isEqualTo(eventsBefore);
    }

    @Test
    void theDocumentedExampleImports() throws InterruptedException {
        Path report = dir.resolve("refused.jsonl");

        ImportProgress progress = imports.run(Path.of("../docs/import-example.jsonl"), report, p -> { });

        assertThat(ImportFiles.report(report)).isEmpty();
        assertThat(progress.imported() + progress.alreadyImported()).isEqualTo(progress.total()).isEqualTo(7);
    }

    /** Which of the import's two workers (the default) takes the line's complaint. */
    private static int worker(ObjectNode line) {
        return new Partitions(2).of(ImportLine.parse(1, line.toString().getBytes(StandardCharsets.UTF_8),
                ImportFiles.JSON));
    }

    private long importedSteps(String like) {
        return jdbc.queryForObject("SELECT count(*) FROM imported_source_step WHERE source_step_id LIKE ?",
                Long.class, like);
    }

    private long events() {
        return jdbc.queryForObject("SELECT count(*) FROM domain_event_entry", Long.class);
    }
}
