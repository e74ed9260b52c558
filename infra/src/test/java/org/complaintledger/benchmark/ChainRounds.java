package org.complaintledger.benchmark;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The rounds of {@link ChainBenchmark} and what they come to, chaining on against off, as a Markdown table. */
final class ChainRounds {

    private ChainRounds() {
    }

    /**
     * One round: its commands' wall time (throughput), and what they cost from the start of the round until the event
     * processors had caught up with them: CPU of this JVM and of PostgreSQL, WAL and commits, per command; and the
     * CPU of the client threads alone, which run each command's whole path (validation, the aggregate, sealing,
     * chaining, the INSERT) since the command bus handles a command in the sender's thread.
     */
    record Round(String phase, boolean chaining, int commands, double seconds, long errors, Counters.Cost cost,
                 double cpuSeconds, double commandPathMillis) {
        double perSecond() {
            return commands / seconds;
        }

        double jvmMillisPerCommand() {
            return cost.jvmCores() * cpuSeconds * 1000 / commands;
        }

        double postgresMillisPerCommand() {
            return cost.postgresCores() * cpuSeconds * 1000 / commands;
        }
    }

    /**
     * The table, and per phase the cost of chaining: throughput over all rounds of each mode, the median over adjacent
     * pairs of rounds (one of each mode, run one after the other), and CPU per command.
     */
    static void print(List<Round> measured) {
        System.out.println();
        System.out.println("| phase | chaining | rounds | commands | commands/s (all rounds) | per round: min – median – "
                + "max | CPU ms/command: JVM (command path) + PG | WAL B/command | commits/command | errors |");
        System.out.println("|---|---|---:|---:|---:|---|---:|---:|---:|---:|");
        List<String> verdicts = new ArrayList<>();
        for (String phase : List.of("appends alone", "new complaints", "correspondence")) {
            Totals on = summarise(measured, phase, true);
            Totals off = summarise(measured, phase, false);
            List<Double> pairs = new ArrayList<>();
            List<Round> rounds = measured.stream().filter(r -> r.phase().equals(phase)).toList();
            for (int i = 0; i + 1 < rounds.size(); i += 2) {
                Round a = rounds.get(i);
                Round b = rounds.get(i + 1);
                Round chained = a.chaining() ? a : b;
                Round unchained = a.chaining() ? b : a;
                pairs.add(100 * (1 - chained.perSecond() / unchained.perSecond()));
            }
            Collections.sort(pairs);
            verdicts.add(String.format("%s: throughput %.0f/s on, %.0f/s off: chaining costs %.1f %% (all rounds); "
                            + "%.1f %% (median of %d adjacent pairs, from %.1f to %.1f %%); CPU per command %.2f vs %.2f ms: "
                            + "%+.1f %%; the command path alone %.3f vs %.3f ms: %+.1f %%", phase, on.perSecond(),
                    off.perSecond(), 100 * (1 - on.perSecond() / off.perSecond()), pairs.get(pairs.size() / 2),
                    pairs.size(), pairs.getFirst(), pairs.getLast(), on.cpuMillis(), off.cpuMillis(),
                    100 * (on.cpuMillis() / off.cpuMillis() - 1), on.commandPathMillis(), off.commandPathMillis(),
                    100 * (on.commandPathMillis() / off.commandPathMillis() - 1)));
        }
        System.out.println();
        verdicts.forEach(System.out::println);
    }

    /** A phase's rounds of one mode, together. */
    private record Totals(double perSecond, double cpuMillis, double commandPathMillis) {
    }

    private static Totals summarise(List<Round> measured, String phase, boolean chaining) {
        List<Round> rows = measured.stream().filter(r -> r.phase().equals(phase) && r.chaining() == chaining).toList();
        long commands = rows.stream().mapToLong(Round::commands).sum();
        double seconds = rows.stream().mapToDouble(Round::seconds).sum();
        List<Double> rates = rows.stream().map(Round::perSecond).sorted().toList();
        long errors = rows.stream().mapToLong(Round::errors).sum();
        double jvm = rows.stream().mapToDouble(r -> r.jvmMillisPerCommand() * r.commands()).sum() / commands;
        double path = rows.stream().mapToDouble(r -> r.commandPathMillis() * r.commands()).sum() / commands;
        double postgres = rows.stream().mapToDouble(r -> r.postgresMillisPerCommand() * r.commands()).sum() / commands;
        double wal = rows.stream().mapToDouble(r -> r.cost().walBytesPerOp() * r.commands()).sum() / commands;
        double commits = rows.stream().mapToDouble(r -> r.cost().commitsPerOp() * r.commands()).sum() / commands;
        System.out.printf("| %s | %s | %d | %,d | **%.0f** | %.0f – %.0f – %.0f | %.2f (%.2f) + %.2f | %.0f | %.2f | %d |%n",
                phase, chaining ? "on" : "off", rows.size(), commands, commands / seconds, rates.getFirst(),
                rates.get(rates.size() / 2), rates.getLast(), jvm, path, postgres, wal, commits, errors);
        return new Totals(commands / seconds, jvm + postgres, path);
    }
}
