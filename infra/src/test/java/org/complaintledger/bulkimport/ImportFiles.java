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

    /** The index of the first line from {@code from} on that logs a complaint of at least {@code steps} lines. */
    static int firstLogWithLaterSteps(List<ObjectNode> lines, int from, int steps) {
        for (int i = from; i < lines.size(); i++) {
            String complaint = complaintOf(lines.get(i));
            if (lines.get(i).get("step").asString().equals("log-complaint")
                    && lines.stream().filter(l -> complaintOf(l).equals(complaint)).count() >= steps) {
                return i;
            }
        }
        throw new IllegalStateException("no complaint of " + steps + " steps in the file from line " + from);
    }

    static String complaintOf(ObjectNode line) {
        return line.get("sourceComplaintId").asString();
    }

    /** The lines of the line's complaint after it. */
    static long laterSteps(List<ObjectNode> lines, int index) {
        return lines.stream().skip(index + 1).filter(l -> complaintOf(l).equals(complaintOf(lines.get(index))))
                .count();
    }

    /**
     * A request to escalate the complaint the log line logs, on the day it was logged: refused while it has no stage
     * one response (escalation-before-response).
     */
    static ObjectNode escalationTooSoon(ObjectNode logLine) {
        ObjectNode tooSoon = logLine.deepCopy();
        tooSoon.put("sourceStepId", "escalation-too-soon");
        tooSoon.put("step", "request-escalation");
        tooSoon.set("body", JSON.createObjectNode().put("occurredAt", logLine.get("body").get("occurredAt").asString()));
        return tooSoon;
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
