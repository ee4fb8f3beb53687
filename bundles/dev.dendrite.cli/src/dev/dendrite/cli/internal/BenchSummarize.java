package dev.dendrite.cli.internal;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.train.bench.BenchSummary;
import dev.dendrite.train.bench.MachineSpeed;

/** {@code dendrite bench --summary RUN.json...}: saved bench runs of one build, case by case, as a median and a range. */
final class BenchSummarize {

    private BenchSummarize() {
    }

    /**
     * @param only  a part of the case names to keep (null: all)
     * @param batch the batch to keep (null: all)
     * @param over  a case's name: every kept case's in-run ratio to it at the same batch (null: none)
     */
    static int run(CommandContext context, List<String> arguments, String only, Integer batch, String over) throws UsageException {
        List<Path> files = SavedBenchRuns.files("--summary", arguments.toArray(String[]::new));
        if (files.isEmpty()) {
            throw new UsageException("--summary needs bench --json files (separate arguments or joined by commas)");
        }
        BenchSummary summary;
        try {
            summary = BenchSummary.read(files, over);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-30s %5s %5s %12s %12s %12s%n", "case", "batch", "runs", "median",
                "slowest", "fastest"));
        // Each case is written as its record's components: name, batch, runs, median, slowest, fastest, overSmallestBatch.
        List<BenchSummary.Case> cases = summary.cases().stream().filter(c -> SavedBenchRuns.selected(c.name(), c.batch(), only, batch)).toList();
        for (BenchSummary.Case c : cases) {
            text.append(String.format(Locale.ROOT, "%-30s %5d %5d %12.0f %12.0f %12.0f%n", c.name(), c.batch(), c.runs(), c.median(),
                    c.slowest(), c.fastest()));
        }
        text.append(String.format(Locale.ROOT, "samples/s over %d runs: the median of the runs' figures, the slowest and the fastest run",
                summary.machines().length));
        ratios(cases, text);
        List<BenchSummary.Paired> overCase = summary.overCase().stream().filter(p -> SavedBenchRuns.selected(p.name(), p.batch(), only, batch))
                .toList();
        if (over != null) {
            overCaseTable(over, overCase, text);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("files", files.stream().map(Path::toString).toList());
        machine(summary, MachineSpeed::peakGflops, "peakGflops", "peak %.1f–%.1f GFLOP/s (median %.1f)", json, text);
        machine(summary, MachineSpeed::bandwidthGBps, "bandwidthGBps", "memory %.1f–%.1f GB/s (median %.1f)", json, text);
        machine(summary, MachineSpeed::microsecondsPerOperator, "microsecondsPerOperator", "%.2f–%.2f µs per small operator (median %.2f)",
                json, text);
        machine(summary, MachineSpeed::coreBalance, "coreBalance", "core balance %.2f–%.2f (median %.2f)", json, text);
        json.put("cases", cases);
        if (over != null) {
            json.put("overCase", overCase);
        }
        context.print(json, text.toString());
        return 0;
    }

    /** The in-run ratios to each network's smallest batch, where any run timed both batches. */
    private static void ratios(List<BenchSummary.Case> cases, StringBuilder text) {
        List<BenchSummary.Case> ratios = cases.stream().filter(c -> c.overSmallestBatch() != null).toList();
        if (ratios.isEmpty()) {
            return;
        }
        text.append(String.format(Locale.ROOT, "%n%nIn-run ratios: each run's samples/s at the batch over its samples/s at the network's smallest "
                + "batch%n(steadier than the medians: both sides saw the same phases of the machine; below 1, slower as the batch grew)%n"));
        text.append(RATIO_HEADER);
        for (BenchSummary.Case c : ratios) {
            text.append(ratioRow(c.name(), c.batch(), c.overSmallestBatch()));
        }
    }

    /** The in-run ratios to case {@code over} at the same batch. */
    private static void overCaseTable(String over, List<BenchSummary.Paired> paired, StringBuilder text) {
        text.append(String.format(Locale.ROOT, "%n%nIn-run ratios over %s: each run's samples/s over that case's in the same run at the "
                + "same batch%n", over));
        if (paired.isEmpty()) {
            text.append("(no selected case was timed in the same run and at the same batch as it)");
            return;
        }
        text.append(RATIO_HEADER);
        paired.forEach(p -> text.append(ratioRow(p.name(), p.batch(), p.ratio())));
    }

    private static final String RATIO_HEADER = String.format(Locale.ROOT, "%-30s %5s %5s %5s %8s %8s %8s %8s", "case", "batch", "over", "runs",
            "median", "lowest", "highest", "below 1");

    private static String ratioRow(String name, int batch, BenchSummary.InRunRatio r) {
        return String.format(Locale.ROOT, "%n%-30s %5d %5d %5d %8.3f %8.3f %8.3f %8d", name, batch, r.overBatch(), r.runs(), r.median(), r.lowest(),
                r.highest(), r.runsBelowOne());
    }

    /** A machine figure's lowest, median and highest (JSON: [lowest, median, highest], null where no run recorded it). */
    private static void machine(BenchSummary summary, ToDoubleFunction<MachineSpeed> figure, String key, String format, Map<String, Object> json,
            StringBuilder text) {
        double[] range = summary.range(figure);
        json.put(key, SavedBenchRuns.known(range));
        if (Double.isFinite(range[0])) {
            text.append(String.format(Locale.ROOT, "%n" + format, range[0], range[2], range[1]));
        }
    }
}
