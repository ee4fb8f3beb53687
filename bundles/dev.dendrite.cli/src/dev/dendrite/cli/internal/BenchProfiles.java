package dev.dendrite.cli.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dendrite.cli.CommandContext;
import dev.dendrite.train.bench.Benchmark;
import dev.dendrite.train.bench.BenchmarkCase;
import dev.dendrite.train.bench.OperatorProfile;

/** {@code dendrite bench --profile}: per-operator-type time of the selected cases, from ONNX Runtime's profiler. */
final class BenchProfiles {

    private static final int TOP = 12;

    private BenchProfiles() {
    }

    static int run(CommandContext context, Benchmark benchmark, List<BenchmarkCase> cases, Path dir, int steps) throws Exception {
        List<Object> profiles = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (BenchmarkCase c : cases) {
            context.err().println("profiling " + c.name() + " at batch " + c.batch() + " (" + steps + " runs after "
                    + Benchmark.PROFILE_WARM_UP_RUNS + " warm-up runs)...");
            OperatorProfile profile = benchmark.profile(c, dir, steps);
            double unprofiled = benchmark.unprofiledMilliseconds(c);
            int runs = Math.max(1, profile.runs());
            int[] ranAs = benchmark.ranAs(c);
            boolean replicated = ranAs[0] > 1 || ranAs[1] > 1;
            double profiledWall = profile.runMicroseconds() / 1000.0 / runs;
            text.append(String.format(Locale.ROOT, "%s, batch %d: %.2f ms of kernels per run of %.2f ms, %.0f nodes per run (%d runs after %d "
                    + "warm-up runs; the profiler adds microseconds to every node)%n", c.name(), c.batch(), profile.totalMicroseconds() / 1000.0 / runs,
                    profiledWall, profile.nodesPerRun(), runs, profile.warmUpRuns()));
            text.append(String.format(Locale.ROOT, "  unprofiled: %.2f ms per run; the profiled runs took %.1f times that%s%n", unprofiled,
                    profiledWall / unprofiled, profiledWall > 1.5 * unprofiled
                            ? ": the profile overstates operators on small tensors, and any the profiler inflates"
                            : ""));
            if (replicated) {
                text.append(String.format(Locale.ROOT, "  as the trainer runs it: %d replica(s) taking %d slices, %s; a run is a step, "
                        + "its kernels summed over the sessions (side by side, so they can exceed the step's wall time)%n", ranAs[0], ranAs[1],
                        ranAs[2] == 1 ? "stage by stage" : "then the update"));
            }
            List<Object> operators = new ArrayList<>();
            StringBuilder csv = new StringBuilder("opType,msPerRun,share,callsPerRun\n");
            for (OperatorProfile.Entry e : profile.operators()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("opType", e.opType());
                row.put("msPerRun", e.millisecondsPerRun(runs));
                row.put("share", e.share());
                row.put("callsPerRun", e.calls() / (double) runs);
                operators.add(row);
                csv.append(String.format(Locale.ROOT, "%s,%.4f,%.4f,%.1f%n", e.opType(), e.millisecondsPerRun(runs), e.share(),
                        e.calls() / (double) runs));
            }
            profile.operators().stream().limit(TOP).forEach(e -> text.append(String.format(Locale.ROOT, "  %-22s %8.3f ms %5.1f%% %6.1f calls%n",
                    e.opType(), e.millisecondsPerRun(runs), 100 * e.share(), e.calls() / (double) runs)));
            Path csvFile = dir.resolve(c.name().replaceAll("[^A-Za-z0-9.-]+", "-") + "-b" + c.batch() + ".csv");
            Files.writeString(csvFile, csv, StandardCharsets.UTF_8);
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", c.name());
            entry.put("batch", c.batch());
            entry.put("runs", runs);
            entry.put("warmUpRuns", profile.warmUpRuns());
            entry.put("msPerRun", profile.totalMicroseconds() / 1000.0 / runs);
            entry.put("wallMsPerRun", profiledWall);
            entry.put("unprofiledMsPerRun", unprofiled);
            entry.put("nodesPerRun", profile.nodesPerRun());
            entry.put("replicas", ranAs[0]);
            entry.put("slices", ranAs[1]);
            entry.put("staged", ranAs[2] == 1);
            entry.put("csv", csvFile.toString());
            entry.put("operators", operators);
            profiles.add(entry);
        }
        context.print(Map.of("profiles", profiles, "directory", dir.toString()), text.toString().stripTrailing());
        return 0;
    }
}
