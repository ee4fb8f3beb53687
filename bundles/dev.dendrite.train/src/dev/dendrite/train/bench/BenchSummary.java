package dev.dendrite.train.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * Several saved {@code dendrite bench --json} runs of one build, case by case: the median of the
 * runs' figures with the slowest and the fastest run. On a shared VM one build's runs minutes apart
 * differ by up to 1.8× (LeNet-5 at batch 256: 13.7k and 24.0k samples/s on 2026-12-01), so a table
 * worth quoting is a median over many runs, and the range says how far to trust it.
 *
 * @param cases    every case any run timed, in the first run's order, each with the runs that timed it
 * @param machines each run's machine figures (NaN where a run predates a figure)
 */
public record BenchSummary(List<Case> cases, MachineSpeed[] machines) {

    /**
     * One case over the runs that timed it: their median figure, the slowest and the fastest, and
     * its in-run ratio to the same network's smallest batch (null at that batch, or where no run
     * timed both).
     */
    public record Case(String name, int batch, int runs, double median, double slowest, double fastest, BatchRatio overSmallestBatch) {
    }

    /**
     * A case's samples/s over the same run's samples/s at {@code smallestBatch}, over the runs that
     * timed both: steadier than the medians, as both sides of each ratio saw the same phases of the
     * machine. Below 1 the case got slower as its batch grew.
     */
    public record BatchRatio(int smallestBatch, int runs, double median, double lowest, double highest, int runsBelowOne) {
    }

    /**
     * Reads the runs.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it, as {@link BenchComparison#read} does
     */
    public static BenchSummary read(List<Path> files) {
        Map<String, List<BenchComparison.Row>> byCase = new LinkedHashMap<>();
        MachineSpeed[] machines = BenchComparison.collect(files, byCase);
        List<Case> cases = new ArrayList<>();
        byCase.values().forEach(rows -> {
            double[] rates = rows.stream().mapToDouble(BenchComparison.Row::rate).toArray();
            cases.add(new Case(rows.get(0).name(), rows.get(0).batch(), rates.length, BenchComparison.median(rates),
                    Arrays.stream(rates).min().orElseThrow(), Arrays.stream(rates).max().orElseThrow(), overSmallestBatch(rows, byCase)));
        });
        return new BenchSummary(cases, machines);
    }

    /** {@code rows}' ratios to the same runs' rows of their network at its smallest batch in any run; null where there are none. */
    private static BatchRatio overSmallestBatch(List<BenchComparison.Row> rows, Map<String, List<BenchComparison.Row>> byCase) {
        String name = rows.get(0).name();
        List<BenchComparison.Row> sameName = byCase.values().stream().flatMap(List::stream).filter(r -> r.name().equals(name)).toList();
        int smallest = sameName.stream().mapToInt(BenchComparison.Row::batch).min().orElseThrow();
        if (rows.get(0).batch() == smallest) {
            return null;
        }
        Map<Integer, Double> smallestByRun = new HashMap<>();
        sameName.stream().filter(r -> r.batch() == smallest).forEach(r -> smallestByRun.put(r.run(), r.rate()));
        double[] ratios = rows.stream().filter(r -> smallestByRun.containsKey(r.run())).mapToDouble(r -> r.rate() / smallestByRun.get(r.run()))
                .toArray();
        if (ratios.length == 0) {
            return null;
        }
        return new BatchRatio(smallest, ratios.length, BenchComparison.median(ratios), Arrays.stream(ratios).min().orElseThrow(),
                Arrays.stream(ratios).max().orElseThrow(), (int) Arrays.stream(ratios).filter(r -> r < 1).count());
    }

    /** A machine figure over the runs that recorded it: lowest, median, highest; NaNs where none did. */
    public double[] range(ToDoubleFunction<MachineSpeed> figure) {
        double[] known = Arrays.stream(machines).mapToDouble(figure).filter(Double::isFinite).toArray();
        if (known.length == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        return new double[] {Arrays.stream(known).min().orElseThrow(), BenchComparison.median(known), Arrays.stream(known).max().orElseThrow()};
    }
}
