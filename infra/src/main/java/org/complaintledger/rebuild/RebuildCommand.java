package org.complaintledger.rebuild;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code rebuild [group ...] [--spring.property=value ...]}: the application, without its web server, rebuilds the
 * named processing groups' read models (every group if none, or {@code all}), printing its progress, and exits 0 if
 * the rebuilt tables replaced the live ones, 1 if the rebuild failed (the live tables then untouched), 2 on bad usage.
 */
public final class RebuildCommand {

    public static final String NAME = "rebuild";
    private static final long PRINT_EVERY_MILLIS = 2_000;

    private RebuildCommand() {
    }

    public static int run(Class<?> application, String[] args, PrintStream out) {
        List<String> groups = Arrays.stream(args).filter(a -> !a.startsWith("--") && !a.equals("all")).toList();
        String[] springArgs = Arrays.stream(args).filter(a -> a.startsWith("--")).toArray(String[]::new);
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(application)
                .web(WebApplicationType.NONE).run(springArgs)) {
            ReadModelRebuilds rebuilds = context.getBean(ReadModelRebuilds.class);
            if (!rebuilds.groups().containsAll(groups)) {
                out.println("usage: rebuild [all | processing group ...]; the groups: "
                        + String.join(" ", rebuilds.groups()));
                return 2;
            }
            return follow(rebuilds, groups, out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /**
     * Rebuilds the groups' read models (every group if none), printing a progress line every 2 s; 0 once the rebuilt
     * tables are live, 1 if the rebuild failed (the live tables then untouched).
     */
    public static int follow(ReadModelRebuilds rebuilds, List<String> groups, PrintStream out)
            throws InterruptedException {
        RebuildProgress progress;
        try {
            progress = rebuilds.start(groups);
        } catch (RebuildRefused refused) {
            out.println("not rebuilt: " + refused.getMessage());
            return 1;
        }
        while (!progress.phase().finished()) {
            out.println(line(progress));
            Thread.sleep(PRINT_EVERY_MILLIS);  // a progress line every 2 s, as a person reads it
            progress = rebuilds.progress(progress.id()).orElseThrow();
        }
        out.println(line(progress));
        return progress.phase() == RebuildProgress.Phase.SWITCHED ? 0 : 1;
    }

    static String line(RebuildProgress p) {
        String percent = p.eventsTotal() == 0 ? "100" : String.valueOf(100 * p.eventsDone() / p.eventsTotal());
        return String.format(Locale.ROOT, "%s %s: %,d of %,d events (%s%%), %,.0f events/s, %s%s", p.phase(),
                String.join(",", p.processingGroups()), p.eventsDone(), p.eventsTotal(), percent,
                p.eventsPerSecond(), p.secondsLeft() == null ? "time left unknown"
                        : String.format(Locale.ROOT, "%.0f s left", p.secondsLeft()),
                p.failure() == null ? p.phase() == RebuildProgress.Phase.SWITCHED ? ", " + p.rowsWritten()
                        + " rows now live" : "" : ": " + p.failure());
    }
}
