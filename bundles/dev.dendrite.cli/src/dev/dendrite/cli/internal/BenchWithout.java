package dev.dendrite.cli.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.train.bench.Benchmark;
import dev.dendrite.train.bench.BenchmarkCase;

/**
 * {@code dendrite bench --without STEP}: each training case's step without one train-step pipeline
 * step against the standard step, alternated window by window in one process, so that both meet
 * the same phases of the machine.
 */
final class BenchWithout {

    static final int DEFAULT_PAIRS = 10;

    private BenchWithout() {
    }

    static int run(CommandContext context, Benchmark benchmark, List<BenchmarkCase> cases, String step, int pairs) throws Exception {
        List<Object> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-30s %5s %12s %12s %7s %15s %8s%n", "case", "batch",
                "without", "with", "ratio", "pairs' range", "faster"));
        for (BenchmarkCase c : cases) {
            if (!c.training()) {
                continue;
            }
            Benchmark.Alternated timed;
            try {
                timed = benchmark.timeWithout(c, step, pairs);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--without " + step + ": " + e.getMessage() + "; or " + Benchmark.BLOCKED_CONVOLUTIONS
                        + " (the CPU sessions' blocked convolutions) or " + Benchmark.PINNED_OUTPUTS + " (a replicated step's pinned outputs)");
            }
            double[][] rates = timed.stepsPerSecond();
            double[] without = new double[pairs];
            double[] with = new double[pairs];
            double[] ratios = new double[pairs];
            int faster = 0;
            for (int p = 0; p < pairs; p++) {
                without[p] = rates[p][0] * c.batch();
                with[p] = rates[p][1] * c.batch();
                ratios[p] = rates[p][1] / rates[p][0];
                faster += ratios[p] > 1 ? 1 : 0;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", c.name());
            row.put("batch", c.batch());
            row.put("withoutSamplesPerSecond", median(without));
            row.put("withSamplesPerSecond", median(with));
            row.put("ratio", median(ratios));
            row.put("lowest", Arrays.stream(ratios).min().orElseThrow());
            row.put("highest", Arrays.stream(ratios).max().orElseThrow());
            row.put("fasterWith", faster);
            row.put("pairs", pairs);
            row.put("slicesWithout", timed.slicesWithout());
            row.put("slicesWith", timed.slicesWith());
            rows.add(row);
            String line = String.format(Locale.ROOT, "%-30s %5d %12.0f %12.0f %6.3fx %7.3f-%-7.3f %3d of %d", c.name(), c.batch(), median(without),
                    median(with), median(ratios), row.get("lowest"), row.get("highest"), faster, pairs);
            context.err().println(line);
            text.append(line).append('\n');
        }
        text.append(String.format(Locale.ROOT, "samples/s, medians of %d pairs of windows alternated in one process; ratio: the median of the "
                + "pairs' own ratios, with '%s' over without it; faster: pairs faster with it", pairs, step));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("without", step);
        json.put("pairs", pairs);
        json.put("results", rows);
        context.print(json, text.toString());
        return 0;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
