package org.complaintledger.demo;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.complaintledger.bulkimport.ImportFormat;
import org.complaintledger.complaint.ComplaintCommand;
import org.complaintledger.landlord.context.LandlordContext;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code demo-import-file OUT --steps=N [--seed=S]}: writes an import file (docs/import.md) of N complaint steps of
 * demo landlords' last two financial years, for a newcomer's first import and for the import benchmark. The history
 * is drawn {@value #HOMES} homes at a time, each with its own seed, until N steps are written; the same arguments
 * write the same file. Exits 0, or 2 on bad usage.
 */
public final class DemoImportFile {

    public static final String NAME = "demo-import-file";
    static final String SOURCE = "demo-housing";
    private static final int HOMES = 10_000;
    private static final String USAGE = "usage: demo-import-file OUT --steps=N [--seed=S]";

    private DemoImportFile() {
    }

    public static int run(String[] args, PrintStream out) {
        List<String> files = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        try {
            long steps = Long.parseLong(option(args, "--steps=", null));
            long seed = Long.parseLong(option(args, "--seed=", "2024"));
            if (files.size() != 1 || steps < 1) {
                out.println(USAGE);
                return 2;
            }
            Path file = Path.of(files.getFirst());
            write(file, steps, seed);
            out.printf("%,d steps written to %s%n", steps, file);
            return 0;
        } catch (NumberFormatException | NullPointerException e) {
            out.println(USAGE);
            return 2;
        } catch (IOException e) {
            out.println("cannot write: " + e.getMessage());
            return 2;
        }
    }

    private static String option(String[] args, String name, String otherwise) {
        return Arrays.stream(args).filter(a -> a.startsWith(name)).map(a -> a.substring(name.length())).findFirst()
                .orElse(otherwise);
    }

    /** Writes {@code steps} lines: whole landlords' histories, the last one cut at the step that makes up the number. */
    static void write(Path file, long steps, long seed) throws IOException {
        JsonMapper json = JsonMapper.builder().build();
        int lastEnded = LandlordContext.financialYearOf(LocalDate.now(ZoneId.of("Europe/London"))) - 1;
        Instant now = Instant.now();
        long written = 0;
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (long landlord = seed; written < steps; landlord++) {
                DemoLedger ledger = new DemoLedger(new DemoLandlord(landlord, HOMES, lastEnded - 1, 2));
                for (PlannedStep step : ledger.plan()) {
                    if (written == steps) {
                        break;
                    }
                    // a step the demo plans later than now (an Ombudsman's determination to come) is not history yet
                    if (step.command() instanceof ComplaintCommand command && !step.recordedAt().isAfter(now)) {
                        out.write(json.writeValueAsString(line(json, landlord, step, command)));
                        out.newLine();
                        written++;
                    }
                }
            }
        }
    }

    private static ObjectNode line(JsonMapper json, long landlord, PlannedStep step, ComplaintCommand command) {
        ObjectNode body = json.valueToTree(command);
        body.remove("complaintId");
        // a field left out is null, as in an HTTP body: the file is a third smaller without them
        List.copyOf(body.propertyNames()).stream().filter(f -> body.get(f).isNull()).forEach(body::remove);
        if (command.occurredAt() == null) {
            // the demo leaves it out when the step happened as it was recorded; an import records it years later
            body.put("occurredAt", step.recordedAt().toString());
        }
        ObjectNode line = json.createObjectNode();
        line.put("format", ImportFormat.VERSION);
        line.put("source", SOURCE);
        line.put("sourceComplaintId", command.complaintId());
        line.put("sourceStepId", landlord + "-" + step.sequence());
        line.put("step", ImportFormat.kindOf(command.getClass()));
        line.set("body", body);
        return line;
    }
}
