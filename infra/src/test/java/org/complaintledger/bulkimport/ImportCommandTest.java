package org.complaintledger.bulkimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.complaintledger.LedgerApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code java -jar infra.jar import FILE --report=FILE} on a stopped ledger (the embedded default, on disk): exit 0
 * when every step is on the ledger, 1 when some were refused (each in the report), 2 on bad usage or a file that
 * cannot be imported at all, said before the application starts.
 */
class ImportCommandTest {

    @TempDir
    Path home;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();

    @Test
    void badUsageAndAFileThatCannotBeImportedExitTwoWithoutStartingTheLedger() {
        assertThat(run()).isEqualTo(2);
        assertThat(printed()).contains("usage: import FILE");
        assertThat(run(home.resolve("missing.jsonl").toString())).isEqualTo(2);
        assertThat(printed()).contains("no readable file");
        Path oversize = ImportFiles.write(home.resolve("oversize.jsonl"),
                List.of("x".repeat(ImportFormat.MAX_LINE_BYTES + 1)));
        assertThat(run(oversize.toString())).isEqualTo(2);
        assertThat(printed()).contains("line 1 is longer than 1048576 bytes");
        assertThat(run(oversize.toString(), "--report=")).isEqualTo(2);
    }

    @Test
    void importsAFileExitingOneWhenALineIsRefusedAndZeroOnceTheRestIsOnTheLedger() {
        List<ObjectNode> lines = new ArrayList<>(ImportFiles.demo(home, 60, 92_001));
        lines.add(ImportFiles.JSON.createObjectNode().put("format", "complaint-ledger-import/0"));
        Path file = ImportFiles.write(home.resolve("history.jsonl"), lines);
        Path report = home.resolve("refused.jsonl");
        String dataDirectory = "--complaint-ledger.embedded-postgres.data-directory=" + home.resolve("data");

        int exit = run(file.toString(), "--report=" + report, dataDirectory,
                "--complaint-ledger.embedded-postgres.port=0");

        assertThat(exit).as(printed()).isEqualTo(1);
        assertThat(printed()).contains("61/61 steps (100%)")
                .contains("60 steps imported, 0 already on the ledger, 1 not imported")
                .contains("60 events admitted").contains("0 refused; the tree has 60 leaves");
        assertThat(ImportFiles.report(report)).singleElement().satisfies(refused -> {
            assertThat(refused.get("line").asLong()).isEqualTo(61);
            assertThat(refused.get("rule").asString()).isEqualTo(Refusal.FORMAT);
        });

        Path fixed = ImportFiles.write(home.resolve("fixed.jsonl"), lines.subList(0, 60));
        assertThat(run(fixed.toString(), dataDirectory, "--complaint-ledger.embedded-postgres.port=0"))
                .as(printed()).isZero();
        assertThat(printed()).contains("0 steps imported, 60 already on the ledger, 0 not imported");

        assertThat(run(fixed.toString(), "--rebuild", dataDirectory, "--complaint-ledger.embedded-postgres.port=0"))
                .as(printed()).isZero();
        assertThat(printed()).contains("rebuilding every read model").contains("SWITCHED")
                .containsPattern("SWITCHED .*: [1-9][0-9,]* of [1-9][0-9,]* events \\(100%\\).* rows now live");
    }

    @Test
    void aStepRefusedOnAComplaintReadBackFromTheLedgerStopsThatComplaintAndTheRestOfItsBatchImports() {
        List<ObjectNode> lines = ImportFiles.demo(home, 120, 92_002);
        int log = ImportFiles.firstLogWithLaterSteps(lines, 0, 3);
        long later = ImportFiles.laterSteps(lines, log);
        String dataDirectory = "--complaint-ledger.embedded-postgres.data-directory=" + home.resolve("data");
        assertThat(run(ImportFiles.write(home.resolve("begun.jsonl"), lines.subList(0, log + 1)).toString(),
                dataDirectory, "--complaint-ledger.embedded-postgres.port=0")).as(printed()).isZero();
        List<ObjectNode> all = new ArrayList<>(lines);
        all.add(log + 1, ImportFiles.escalationTooSoon(lines.get(log)));
        Path report = home.resolve("refused.jsonl");

        // a new process: the logged complaint is read back from its events to decide the refused step
        int exit = run(ImportFiles.write(home.resolve("all.jsonl"), all).toString(), "--report=" + report,
                dataDirectory, "--complaint-ledger.embedded-postgres.port=0");

        assertThat(exit).as(printed()).isEqualTo(1);
        assertThat(printed()).contains((lines.size() - log - 1 - later) + " steps imported, " + (log + 1)
                + " already on the ledger, " + (1 + later) + " not imported");
        assertThat(ImportFiles.report(report).getFirst().get("rule").asString())
                .isEqualTo("escalation-before-response");
    }

    private int run(String... args) {
        printed.reset();
        return ImportCommand.run(LedgerApplication.class, args, new PrintStream(printed, true, StandardCharsets.UTF_8));
    }

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
