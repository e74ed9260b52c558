package org.complaintledger.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.complaintledger.bulkimport.ImportFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code demo-import-file}: the number of steps asked for, as import lines, the same for the same arguments. */
class DemoImportFileTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dir;

    @Test
    void writesTheStepsAskedForAsImportLinesEachComplaintStartingWithItsLog() throws IOException {
        // more than one demo landlord's worth, so the file spans two
        List<JsonNode> lines = write("a.jsonl", 12_000, 5);

        assertThat(lines).hasSize(12_000).allSatisfy(line -> {
            assertThat(line.get("format").asString()).isEqualTo(ImportFormat.VERSION);
            assertThat(line.get("body").has("complaintId")).isFalse();
            assertThat(line.get("body").get("occurredAt").asString()).isNotBlank();
        });
        assertThat(lines.stream().map(l -> l.get("sourceStepId").asString()).distinct()).hasSize(12_000);
        assertThat(lines.stream().map(l -> l.get("sourceStepId").asString().split("-")[0]).distinct())
                .startsWith("5", "6");
        var firstSteps = lines.stream().collect(Collectors.groupingBy(l -> l.get("sourceComplaintId").asString(),
                Collectors.mapping(l -> l.get("step").asString(), Collectors.reducing((a, b) -> a))));
        assertThat(firstSteps.values()).allSatisfy(first -> assertThat(first).contains("log-complaint"));
        assertThat(write("b.jsonl", 12_000, 5)).isEqualTo(lines);
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(DemoImportFile.run(new String[] {dir.resolve("x").toString()}, silent())).isEqualTo(2);
        assertThat(DemoImportFile.run(new String[] {dir.resolve("x").toString(), "--steps=many"}, silent()))
                .isEqualTo(2);
        assertThat(DemoImportFile.run(new String[] {"--steps=10"}, silent())).isEqualTo(2);
    }

    private List<JsonNode> write(String name, int steps, long seed) throws IOException {
        Path file = dir.resolve(name);
        assertThat(DemoImportFile.run(new String[] {file.toString(), "--steps=" + steps, "--seed=" + seed}, silent()))
                .isZero();
        return Files.readAllLines(file).stream().map(JSON::readTree).toList();
    }

    private static PrintStream silent() {
        return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
    }
}
