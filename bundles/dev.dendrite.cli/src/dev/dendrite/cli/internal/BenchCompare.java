package dev.dendrite.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.train.bench.BenchComparison;
import dev.dendrite.train.bench.MachineSpeed;

/** {@code dendrite bench --compare BEFORE AFTER}: two sets of saved bench results, case by case, with what the noise allows to say. */
final class BenchCompare {

    private BenchCompare() {
    }

    /** @param only a part of the case names to keep (null: all); @param batch the batch to keep (null: all) */
    static int run(CommandContext context, List<String> sides, String only, Integer batch) throws UsageException {
        if (sides.size() != 2) {
            throw new UsageException("--compare needs two sides, BEFORE and AFTER, each a bench --json file or several joined by commas; got "
                    + sides.size());
        }
        BenchComparison comparison;
        try {
            comparison = BenchComparison.read(SavedBenchRuns.files("--compare", sides.get(0)), SavedBenchRuns.files("--compare", sides.get(1)));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        double[] peaks = comparison.medians(MachineSpeed::peakGflops);
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-30s %5s %12s %12s %7s  %-27s %-27s %s%n", "case", "batch", "before",
                "after", "ratio", "before range", "after range", "verdict"));
        List<Object> rows = new ArrayList<>();
        for (BenchComparison.Case c : comparison.cases()) {
            if (!SavedBenchRuns.selected(c.name(), c.batch(), only, batch)) {
                continue;
            }
            text.append(String.format(Locale.ROOT, "%-30s %5d %12.0f %12.0f %6.3fx  %-27s %-27s %s%n", c.name(), c.batch(), c.before(), c.after(),
                    c.ratio(), range(c.beforeRange()), range(c.afterRange()), c.verdict().text()));
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", c.name());
            row.put("batch", c.batch());
            row.put("before", c.before());
            row.put("after", c.after());
            row.put("ratio", c.ratio());
            row.put("beforeRange", list(c.beforeRange()));
            row.put("afterRange", list(c.afterRange()));
            row.put("verdict", c.verdict().text());
            rows.add(row);
        }
        List<String> warnings = new ArrayList<>();
        for (String change : comparison.machineChanges()) {
            warnings.add(change + ": differences may be the machine's, not the build's");
        }
        comparison.hugePagesChange().ifPresent(warnings::add);
        warnings.addAll(comparison.conditionChanges());
        if (!comparison.onlyOne().isEmpty()) {
            warnings.add("timed on one side only: " + String.join("; ", comparison.onlyOne()));
        }
        text.append(String.format(Locale.ROOT, "samples/s, medians over %d and %d runs; ranges span every window; a verdict needs the ranges "
                + "apart%npeak %.1f and %.1f GFLOP/s (medians)", comparison.machines().get(0).length, comparison.machines().get(1).length, peaks[0], peaks[1]));
        double[] bandwidths = comparison.medians(MachineSpeed::bandwidthGBps);
        double[] operators = comparison.medians(MachineSpeed::microsecondsPerOperator);
        double[] balances = comparison.medians(MachineSpeed::coreBalance);
        if (Double.isFinite(bandwidths[0]) && Double.isFinite(bandwidths[1])) {
            text.append(String.format(Locale.ROOT, ", memory %.1f and %.1f GB/s, %.2f and %.2f µs per small operator", bandwidths[0],
                    bandwidths[1], operators[0], operators[1]));
        }
        if (Double.isFinite(balances[0]) && Double.isFinite(balances[1])) {
            text.append(String.format(Locale.ROOT, ", core balance %.2f and %.2f", balances[0], balances[1]));
        }
        warnings.forEach(w -> text.append("\nwarning: ").append(w));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("before", Arrays.asList(sides.get(0).split(",")));
        json.put("after", Arrays.asList(sides.get(1).split(",")));
        json.put("peakGflops", list(peaks));
        json.put("bandwidthGBps", SavedBenchRuns.known(bandwidths));
        json.put("microsecondsPerOperator", SavedBenchRuns.known(operators));
        json.put("coreBalance", SavedBenchRuns.known(balances));
        json.put("cases", rows);
        json.put("warnings", warnings);
        context.print(json, text.toString());
        return 0;
    }

    /** As JSON writes it: a list, not an array object. */
    private static List<Double> list(double[] values) {
        return Arrays.stream(values).boxed().toList();
    }

    private static String range(double[] range) {
        return String.format(Locale.ROOT, "%.0f-%.0f", range[0], range[1]);
    }
}
