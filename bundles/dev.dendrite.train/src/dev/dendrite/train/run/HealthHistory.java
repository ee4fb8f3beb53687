package dev.dendrite.train.run;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A run's activation and gradient health over time, read from its metrics: every "health"
 * record (per layer: statistics and a histogram) and every "warning" the rules raised. What
 * {@code dendrite stats} prints and the Activation Health view draws. Lines that are not JSON
 * (a run killed mid-write) are counted and skipped.
 *
 * @param layers every layer with statistics, in forward order
 */
public record HealthHistory(List<String> layers, List<Sample> samples, List<HealthWarning> warnings, int skipped) {

    /** The statistics keys of a layer, as in the records. */
    public static final List<String> KEYS = List.of("mean", "std", "dead", "saturated", "min", "max", "gradientNorm", "weightNorm",
            "updateRatio");

    /** One health record: its step and each layer's values. */
    public record Sample(int epoch, long step, Map<String, LayerHealth> layers) {
    }

    /** A layer's statistics at one step (NaN where a statistic does not apply) and its histogram between min and max (may be empty). */
    public record LayerHealth(Map<String, Double> values, long[] histogram) {
        public double value(String key) {
            return values.getOrDefault(key, Double.NaN);
        }
    }

    public static HealthHistory read(Path runDir) throws IOException {
        Path metrics = runDir.resolve(RunFiles.METRICS);
        List<Sample> samples = new ArrayList<>();
        List<HealthWarning> warnings = new ArrayList<>();
        Set<String> layers = new LinkedHashSet<>();
        int skipped = 0;
        if (!Files.isRegularFile(metrics)) {
            return new HealthHistory(List.of(), samples, warnings, 0);
        }
        try (BufferedReader reader = Files.newBufferedReader(metrics, StandardCharsets.UTF_8)) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.contains("\"health\"") && !line.contains("\"warning\"")) {
                    continue;
                }
                try {
                    JsonObject record = JsonParser.parseString(line).getAsJsonObject();
                    String type = record.get("type").getAsString();
                    int epoch = record.get("epoch").getAsInt();
                    long step = record.get("step").getAsLong();
                    if (type.equals("health")) {
                        Map<String, LayerHealth> byLayer = new LinkedHashMap<>();
                        for (var layer : record.getAsJsonObject("layers").entrySet()) {
                            byLayer.put(layer.getKey(), layer(layer.getValue().getAsJsonObject()));
                            layers.add(layer.getKey());
                        }
                        samples.add(new Sample(epoch, step, byLayer));
                    } else if (type.equals("warning")) {
                        warnings.add(new HealthWarning(record.get("layer").getAsString(), record.get("kind").getAsString(), epoch, step,
                                record.get("message").getAsString()));
                    }
                } catch (RuntimeException malformed) {
                    skipped++;
                }
            }
        }
        return new HealthHistory(List.copyOf(layers), samples, warnings, skipped);
    }

    private static LayerHealth layer(JsonObject json) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (String key : KEYS) {
            JsonElement value = json.get(key);
            if (value != null && !value.isJsonNull()) {
                values.put(key, value.getAsDouble());
            }
        }
        long[] histogram = new long[0];
        if (json.has("histogram")) {
            var counts = json.getAsJsonArray("histogram");
            histogram = new long[counts.size()];
            for (int i = 0; i < histogram.length; i++) {
                histogram[i] = counts.get(i).getAsLong();
            }
        }
        return new LayerHealth(values, histogram);
    }

    /** The series of one statistic of one layer over the samples (NaN where a sample lacks it). */
    public double[] series(String layer, String key) {
        double[] series = new double[samples.size()];
        for (int i = 0; i < series.length; i++) {
            LayerHealth health = samples.get(i).layers().get(layer);
            series[i] = health == null ? Double.NaN : health.value(key);
        }
        return series;
    }
}
