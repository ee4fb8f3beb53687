package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.train.run.HealthHistory;
import dev.dendrite.train.run.HealthWarning;
import dev.dendrite.train.run.RunReader;

/** {@code dendrite stats RUN_DIR}: a run's activation and gradient health per layer, first and last recorded, and the warnings raised. */
public final class StatsCommand implements Command {

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String summary() {
        return "activation and gradient health of a run, per layer, with its warnings: stats RUN_DIR";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite stats RUN_DIR [--json]
                Reads the health records of a run trained with --health-every N: per layer, the activations' mean
                and standard deviation, the share of dead units (never positive in a batch) and of saturated ones
                (tanh or sigmoid within 0.01 of a bound), the gradient norm, the weight norm and the update-to-weight
                ratio, at the first and at the last record; then every warning the health rules raised, with its
                layer and step.""";
    }

    @Override
    public int run(CommandContext context, List<String> args) throws UsageException, IOException {
        Arguments a = Arguments.parse(args, Map.of(), Set.of());
        Path run = Path.of(a.single("RUN_DIR"));
        if (!Files.isDirectory(run) || !RunReader.isRunDirectory(run)) {
            throw new UsageException(run + " is not a run directory");
        }
        HealthHistory history = HealthHistory.read(run);
        if (history.samples().isEmpty()) {
            throw new UsageException(run + " has no health records: train it with --health-every N (for example 50)");
        }
        HealthHistory.Sample first = history.samples().get(0);
        HealthHistory.Sample last = history.samples().get(history.samples().size() - 1);
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%d health records, steps %d to %d%s%n", history.samples().size(),
                first.step(), last.step(), history.skipped() == 0 ? "" : " (" + history.skipped() + " malformed lines skipped)"));
        // The layer column as wide as the longest id, so that long ids (block1_attention) keep the columns aligned.
        int width = Math.max(14, history.layers().stream().mapToInt(String::length).max().orElse(0));
        String format = "%-" + width + "s %13s %13s %13s %19s %17s %19s%n";
        text.append(String.format(Locale.ROOT, format, "layer", "std", "dead", "saturated", "gradient norm",
                "weight norm", "update ratio"));
        List<Map<String, Object>> layers = new ArrayList<>();
        for (String layer : history.layers()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("layer", layer);
            row.put("first", values(first.layers().get(layer)));
            row.put("last", values(last.layers().get(layer)));
            layers.add(row);
            text.append(String.format(Locale.ROOT, format, layer, pair(first, last, layer, "std", "%.2f"),
                    pair(first, last, layer, "dead", "%.0f%%"), pair(first, last, layer, "saturated", "%.0f%%"),
                    pair(first, last, layer, "gradientNorm", "%.1e"), pair(first, last, layer, "weightNorm", "%.2f"),
                    pair(first, last, layer, "updateRatio", "%.1e")));
        }
        List<Map<String, Object>> warnings = new ArrayList<>();
        for (HealthWarning warning : history.warnings()) {
            warnings.add(warning.record());
            text.append(warning.message()).append('\n');
        }
        if (warnings.isEmpty()) {
            text.append("no warnings\n");
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("runDir", run.toString());
        json.put("records", history.samples().size());
        json.put("skipped", history.skipped());
        json.put("firstStep", first.step());
        json.put("lastStep", last.step());
        json.put("layers", layers);
        json.put("warnings", warnings);
        context.print(json, text.toString().stripTrailing());
        return 0;
    }

    private static Map<String, Object> values(HealthHistory.LayerHealth health) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (health != null) {
            health.values().forEach(values::put);
        }
        return values;
    }

    /** "first → last" of one statistic, or "-" where the layer has none; shares printed as percentages. */
    private static String pair(HealthHistory.Sample first, HealthHistory.Sample last, String layer, String key, String format) {
        double scale = format.endsWith("%%") ? 100 : 1;
        String a = format(first.layers().get(layer), key, format, scale);
        String b = format(last.layers().get(layer), key, format, scale);
        return a.equals("-") && b.equals("-") ? "-" : a + " → " + b;
    }

    private static String format(HealthHistory.LayerHealth health, String key, String format, double scale) {
        if (health == null || Double.isNaN(health.value(key))) {
            return "-";
        }
        return String.format(Locale.ROOT, format, scale * health.value(key));
    }
}
