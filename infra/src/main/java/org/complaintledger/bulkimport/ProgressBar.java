package org.complaintledger.bulkimport;

import java.io.PrintStream;
import java.util.Locale;

/**
 * The import's progress as a person watches it: on a terminal one bar redrawn in place twice a second (steps done of
 * the file's, the rate, time left); elsewhere (a log, a pipe) a line every 5 seconds.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final boolean terminal;

    ProgressBar(PrintStream out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    long everyMillis() {
        return terminal ? 500 : 5_000;
    }

    synchronized void show(ImportProgress progress) {
        if (terminal) {
            out.print("\r" + line(progress));
            out.flush();
        } else {
            out.println(line(progress));
        }
    }

    synchronized void finish(ImportProgress progress) {
        show(progress);
        if (terminal) {
            out.println();
        }
    }

    static String line(ImportProgress p) {
        double share = p.total() == 0 ? 1 : Math.min(1, (double) p.done() / p.total());
        int filled = (int) Math.round(share * WIDTH);
        double left = p.secondsLeft();
        return String.format(Locale.ROOT, "[%s%s] %,d/%,d steps (%.0f%%), %,.0f steps/s, %s, %,d refused",
                "#".repeat(filled), ".".repeat(WIDTH - filled), p.done(), p.total(), share * 100,
                p.stepsPerSecond(), Double.isNaN(left) ? "time left unknown"
                        : String.format(Locale.ROOT, "%d:%02d left", (long) left / 60, (long) left % 60),
                p.refused());
    }
}
