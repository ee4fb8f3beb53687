package dev.dendrite.train.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Several saved {@code dendrite bench --json} runs of one build, case by case: the median of the
 * runs' figures with the slowest and the fastest run. On a shared VM one build's runs minutes apart
 * differ by up to 1.8× (LeNet-5 at batch 256: 13.7k and 24.0k samples/s on 2026-12-01), so a table
 * worth quoting is a median over many runs, and the range says how far to trust it.
 *
 * @param cases    every case any run timed, in the first run's order, each with the runs that timed it
 * @param machines each run's machine figures (NaN where a run predates a figure)
 * @param overCase with {@link #read(List, String)}'s {@code over}: every other case's in-run ratio to
 *                 that case at the same batch, where any run timed both (else empty)
 */
public record BenchSummary(List<Case> cases, MachineSpeed[] machines, List<Paired> overCase) {

    /**
     * One case over the runs that timed it: their median figure, the slowest and the fastest, and
     * its in-run ratio to the same network's smallest batch (null at that batch, or where no run
     * timed both).
     */
    public record Case(String name, int batch, int runs, double median, double slowest, double fastest, InRunRatio overSmallestBatch) {
    }

    /**
     * A case's samples/s over the same run's samples/s of case {@code over} at {@code overBatch},
     * over the runs that timed both: steadier than the medians, as both sides of each ratio saw the
     * same phases of the machine. Below 1 the case was the slower of the two.
     */
    public record InRunRatio(String over, int overBatch, int runs, double median, double lowest, double highest, int runsBelowOne) {
    }

    /** A case's in-run ratio to another case at the same batch. */
    public record Paired(String name, int batch, InRunRatio ratio) {
    }

    /**
     * Reads the runs.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it, as {@link BenchComparison#read} does
     */
    public static BenchSummary read(List<Path> files) {
        return read(files, null);
    }

    /**
     * Reads the runs, and with {@code over} (a case's name; null: none) every other case's in-run
     * ratio to it at the same batch.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it, or an {@code over} no run timed
     */
    public static BenchSummary read(List<Path> files, String over) {
        Map<String, List<BenchComparison.Row>> byCase = new LinkedHashMap<>();
        MachineSpeed[] machines = BenchComparison.collect(files, byCase).machines();
        List<BenchComparison.Row> all = byCase.values().stream().flatMap(List::stream).toList();
        Map<String, Integer> smallestBatch = all.stream().collect(Collectors.toMap(BenchComparison.Row::name, BenchComparison.Row::batch, Math::min));
        List<Case> cases = new ArrayList<>();
        byCase.values().forEach(rows -> {
            double[] rates = rows.stream().mapToDouble(BenchComparison.Row::rate).toArray();
            String name = rows.get(0).name();
            int smallest = smallestBatch.get(name);
            cases.add(new Case(name, rows.get(0).batch(), rates.length, BenchComparison.median(rates), Arrays.stream(rates).min().orElseThrow(),
                    Arrays.stream(rates).max().orElseThrow(), rows.get(0).batch() == smallest ? null : ratio(rows, all, name, smallest)));
        });
        List<Paired> overCase = new ArrayList<>();
        if (over != null) {
            if (all.stream().noneMatch(r -> r.name().equals(over))) {
                throw new IllegalArgumentException("no run timed a case named '" + over + "' (the cases: "
                        + String.join(", ", all.stream().map(BenchComparison.Row::name).distinct().toList()) + ")");
            }
            byCase.values().stream().filter(rows -> !rows.get(0).name().equals(over)).forEach(rows -> {
                InRunRatio ratio = ratio(rows, all, over, rows.get(0).batch());
                if (ratio != null) {
                    overCase.add(new Paired(rows.get(0).name(), rows.get(0).batch(), ratio));
                }
            });
        }
        return new BenchSummary(cases, machines, overCase);
    }

    /** {@code rows}' ratios to the same runs' rows of case {@code over} at {@code overBatch}; null where no run timed both. */
    private static InRunRatio ratio(List<BenchComparison.Row> rows, List<BenchComparison.Row> all, String over, int overBatch) {
        Map<Integer, Double> overByRun = new HashMap<>();
        all.stream().filter(r -> r.name().equals(over) && r.batch() == overBatch).forEach(r -> overByRun.put(r.run(), r.rate()));
        double[] ratios = rows.stream().filter(r -> overByRun.containsKey(r.run())).mapToDouble(r -> r.rate() / overByRun.get(r.run())).toArray();
        if (ratios.length == 0) {
            return null;
        }
        return new InRunRatio(over, overBatch, ratios.length, BenchComparison.median(ratios), Arrays.stream(ratios).min().orElseThrow(),
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
