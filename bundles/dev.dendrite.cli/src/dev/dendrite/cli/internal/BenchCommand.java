package dev.dendrite.cli.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Cli;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.runtime.Device;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.bench.BenchConditions;
import dev.dendrite.train.bench.Benchmark;
import dev.dendrite.train.bench.BenchmarkCase;
import dev.dendrite.train.bench.BenchmarkResult;
import dev.dendrite.train.bench.MachineSpeed;
import dev.dendrite.train.run.Cancellation;

/** {@code dendrite bench}: train-step and inference throughput of standard networks on this machine. */
public final class BenchCommand implements Command {

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "measure training and inference throughput (samples/s, ms/step, GFLOP/s, share of peak)";
    }

    @Override
    public String usage() {
        return "Usage: dendrite bench [--device cpu|cuda] [--threads N] [--seconds S] [--only NAME] [--batch B] [--rounds N]\n"
                + "                      [--replicas N] [--session-options SPEC] [--profile [--profile-dir DIR] [--steps N]] [--health [--health-every N]]\n"
                + "                      [--without STEP] [--json]\n"
                + "       dendrite bench --compare BEFORE.json[,MORE.json...] AFTER.json[,MORE.json...] [--json]\n"
                + "       dendrite bench --summary RUN.json... [--only NAME] [--batch B] [--over CASE] [--json]\n"
                + "--rounds times the selected cases together, to compare them under the same conditions: every case's session\n"
                + "stays open and each of N rounds times one window of S seconds of every case, in an order rotated each round;\n"
                + "each case reports the median of its windows (without it, each case times three windows on its own).\n"
                + "Every window starts with one step it does not time: the first step after another case's window runs with that\n"
                + "case's memory in the caches (up to 1.9 times a step for a staged step), which training, step after step, does not.\n"
                + "Each round also measures the MatMul peak (JSON roundPeaksGflops), and the cases' shares of the peak are of\n"
                + "the rounds' median peak, which saw the same phases of the machine as the cases.\n"
                + "Each case also reports its windows' spread, (fastest - slowest) / median (JSON: \"spread\" and every window's\n"
                + "\"windowSamplesPerSecond\"): differences between two runs smaller than their spread are noise.\n"
                + "--replicas N times training steps run as N replicas (1: whole), as train --replicas does; by default\n"
                + "as the trainer chooses (convolutional and recurrent networks: one per core while each keeps 32 samples;\n"
                + "dense ones whole; batch-normalised convolutional ones from 64 samples per core in stages, slices of 16);\n"
                + "each training case reports the replicas it ran as (JSON: \"replicas\" per result, \"staged\" for stages,\n"
                + "and the count asked for at the top, 0 when the trainer chooses); --profile profiles the step the same way.\n"
                + "--session-options times the cases with ONNX Runtime session options other than Dendrite's defaults, to measure\n"
                + "them: 'level=none|basic|extended|all;arena=0|1;mempattern=0|1;mode=sequential|parallel;inter=N;KEY=VALUE' (any session\n"
                + "configuration entry); blockedconv=0 runs every convolution as a plain Conv (by default CPU sessions run those with fed\n"
                + "kernels and channels in whole blocks in ONNX Runtime's blocked NCHWc kernels); pinned=0 has a replicated step's\n"
                + "sessions write their outputs into new tensors every run (by default into tensors the step keeps).\n"
                + "--without STEP times each training case's step without the train-step pipeline's step STEP (e.g. convolution-patches,\n"
                + "pool-before-relu; blocked-convolutions: every convolution a plain Conv in the CPU sessions; pinned-outputs: a\n"
                + "replicated step's outputs in new tensors every run) against the standard\n"
                + "step, both open in one process, in --rounds pairs of windows (default 10)\n"
                + "whose order alternates, and prints both medians, the median of the pairs' ratios (with over without), their range\n"
                + "and the pairs faster with the step (JSON results: withoutSamplesPerSecond, withSamplesPerSecond, ratio, lowest,\n"
                + "highest, fasterWith, pairs): on a VM whose speed changes for minutes at a time, separate runs cannot tell builds apart.\n"
                + "--health times each training case's step with and without the activation statistics of --health-every and\n"
                + "prints their cost at that interval (default " + TrainCommand.DEFAULT_HEALTH_EVERY + " steps).\n"
                + "--profile runs each selected case under ONNX Runtime's profiler instead of timing it, prints the operator\n"
                + "types that take the time and writes the trace (Chrome trace JSON) and a CSV per case to DIR (default bench-profile).\n"
                + "Its times cover --steps runs (default 50) after " + Benchmark.PROFILE_WARM_UP_RUNS + " warm-up runs, whose first allocations"
                + " and page faults the trace keeps but the times leave out.\n"
                + "It prints the kernels' time per run beside the run's own time and the nodes per run (JSON: msPerRun, wallMsPerRun,\n"
                + "nodesPerRun) and the same step's time without the profiler (unprofiledMsPerRun): the profiler adds microseconds\n"
                + "to every node, so operators on small tensors read high.\n"
                + "A step run as replicas is profiled as it runs: a run is a step, its kernels those of every replica's slices and\n"
                + "the update, summed (the replicas run side by side, so the sum can exceed the step's wall time), one trace per\n"
                + "session (JSON: replicas, slices); --replicas 1 profiles the whole step in one session.\n"
                + "--compare reads saved bench --json results, each side one run or several joined by commas, and prints per case\n"
                + "each side's median samples/s, the ratio, the range of every window timed, and a verdict: faster or slower only\n"
                + "where the two ranges do not overlap, else 'not told apart'. It warns when a machine figure (below) differs by more\n"
                + "than 10% between the sides (the machine changed speed) or the sides' runs differ in asking for huge pages,\n"
                + "and names the cases timed on one side only.\n"
                + "--summary reads saved bench --json runs of one build and prints per case the median of the runs' samples/s,\n"
                + "the slowest and the fastest run (JSON cases: runs, median, slowest, fastest), each batch's in-run ratio to\n"
                + "the network's smallest batch over the runs that timed both (JSON overSmallestBatch: over, overBatch, runs,\n"
                + "median, lowest, highest, runsBelowOne; null at the smallest batch), and each machine figure's range: on a shared\n"
                + "VM one run proves little, a median over many runs with its range does, and a ratio within runs is steadier still.\n"
                + "--over CASE adds every other case's in-run ratio to CASE (a case's full name, e.g. 'lenet-5 adam') at the same\n"
                + "batch (JSON overCase: name, batch, ratio).\n"
                + "Run it alone: other busy processes slow ONNX Runtime's spinning threads by 10× on small machines. Each timing\n"
                + "run records its conditions (processor, cores, threads, versions, huge pages, start time, and the share of the machine busy\n"
                + "in the half second before it began: JSON \"conditions\") and warns when that share is above 25%. It first measures\n"
                + "the machine four ways, which move independently on a shared VM: the peak of a 1024³ MatMul (JSON peakGflops),\n"
                + "the memory bandwidth of scaling 64 MB (bandwidthGBps), the time per node of a chain of small additions\n"
                + "(microsecondsPerOperator) and the core balance: one single-threaded MatMul per core side by side, the slowest\n"
                + "one's speed over the fastest one's (coreBalance; 1 is even). Replicated steps wait for their slowest core, so a\n"
                + "low balance slows them; with --rounds it is measured in every round too (roundCoreBalances).\n"
                + "Ctrl+C or SIGTERM ends the bench at its next step, its sessions closed, with one line saying so and no results (the exit code the signal gives: 130 or 143).";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        // Ctrl+C or SIGTERM ends the bench between steps, its sessions closed: ending the JVM while
        // ONNX Runtime runs a step crashes it (a JVM fatal error log in the working directory).
        Cancellation cancellation = new Cancellation();
        try (SignalStop stop = SignalStop.install(cancellation)) {
            try {
                return bench(context, args, cancellation);
            } catch (Benchmark.Stopped e) {
                // Reported before the stop is released: the JVM ends as soon as it is.
                int code = Cli.failed(context, "bench", "bench " + e.getMessage() + " before it finished; no results");
                context.out().flush();
                context.err().flush();
                return code;
            }
        }
    }

    private int bench(CommandContext context, List<String> args, Cancellation cancellation) throws Exception {
        Arguments a = Arguments.parse(args, Map.ofEntries(Map.entry("--device", "device"), Map.entry("--threads", "threads"),
                Map.entry("--seconds", "seconds"), Map.entry("--only", "only"), Map.entry("--batch", "batch"), Map.entry("--profile-dir",
                "profile-dir"), Map.entry("--steps", "steps"), Map.entry("--health-every", "health-every"), Map.entry("--session-options",
                "session-options"), Map.entry("--rounds", "rounds"), Map.entry("--replicas", "replicas"), Map.entry("--over", "over"),
                Map.entry("--without", "without")), Set.of("--profile", "--health", "--compare", "--summary"));
        if (a.flag("summary")) {
            return BenchSummarize.run(context, a.positionals(), a.option("only"),
                    a.option("batch") == null ? null : parsePositive(a.option("batch"), "--batch"), a.option("over"));
        }
        if (a.flag("compare")) {
            return BenchCompare.run(context, a.positionals(), a.option("only"),
                    a.option("batch") == null ? null : parsePositive(a.option("batch"), "--batch"));
        }
        Integer batchOnly = a.option("batch") == null ? null : parsePositive(a.option("batch"), "--batch");
        Integer rounds = a.option("rounds") == null ? null : parsePositive(a.option("rounds"), "--rounds");
        int replicas = a.option("replicas") == null ? 0 : parsePositive(a.option("replicas"), "--replicas");
        if (a.option("without") != null && (a.flag("profile") || a.flag("health"))) {
            throw new UsageException("--without times two train steps side by side; it does not combine with --" + (a.flag("profile") ? "profile"
                    : "health"));
        }
        if (rounds != null && (a.flag("profile") || a.flag("health"))) {
            throw new UsageException("--rounds times the cases together; it does not combine with --" + (a.flag("profile") ? "profile" : "health"));
        }
        List<BenchmarkCase> cases = selected(a.option("only"), batchOnly);
        RuntimeSettings settings = RuntimeSettings.forTrainer();
        try {
            if (a.option("device") != null) {
                settings = settings.withDevice(Device.parse(a.option("device")));
            }
            if (a.option("threads") != null) {
                settings = settings.withThreads(Integer.parseInt(a.option("threads")), 0);
            }
            if (a.option("session-options") != null) {
                settings = settings.withSessionOptions(a.option("session-options"));
            }
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        double seconds = a.option("seconds") == null ? 1.0 : Double.parseDouble(a.option("seconds"));
        Benchmark benchmark = new Benchmark(settings, seconds, line -> context.err().println(line)).withReplicas(replicas).withStop(cancellation);
        if (a.flag("profile")) {
            int steps = a.option("steps") == null ? 50 : parsePositive(a.option("steps"), "--steps");
            java.nio.file.Path dir = java.nio.file.Path.of(a.option("profile-dir") == null ? "bench-profile" : a.option("profile-dir"));
            return BenchProfiles.run(context, benchmark, cases, dir, steps);
        }
        if (a.option("without") != null) {
            return BenchWithout.run(context, benchmark, cases, a.option("without"), rounds == null ? BenchWithout.DEFAULT_PAIRS : rounds);
        }
        if (a.flag("health")) {
            int every = a.option("health-every") == null ? TrainCommand.DEFAULT_HEALTH_EVERY : parsePositive(a.option("health-every"),
                    "--health-every");
            return health(context, benchmark, cases, every);
        }
        BenchConditions conditions = BenchConditions.measure(settings.intraOpThreads(), dev.dendrite.runtime.OnnxRuntime.info().version(),
                CONDITIONS_WINDOW_MS, settings.sessionOptions());
        if (conditions.busy()) {
            context.err().println(String.format(Locale.ROOT, "warning: the machine was %.0f%% busy just before the bench began. ONNX Runtime's "
                    + "spinning threads run up to 10× slower beside other busy processes: run it alone, or these numbers read low.",
                    100 * conditions.busyShareBefore()));
        }
        MachineSpeed machine = MachineSpeed.measure(settings);
        double peak = machine.peakGflops();
        context.err().println(String.format(Locale.ROOT, "measured peak: %.1f GFLOP/s (1024³ float MatMul); memory %.1f GB/s (64 MB scaled); "
                + "%.2f µs per small operator; cores side by side at %.2f of the fastest", peak, machine.bandwidthGBps(),
                machine.microsecondsPerOperator(), machine.coreBalance()));
        List<Object> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s%npeak %.1f GFLOP/s, memory %.1f GB/s, %.2f µs per small operator, "
                + "core balance %.2f%n", describe(conditions), peak, machine.bandwidthGBps(), machine.microsecondsPerOperator(),
                machine.coreBalance()));
        Map<String, String> sessionOptions = dev.dendrite.runtime.SessionTuning.parse(settings.sessionOptions());
        if (!sessionOptions.isEmpty()) {
            text.append("session options: ").append(sessionOptions).append('\n');
        }
        List<BenchmarkResult> results = new ArrayList<>();
        List<Double> roundPeaks = List.of();
        List<Double> roundBalances = List.of();
        if (rounds != null) {
            results.addAll(benchmark.runInterleaved(cases, rounds));
            roundPeaks = benchmark.roundPeaks();
            roundBalances = benchmark.roundCoreBalances();
            text.append(String.format(Locale.ROOT, "peak in the rounds %s GFLOP/s: shares of the peak are of their median%n", joined(roundPeaks, "%.1f")));
            text.append(String.format(Locale.ROOT, "core balance in the rounds %s%n", joined(roundBalances, "%.2f")));
        } else {
            for (BenchmarkCase c : cases) {
                results.add(benchmark.run(c, peak));
            }
        }
        for (BenchmarkResult r : results) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", r.name());
            row.put("batch", r.batch());
            row.put("samplesPerSecond", r.samplesPerSecond());
            row.put("msPerStep", r.millisecondsPerStep());
            row.put("gflops", r.gflops());
            row.put("shareOfPeak", r.shareOfPeak());
            row.put("heapGrowthKilobytes", r.heapGrowthKilobytes());
            row.put("replicas", r.replicas());
            row.put("threads", r.threads());
            row.put("windowSamplesPerSecond", r.windowSamplesPerSecond());
            row.put("spread", r.spread());
            row.put("slices", r.slices());
            row.put("staged", r.staged());
            rows.add(row);
            text.append(String.format(Locale.ROOT, "%-30s %5d %12.0f samples/s %8.2f ms/step %7.1f GFLOP/s %5.1f%%  spread %4.1f%%%s%n", r.name(),
                    r.batch(), r.samplesPerSecond(), r.millisecondsPerStep(), r.gflops(), 100 * r.shareOfPeak(), 100 * r.spread(),
                    r.replicas() > 1 ? "  " + r.replicas() + " replicas of " + threads(r.threads())
                            + (r.slices() > r.replicas() ? ", " + r.slices() + " slices" : "") + (r.staged() ? " in stages" : "")
                            : "  " + threads(r.threads())));
        }
        if (layoutSelected(a.option("only"))) {
            var network = LayoutBenchmark.residualStack(500);
            double layoutMs = LayoutBenchmark.medianMilliseconds(network);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", "layout of " + network.getLayers().size() + " layers (ELK layered)");
            row.put("milliseconds", layoutMs);
            rows.add(row);
            text.append(String.format(Locale.ROOT, "%-30s %5d layers %8.1f ms%n", "layout (ELK layered)", network.getLayers().size(), layoutMs));
            context.err().println(String.format(Locale.ROOT, "layout of %d layers: %.1f ms (median of 5)", network.getLayers().size(), layoutMs));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("peakGflops", peak);
        json.put("roundPeaksGflops", roundPeaks);
        json.put("bandwidthGBps", machine.bandwidthGBps());
        json.put("microsecondsPerOperator", machine.microsecondsPerOperator());
        json.put("coreBalance", machine.coreBalance());
        json.put("roundCoreBalances", roundBalances);
        // Written as the record's components: the JSON keys are its component names.
        json.put("conditions", conditions);
        json.put("device", settings.device().id());
        json.put("sessionOptions", sessionOptions);
        json.put("rounds", rounds == null ? 0 : rounds);
        json.put("replicas", replicas);
        json.put("peakRssMegabytes", peakRssMegabytes());
        json.put("results", rows);
        text.append(String.format(Locale.ROOT, "peak resident memory %d MB", peakRssMegabytes()));
        context.print(json, text.toString());
        return 0;
    }

    /** The activation statistics' cost per case: a statistics step against a plain one, spread over the interval. */
    private static int health(CommandContext context, Benchmark benchmark, List<BenchmarkCase> cases, int every) throws Exception {
        List<Object> rows = new ArrayList<>();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-30s %5s %10s %14s %22s%n", "case", "batch", "plain ms",
                "statistics ms", "cost every " + every + " steps"));
        for (BenchmarkCase c : cases) {
            if (!c.training()) {
                continue;
            }
            double[] ms = benchmark.statisticsStepMilliseconds(c);
            double cost = (ms[1] - ms[0]) / (every * ms[0]);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", c.name());
            row.put("batch", c.batch());
            row.put("plainMsPerStep", ms[0]);
            row.put("statisticsMsPerStep", ms[1]);
            row.put("every", every);
            row.put("cost", cost);
            rows.add(row);
            text.append(String.format(Locale.ROOT, "%-30s %5d %10.2f %14.2f %21.2f%%%n", c.name(), c.batch(), ms[0], ms[1], 100 * cost));
            context.err().println(String.format(Locale.ROOT, "%s batch %d: %.2f ms plain, %.2f ms with statistics", c.name(), c.batch(),
                    ms[0], ms[1]));
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("every", every);
        json.put("results", rows);
        context.print(json, text.toString().stripTrailing());
        return 0;
    }

    private static List<BenchmarkCase> selected(String only, Integer batch) throws UsageException {
        List<BenchmarkCase> all = Benchmark.standardCases();
        List<BenchmarkCase> cases = all.stream().filter(c -> only == null || c.name().contains(only))
                .filter(c -> batch == null || c.batch() == batch).toList();
        if (cases.isEmpty() && !layoutSelected(only)) {
            // Name what exists, so a typo or a batch the case does not run at is one look away.
            Map<String, List<Integer>> batches = new LinkedHashMap<>();
            all.forEach(c -> batches.computeIfAbsent(c.name(), k -> new ArrayList<>()).add(c.batch()));
            StringBuilder known = new StringBuilder();
            batches.forEach((name, list) -> known.append("\n  ").append(name).append(" (batch ")
                    .append(list.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))).append(')'));
            known.append("\n  layout (the editor's ELK layout of a 500-layer network)");
            throw new UsageException("no bench case matches" + (only == null ? "" : " --only '" + only + "'")
                    + (batch == null ? "" : " --batch " + batch) + "; the cases are:" + known);
        }
        return cases;
    }

    /** Whether --only selects the layout benchmark, which runs beside the training cases. */
    private static boolean layoutSelected(String only) {
        return only == null || "layout".contains(only);
    }

    private static int parsePositive(String value, String option) throws UsageException {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " needs a whole number > 0, got '" + value + "'");
    }

    private static String joined(List<Double> values, String format) {
        return values.stream().map(v -> String.format(Locale.ROOT, format, v)).collect(java.util.stream.Collectors.joining(", "));
    }

    private static String threads(int count) {
        return count + (count == 1 ? " thread" : " threads");
    }

    /** How long the bench watches the machine before it starts, to tell whether it ran alone. */
    static final long CONDITIONS_WINDOW_MS = 500;

    private static String describe(BenchConditions c) {
        return String.format(Locale.ROOT, "%s, %d logical cores, %s, ONNX Runtime %s, %s, huge pages %s (%s), denormals %s, %s busy before the run, %s",
                c.cpu(), c.logicalCores(), c.intraOpThreads() > 0 ? c.intraOpThreads() + " threads"
                        : "threads as the trainer chooses (up to " + c.automaticThreads() + " per whole step)", c.onnxRuntime(),
                c.java(), c.transparentHugePages(), c.mallocHugePages() ? "malloc asks" : "malloc does not ask",
                c.denormals(), c.busyShareBefore() < 0 ? "unknown share" : String.format(Locale.ROOT, "%.0f%%", 100 * c.busyShareBefore()), c.started());
    }

    /** VmHWM from /proc (Linux); -1 elsewhere. */
    static long peakRssMegabytes() {
        try {
            for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
