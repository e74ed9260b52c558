package org.complaintledger.bulkimport;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.complaintledger.ledgertree.AdmissionHold;
import org.complaintledger.ledgertree.LedgerAdmission;
import org.complaintledger.rebuild.ReadModelRebuilds;
import org.complaintledger.rebuild.RebuildCommand;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code import FILE [--report=FILE] [--rebuild] [--spring.property=value ...]}: the application, without its web
 * server, imports a landlord's history from FILE (docs/import.md) with a progress bar, writes every line not imported
 * to the report (default FILE.refused.jsonl), and exits 0 if every step is on the ledger, 1 if some were refused, 2 on
 * bad usage or a file that cannot be imported at all. With {@code --rebuild} it then rebuilds every read model
 * ({@link RebuildCommand}), far faster after a large import than the tracking processors taking the events in one by
 * one, and exits 1 if that fails. Last, it admits the imported events into the ledger's tree (held back during the
 * import, {@link AdmissionHold}), and exits 1 if that fails or refuses an event.
 */
public final class ImportCommand {

    public static final String NAME = "import";
    private static final String REPORT = "--report=";
    private static final String REBUILD = "--rebuild";
    private static final String USAGE = "usage: import FILE [--report=FILE] [--rebuild] (docs/import.md)";

    private ImportCommand() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out) {
        List<String> files = Arrays.stream(args).filter(a -> !a.startsWith("--")).toList();
        List<String> reports = Arrays.stream(args).filter(a -> a.startsWith(REPORT)).toList();
        boolean rebuild = Arrays.asList(args).contains(REBUILD);
        String[] springArgs = Arrays.stream(args)
                .filter(a -> a.startsWith("--") && !a.startsWith(REPORT) && !a.equals(REBUILD)).toArray(String[]::new);
        if (files.size() != 1 || reports.size() > 1 || reports.stream().anyMatch(r -> r.equals(REPORT))) {
            out.println(USAGE);
            return 2;
        }
        Path file = Path.of(files.getFirst());
        Path report = reports.isEmpty() ? Path.of(file + ".refused.jsonl")
                : Path.of(reports.getFirst().substring(REPORT.length()));
        try {
            // a file that cannot be imported at all is said so before the application starts
            ImportFile.open(file);
        } catch (ImportFileRefused e) {
            out.println(e.getMessage() + "; " + USAGE);
            return 2;
        }
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).run(springArgs);
             // the tree's scheduled admission waits through the rebuild too (both read every event); admitted() below
             AdmissionHold.Held admissionHeld = context.getBean(AdmissionHold.class).hold()) {
            int outcome = run(context.getBean(LedgerImport.class), file, report, out);
            if (outcome == 2 || Thread.currentThread().isInterrupted()) {
                return outcome;
            }
            if (rebuild) {
                out.println("rebuilding every read model from the ledger (docs/replay.md)");
                outcome = RebuildCommand.follow(context.getBean(ReadModelRebuilds.class), List.of(), out) == 0
                        ? outcome : 1;
            }
            return admitted(context.getBean(LedgerAdmission.class), out) ? outcome : 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** Admits what the import appended into the ledger's tree before the command ends, so its proofs exist at once. */
    private static boolean admitted(LedgerAdmission admission, PrintStream out) {
        out.println("admitting the imported events into the ledger's tree (docs/proofs.md)");
        long started = System.nanoTime();
        try {
            LedgerAdmission.Admission done = admission.admitNow();
            out.printf("%,d events admitted in %.1f s, %,d refused; the tree has %,d leaves%n", done.leaves(),
                    (System.nanoTime() - started) / 1e9, done.refused(), done.treeSize());
            return done.refused() == 0;
        } catch (RuntimeException e) {
            out.println("not admitted into the ledger's tree (" + e.getMessage()
                    + "); the application admits them when it runs, and its self-check says why not");
            return false;
        }
    }

    private static int run(LedgerImport imports, Path file, Path report, PrintStream out) {
        ProgressBar bar = new ProgressBar(out, out == System.out && System.console() != null);
        AtomicReference<ImportProgress> running = new AtomicReference<>();
        ScheduledExecutorService printer = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().daemon().name("ledger-import-progress").factory());
        printer.scheduleAtFixedRate(() -> {
            ImportProgress progress = running.get();
            if (progress != null) {
                bar.show(progress);
            }
        }, bar.everyMillis(), bar.everyMillis(), TimeUnit.MILLISECONDS);
        try {
            // processors kept stopped: a rebuild starts them, and otherwise this process ends once the tree has the
            // events (they take them in at the application's next start), so they would only slow the admission
            ImportProgress done = imports.run(file, report, running::set, true);
            printer.shutdownNow();
            bar.finish(done);
            out.printf("%,d steps imported, %,d already on the ledger, %,d not imported%s%n", done.imported(),
                    done.alreadyImported(), done.refused(), done.refused() == 0 ? ""
                            : " (each with its rule and provision in " + report + ")");
            return done.refused() == 0 ? 0 : 1;
        } catch (ImportFileRefused e) {
            out.println(e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            out.println("interrupted: a later run of the same file resumes where this one stopped");
            return 1;
        } finally {
            printer.shutdownNow();
        }
    }
}
