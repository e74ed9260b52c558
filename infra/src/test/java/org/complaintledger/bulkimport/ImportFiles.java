package org.complaintledger.bulkimport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.complaintledger.demo.DemoImportFile;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Import files for tests: a demo landlord's history as the demo generator writes it, its lines to change. */
final class ImportFiles {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private ImportFiles() {
    }

    /** {@code steps} lines of the demo landlord {@code seed} (distinct seeds, distinct steps and complaints). */
    static List<ObjectNode> demo(Path dir, int steps, long seed) {
        Path file = dir.resolve("demo-" + seed + ".jsonl");
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        int exit = DemoImportFile.run(new String[] {file.toString(), "--steps=" + steps, "--seed=" + seed},
                new PrintStream(printed, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IllegalStateException(printed.toString(StandardCharsets.UTF_8));
        }
        try {
            return Files.readAllLines(file).stream().map(line -> (ObjectNode) JSON.readTree(line)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, List<?> lines) {
        try {
            Files.write(file, lines.stream().map(Object::toString).toList());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ObjectNode> report(Path report) {
        try {
            return Files.readAllLines(report).stream().map(line -> (ObjectNode) JSON.readTree(line)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
