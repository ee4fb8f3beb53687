package dev.dendrite.train.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import dev.dendrite.train.run.RunJson;

/**
 * Where a step's time goes, per operator type, from an ONNX Runtime profiling trace (Chrome trace
 * format: one "X" event per node run, named {@code NODE_kernel_time}, with the operator in
 * {@code args.op_name}).
 *
 * @param operators per operator type, most time first
 * @param runs how many graph runs the operators' times cover
 * @param warmUpRuns how many of the trace's first runs were left out
 * @param runMicroseconds the covered runs' own duration, end to end (kernels, the executor between
 *                        them and the profiler's own cost)
 */
public record OperatorProfile(List<Entry> operators, int runs, int warmUpRuns, long runMicroseconds) {

    /** One operator type: total kernel time (µs) over the trace, its share, node runs. */
    public record Entry(String opType, long microseconds, double share, long calls) {

        public double millisecondsPerRun(int runs) {
            return microseconds / 1000.0 / Math.max(1, runs);
        }
    }

    /** Every run of the trace. @throws IOException when the trace cannot be read or is not an ONNX Runtime trace */
    public static OperatorProfile read(Path trace) throws IOException {
        return read(trace, 0);
    }

    /**
     * The runs after the first {@code warmUpRuns} (at least the last run is kept). A session's first
     * runs plan and allocate its memory and touch it for the first time: at resnet-small's batch 512
     * the second run took 2.3 times as long as the fourth, which inflated every operator of a short
     * profile, the more so the larger its tensors.
     *
     * @throws IOException when the trace cannot be read or is not an ONNX Runtime trace
     */
    public static OperatorProfile read(Path trace, int warmUpRuns) throws IOException {
        JsonElement root;
        try (Reader reader = Files.newBufferedReader(trace, StandardCharsets.UTF_8)) {
            root = JsonParser.parseReader(reader);
        } catch (JsonParseException e) {
            throw new IOException("the profile " + trace + " is not valid JSON: " + RunJson.problem(e));
        }
        JsonArray events = root.isJsonArray() ? root.getAsJsonArray()
                : root.isJsonObject() && root.getAsJsonObject().has("traceEvents") ? root.getAsJsonObject().getAsJsonArray("traceEvents") : null;
        if (events == null) {
            throw new IOException("the profile " + trace + " holds no trace events");
        }
        List<long[]> windows = runWindows(events);
        int skipped = Math.min(warmUpRuns, Math.max(0, windows.size() - 1));
        List<long[]> kept = windows.subList(skipped, windows.size());
        long keptFrom = kept.isEmpty() ? Long.MIN_VALUE : kept.get(0)[0];
        Map<String, long[]> byType = new LinkedHashMap<>();
        for (JsonElement element : events) {
            if (!element.isJsonObject()) {
                continue;
            }
            JsonObject event = element.getAsJsonObject();
            String name = event.has("name") ? event.get("name").getAsString() : "";
            String category = event.has("cat") ? event.get("cat").getAsString() : "";
            if (!"Node".equals(category) || !name.endsWith("_kernel_time") || !event.has("args")
                    || (event.has("ts") && event.get("ts").getAsLong() < keptFrom)) {
                continue;
            }
            JsonObject args = event.getAsJsonObject("args");
            String op = args.has("op_name") ? args.get("op_name").getAsString() : "?";
            long duration = event.has("dur") ? event.get("dur").getAsLong() : 0;
            long[] sums = byType.computeIfAbsent(op, k -> new long[2]);
            sums[0] += duration;
            sums[1]++;
        }
        return new OperatorProfile(entries(byType), kept.size(), skipped, kept.stream().mapToLong(w -> w[1] - w[0]).sum());
    }

    /**
     * Several sessions' profiles of the same {@code steps} steps as one, per step: a replicated
     * step's replicas (one run per slice each took) and its update (one run per step). Kernel times
     * and node runs are summed per operator type, so the kernels of replicas running side by side
     * add up to more than the step's wall time ({@code wallMicroseconds}, which becomes
     * {@link #runMicroseconds()}).
     */
    public static OperatorProfile combined(List<OperatorProfile> parts, int steps, int warmUpSteps, long wallMicroseconds) {
        Map<String, long[]> byType = new LinkedHashMap<>();
        for (OperatorProfile part : parts) {
            for (Entry e : part.operators()) {
                long[] sums = byType.computeIfAbsent(e.opType(), k -> new long[2]);
                sums[0] += e.microseconds();
                sums[1] += e.calls();
            }
        }
        return new OperatorProfile(entries(byType), steps, warmUpSteps, wallMicroseconds);
    }

    /** Entries from {microseconds, calls} per operator type, with their shares, most time first. */
    private static List<Entry> entries(Map<String, long[]> byType) {
        long total = byType.values().stream().mapToLong(sums -> sums[0]).sum();
        List<Entry> entries = new ArrayList<>();
        for (var e : byType.entrySet()) {
            entries.add(new Entry(e.getKey(), e.getValue()[0], total == 0 ? 0 : e.getValue()[0] / (double) total, e.getValue()[1]));
        }
        entries.sort(Comparator.comparingLong(Entry::microseconds).reversed());
        return List.copyOf(entries);
    }

    /** The [start, end] of each graph run (a "model_run" event), in order. */
    private static List<long[]> runWindows(JsonArray events) {
        List<long[]> windows = new ArrayList<>();
        for (JsonElement element : events) {
            if (element.isJsonObject()) {
                JsonObject event = element.getAsJsonObject();
                if (event.has("cat") && "Session".equals(event.get("cat").getAsString()) && event.has("name")
                        && "model_run".equals(event.get("name").getAsString())) {
                    long start = event.has("ts") ? event.get("ts").getAsLong() : 0;
                    windows.add(new long[] {start, start + (event.has("dur") ? event.get("dur").getAsLong() : 0)});
                }
            }
        }
        windows.sort(Comparator.comparingLong(w -> w[0]));
        return windows;
    }

    public long totalMicroseconds() {
        return operators.stream().mapToLong(Entry::microseconds).sum();
    }

    /**
     * Nodes run per graph run. The profiler adds several microseconds to each (8–10 µs on the 2-core
     * VM, where a small node costs 0.3 µs unprofiled), so a graph of many small nodes reads slower
     * profiled than timed.
     */
    public double nodesPerRun() {
        return operators.stream().mapToLong(Entry::calls).sum() / (double) Math.max(1, runs);
    }
}
