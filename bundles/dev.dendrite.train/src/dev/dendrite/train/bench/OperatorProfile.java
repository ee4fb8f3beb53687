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
 * @param runs how many graph runs the trace covers
 */
public record OperatorProfile(List<Entry> operators, int runs) {

    /** One operator type: total kernel time (µs) over the trace, its share, node runs. */
    public record Entry(String opType, long microseconds, double share, long calls) {

        public double millisecondsPerRun(int runs) {
            return microseconds / 1000.0 / Math.max(1, runs);
        }
    }

    /** @throws IOException when the trace cannot be read or is not an ONNX Runtime trace */
    public static OperatorProfile read(Path trace) throws IOException {
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
        Map<String, long[]> byType = new LinkedHashMap<>();
        long total = 0;
        int runs = 0;
        for (JsonElement element : events) {
            if (!element.isJsonObject()) {
                continue;
            }
            JsonObject event = element.getAsJsonObject();
            String name = event.has("name") ? event.get("name").getAsString() : "";
            String category = event.has("cat") ? event.get("cat").getAsString() : "";
            if ("Session".equals(category) && "model_run".equals(name)) {
                runs++;
            }
            if (!"Node".equals(category) || !name.endsWith("_kernel_time") || !event.has("args")) {
                continue;
            }
            JsonObject args = event.getAsJsonObject("args");
            String op = args.has("op_name") ? args.get("op_name").getAsString() : "?";
            long duration = event.has("dur") ? event.get("dur").getAsLong() : 0;
            long[] sums = byType.computeIfAbsent(op, k -> new long[2]);
            sums[0] += duration;
            sums[1]++;
            total += duration;
        }
        List<Entry> entries = new ArrayList<>();
        for (var e : byType.entrySet()) {
            entries.add(new Entry(e.getKey(), e.getValue()[0], total == 0 ? 0 : e.getValue()[0] / (double) total, e.getValue()[1]));
        }
        entries.sort(Comparator.comparingLong(Entry::microseconds).reversed());
        return new OperatorProfile(List.copyOf(entries), runs);
    }

    public long totalMicroseconds() {
        return operators.stream().mapToLong(Entry::microseconds).sum();
    }
}
