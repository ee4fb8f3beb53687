package dev.dendrite.train.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.dendrite.train.run.RunJson;

/**
 * Two sets of {@code dendrite bench --json} results side by side: per case, each side's median
 * over its runs and the range of every window it timed, and whether the sides can be told apart.
 * On a small shared machine the same build reads 10–30% apart from one run to the next, so a
 * difference counts only where the two sides' ranges do not overlap. The machine's figures each run
 * recorded (peak, memory bandwidth, time per small operator) say whether the machine itself changed
 * speed between the sides.
 *
 * @param cases    every case both sides timed, in the first side's order
 * @param onlyOne  cases only one side timed ("name, batch B (before|after only)")
 * @param machines each run's machine figures, per side (NaN where a run predates a figure)
 * @param hugePages per side, each run's {@code conditions.mallocHugePages} (null where a run predates it)
 * @param processors per side, each run's {@code conditions.cpu} (null where not recorded)
 * @param denormals per side, each run's {@code conditions.denormals} (null where a run predates it)
 */
public record BenchComparison(List<Case> cases, List<String> onlyOne, List<MachineSpeed[]> machines, List<Boolean[]> hugePages,
        List<String[]> processors, List<String[]> denormals) {

    /** Sides' machine figures further apart than this (of the smaller) mean the machine changed speed, not only the build. */
    public static final double MACHINE_CHANGE = 0.10;

    /** What the two sides' ranges say. */
    public enum Verdict {
        FASTER("faster"), SLOWER("slower"), NOT_TOLD_APART("not told apart");

        private final String text;

        Verdict(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /**
     * One case: each side's median samples/s over its runs, and the lowest and highest window it timed.
     */
    public record Case(String name, int batch, double before, double after, double[] beforeRange, double[] afterRange) {

        /** After over before. */
        public double ratio() {
            return after / before;
        }

        /** Faster or slower only where the ranges do not overlap. */
        public Verdict verdict() {
            if (afterRange[0] > beforeRange[1]) {
                return Verdict.FASTER;
            }
            return afterRange[1] < beforeRange[0] ? Verdict.SLOWER : Verdict.NOT_TOLD_APART;
        }
    }

    /** The median of each side's figure over the runs that recorded it (NaN where none did). */
    public double[] medians(java.util.function.ToDoubleFunction<MachineSpeed> figure) {
        double[] m = new double[2];
        for (int side = 0; side < 2; side++) {
            double[] known = Arrays.stream(machines.get(side)).mapToDouble(figure).filter(Double::isFinite).toArray();
            m[side] = known.length == 0 ? Double.NaN : median(known);
        }
        return m;
    }

    /**
     * Each machine figure that moved by more than {@link #MACHINE_CHANGE} between the sides' medians,
     * as a sentence: the peak, the memory bandwidth, the time per small operator, the core balance. Figures one side
     * did not record are left out.
     */
    public List<String> machineChanges() {
        List<String> changes = new ArrayList<>();
        change(changes, medians(MachineSpeed::peakGflops), "measured peak", "%.1f", "GFLOP/s");
        change(changes, medians(MachineSpeed::bandwidthGBps), "memory bandwidth", "%.1f", "GB/s");
        change(changes, medians(MachineSpeed::microsecondsPerOperator), "time per small operator", "%.2f", "µs");
        change(changes, medians(MachineSpeed::coreBalance), "core balance (slowest core over fastest)", "%.2f", "");
        return changes;
    }

    /**
     * Where the sides' runs asked for huge pages in different shares ({@code conditions.mallocHugePages}; runs that predate
     * it left out), a sentence saying so: large tensors run faster on them, whatever the build.
     */
    public java.util.Optional<String> hugePagesChange() {
        long[] asked = new long[2];
        long[] known = new long[2];
        for (int side = 0; side < 2; side++) {
            for (Boolean run : hugePages.get(side)) {
                known[side] += run == null ? 0 : 1;
                asked[side] += Boolean.TRUE.equals(run) ? 1 : 0;
            }
        }
        if (known[0] > 0 && known[1] > 0 && asked[0] * known[1] != asked[1] * known[0]) {
            return java.util.Optional.of(String.format(java.util.Locale.ROOT, "malloc asked for huge pages in %d of %d runs before and %d of %d"
                    + " after: large tensors run faster on them, so differences may be the huge pages', not the build's", asked[0], known[0],
                    asked[1], known[1]));
        }
        return java.util.Optional.empty();
    }

    /**
     * Where the sides ran on different processors, or treated denormal floats differently, a sentence for
     * each: a core of another make or a flushed denormal moves whole cases (Adam on a Xeon: 15 times).
     */
    public List<String> conditionChanges() {
        List<String> changes = new ArrayList<>();
        differing(processors).ifPresent(sides -> changes.add("the sides ran on different processors (" + sides[0] + " before, " + sides[1]
                + " after): differences may be the processors', not the build's"));
        differing(denormals).ifPresent(sides -> changes.add("denormal floats were " + sides[0] + " before and " + sides[1]
                + " after: on some cores they cost a hundred times other floats, so differences may be theirs, not the build's"));
        return changes;
    }

    /** Each side's recorded values joined, where both sides recorded some and they differ. */
    private static java.util.Optional<String[]> differing(List<String[]> recorded) {
        String[] sides = new String[2];
        for (int side = 0; side < 2; side++) {
            sides[side] = String.join(", ", java.util.Arrays.stream(recorded.get(side)).filter(java.util.Objects::nonNull).distinct().sorted().toList());
        }
        return sides[0].isEmpty() || sides[1].isEmpty() || sides[0].equals(sides[1]) ? java.util.Optional.empty() : java.util.Optional.of(sides);
    }

    private static void change(List<String> changes, double[] m, String what, String format, String unit) {
        if (Double.isFinite(m[0]) && Double.isFinite(m[1]) && Math.abs(m[1] - m[0]) > MACHINE_CHANGE * Math.min(m[0], m[1])) {
            changes.add(String.format(java.util.Locale.ROOT, "the machine's %s moved from " + format + " to " + format + "%s between the sides",
                    what, m[0], m[1], unit.isEmpty() ? "" : " " + unit));
        }
    }

    /**
     * Reads both sides.
     *
     * @throws IllegalArgumentException naming the file and what is wrong with it (missing, unreadable,
     *                                  not JSON, not bench results)
     */
    public static BenchComparison read(List<Path> before, List<Path> after) {
        Map<String, List<Row>> first = new LinkedHashMap<>();
        Map<String, List<Row>> second = new LinkedHashMap<>();
        Runs firstRuns = collect(before, first);
        Runs secondRuns = collect(after, second);
        List<Case> cases = new ArrayList<>();
        List<String> onlyOne = new ArrayList<>();
        first.forEach((key, rows) -> {
            List<Row> others = second.get(key);
            if (others == null) {
                onlyOne.add(key + " (before only)");
                return;
            }
            Row any = rows.get(0);
            cases.add(new Case(any.name(), any.batch(), medianRate(rows), medianRate(others), range(rows), range(others)));
        });
        second.keySet().stream().filter(key -> !first.containsKey(key)).forEach(key -> onlyOne.add(key + " (after only)"));
        return new BenchComparison(cases, onlyOne, List.of(firstRuns.machines(), secondRuns.machines()),
                List.of(firstRuns.hugePages(), secondRuns.hugePages()), List.of(firstRuns.processors(), secondRuns.processors()),
                List.of(firstRuns.denormals(), secondRuns.denormals()));
    }

    /**
     * What each file of one side recorded about its machine: its figures, whether malloc asked for huge pages, its processor
     * and its denormals (null: not recorded).
     */
    record Runs(MachineSpeed[] machines, Boolean[] hugePages, String[] processors, String[] denormals) {
    }

    /** Adds each file's timed cases to {@code byCase} ("name, batch B"); returns the files' machine records. */
    static Runs collect(List<Path> files, Map<String, List<Row>> byCase) {
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no result files on one side");
        }
        MachineSpeed[] machines = new MachineSpeed[files.size()];
        Boolean[] hugePages = new Boolean[files.size()];
        String[] processors = new String[files.size()];
        String[] denormals = new String[files.size()];
        for (int f = 0; f < files.size(); f++) {
            Path file = files.get(f);
            JsonObject root = parse(file);
            if (!(root.get("results") instanceof JsonArray results) || !(root.get("peakGflops") instanceof JsonElement peak)
                    || !peak.isJsonPrimitive()) {
                throw new IllegalArgumentException(file + " is not the output of dendrite bench --json (no \"results\" list and "
                        + "\"peakGflops\"; a --profile or --health output cannot be compared)");
            }
            machines[f] = new MachineSpeed(number(file, root, "peakGflops"), optional(file, root, "bandwidthGBps"),
                    optional(file, root, "microsecondsPerOperator"), optional(file, root, "coreBalance"));
            if (root.get("conditions") instanceof JsonObject conditions && conditions.get("mallocHugePages") instanceof JsonElement asked
                    && asked.isJsonPrimitive() && asked.getAsJsonPrimitive().isBoolean()) {
                hugePages[f] = asked.getAsBoolean();
            }
            processors[f] = conditionText(root, "cpu");
            denormals[f] = conditionText(root, "denormals");
            for (int i = 0; i < results.size(); i++) {
                Row row = row(file, f, i, results.get(i));
                if (row != null) {
                    byCase.computeIfAbsent(row.name() + ", batch " + row.batch(), k -> new ArrayList<>()).add(row);
                }
            }
        }
        return new Runs(machines, hugePages, processors, denormals);
    }

    private static String conditionText(JsonObject root, String key) {
        return root.get("conditions") instanceof JsonObject conditions && conditions.get(key) instanceof JsonElement value && value.isJsonPrimitive()
                ? value.getAsString() : null;
    }

    private static double number(Path file, JsonObject root, String key) {
        try {
            return root.get(key).getAsDouble();
        } catch (NumberFormatException | UnsupportedOperationException | IllegalStateException e) {
            throw new IllegalArgumentException(file + ": " + key + " is not a number");
        }
    }

    /** A figure that runs before it was recorded lack: NaN where absent. */
    private static double optional(Path file, JsonObject root, String key) {
        return root.has(key) && !root.get(key).isJsonNull() ? number(file, root, key) : Double.NaN;
    }

    /** One timed case of one run: its figure, its windows (the figure alone where it has none) and the run's position in the files read. */
    record Row(String name, int batch, double rate, double[] windows, int run) {
    }

    /** The row of result {@code i}, or null for a timing that is not a throughput (the editor layout's). */
    private static Row row(Path file, int run, int i, JsonElement element) {
        String wrong = file + ": result " + (i + 1) + " ";
        if (!(element instanceof JsonObject row)) {
            throw new IllegalArgumentException(wrong + "is not a JSON object");
        }
        if (row.has("milliseconds") && !row.has("samplesPerSecond")) {
            return null;
        }
        try {
            double rate = row.get("samplesPerSecond").getAsDouble();
            double[] windows = row.get("windowSamplesPerSecond") instanceof JsonArray array && !array.isEmpty()
                    ? java.util.stream.IntStream.range(0, array.size()).mapToDouble(w -> array.get(w).getAsDouble()).toArray()
                    : new double[] {rate};
            if (!(rate > 0) || Arrays.stream(windows).anyMatch(w -> !(w > 0))) {
                throw new IllegalArgumentException(wrong + "has a samples/s that is not positive");
            }
            return new Row(row.get("name").getAsString(), row.get("batch").getAsInt(), rate, windows, run);
        } catch (NullPointerException | IllegalStateException | UnsupportedOperationException | NumberFormatException e) {
            throw new IllegalArgumentException(wrong + "lacks a name, a batch or samplesPerSecond as a number");
        }
    }

    private static JsonObject parse(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + " does not exist");
        } catch (IOException e) {
            throw new IllegalArgumentException(file + " cannot be read: " + e.getMessage());
        }
        try {
            return RunJson.parse(text);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException(file + " is not readable JSON: " + RunJson.problem(e));
        }
    }

    private static double medianRate(List<Row> rows) {
        return median(rows.stream().mapToDouble(Row::rate).toArray());
    }

    /** The lowest and highest window of the runs. */
    private static double[] range(List<Row> rows) {
        double[] all = rows.stream().flatMapToDouble(r -> Arrays.stream(r.windows())).toArray();
        return new double[] {Arrays.stream(all).min().orElseThrow(), Arrays.stream(all).max().orElseThrow()};
    }

    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
