package dev.dendrite.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dendrite.analysis.evaluation.McNemar;
import dev.dendrite.analysis.pruning.StructuredPruning;
import dev.dendrite.analysis.quantization.InferenceSpeed;
import dev.dendrite.model.Networks;
import dev.dendrite.model.network.Network;
import dev.dendrite.train.run.RunRecord;

/** What {@code dendrite prune} reports, as JSON and as text. */
final class PruneReport {

    private final ModelTarget target;
    private final Path output;
    private final StructuredPruning.Settings settings;
    private final Network original;
    private final StructuredPruning.Result result;
    private final List<StructuredPruning.PrunedLayer> layers;
    private final Scores originalScores;
    private final Scores prunedScores;
    private final InferenceSpeed.Comparison speed;
    private final List<Map<String, Object>> sensitivity = new ArrayList<>();
    private final List<Map<String, Object>> sweep = new ArrayList<>();
    private Map<String, Object> fineTuned;
    private List<Map<String, Object>> steps = List.of();

    /** @param layers each layer's units before any step and after the last */
    PruneReport(ModelTarget target, Path output, StructuredPruning.Settings settings, Network original, StructuredPruning.Result result,
            List<StructuredPruning.PrunedLayer> layers, Scores originalScores, Scores prunedScores, InferenceSpeed.Comparison speed) {
        this.target = target;
        this.output = output;
        this.settings = settings;
        this.original = original;
        this.result = result;
        this.layers = layers;
        this.originalScores = originalScores;
        this.prunedScores = prunedScores;
        this.speed = speed;
    }

    void sensitivity(String layer, double share, Scores scores) {
        Map<String, Object> row = scores.json(originalScores);
        row.put("layer", layer);
        row.put("amount", share);
        sensitivity.add(row);
    }

    void sweep(double amount, StructuredPruning.Result swept, Scores scores) {
        Map<String, Object> row = scores.json(originalScores);
        row.put("amount", amount);
        row.put("parameters", parameters(swept.network()));
        sweep.add(row);
    }

    /** A pruning step of several: its units, its score before its fine-tuning and after. */
    static Map<String, Object> step(int step, StructuredPruning.Result result, Scores original, Scores pruned, Path run, Scores tuned) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("step", step);
        Map<String, Object> units = new LinkedHashMap<>();
        result.layers().forEach(l -> units.put(l.name(), l.after()));
        row.put("units", units);
        row.put("parameters", parameters(result.network()));
        row.put("pruned", pruned.json(original));
        row.put("fineTuned", tuned.json(original));
        row.put("run", run.toString());
        return row;
    }

    void fineTuned(Path run, int epochs, double learningRate, boolean distilled, Scores scores, List<Map<String, Object>> stepRows) {
        steps = List.copyOf(stepRows);
        fineTuned = scores.json(originalScores);
        fineTuned.put("distilled", distilled);
        fineTuned.put("run", run.toString());
        fineTuned.put("epochs", epochs);
        fineTuned.put("learningRate", learningRate);
    }

    Map<String, Object> json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("model", target.model().toString());
        json.put("pruned", output.toString());
        json.put("weights", dev.dendrite.onnx.weights.WeightsFile.companionOf(output).toString());
        json.put("dataset", target.spec());
        json.put("split", target.split());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("amount", settings.amount());
        s.put("criterion", settings.criterion().id());
        s.put("global", settings.global());
        s.put("layers", settings.perLayer());
        json.put("settings", s);
        json.put("layers", layers.stream().map(l -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", l.name());
            row.put("kind", l.kind());
            row.put("before", l.before());
            row.put("after", l.after());
            row.put("keptMass", Double.isNaN(l.keptMass()) ? null : l.keptMass());
            row.put("removed", java.util.Arrays.stream(l.removed()).boxed().toList());
            row.put("coupled", l.coupled());
            return row;
        }).toList());
        json.put("whole", result.whole().entrySet().stream().map(e -> Map.of("name", e.getKey(), "reason", e.getValue())).toList());
        json.put("parameters", Map.of("original", parameters(original), "pruned", parameters(result.network())));
        double flopsBefore = PruneCommand.flops(original);
        // Graph networks have no per-sample count.
        json.put("flops", flopsBefore > 0 ? Map.of("original", flopsBefore, "pruned", PruneCommand.flops(result.network())) : null);
        json.put("original", originalScores.json(originalScores));
        Map<String, Object> p = prunedScores.json(originalScores);
        if (originalScores.classifier()) {
            McNemar test = mcnemar(prunedScores);
            p.put("mcnemar", Map.of("onlyOriginalRight", test.onlyFirstRight(), "onlyPrunedRight", test.onlyOtherRight(), "pValue",
                    test.pValue()));
        }
        json.put("prunedScores", p);
        if (speed != null) {
            json.put("speed", Map.of("batch", speed.batch(), "original", speed.first(), "pruned", speed.second(), "ratio", speed.ratio()));
        }
        if (!sensitivity.isEmpty()) {
            json.put("sensitivity", sensitivity);
        }
        if (!sweep.isEmpty()) {
            json.put("sweep", sweep);
        }
        if (fineTuned != null) {
            json.put("fineTuned", fineTuned);
        }
        if (!steps.isEmpty()) {
            json.put("steps", steps);
        }
        return json;
    }

    String text() {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "pruned %s to %s: %s units of the lowest %s%n", target.model(), output,
                settings.global() ? String.format(Locale.ROOT, "%.0f%% of all the layers'", 100 * settings.amount())
                        : settings.perLayer().isEmpty() ? String.format(Locale.ROOT, "%.0f%% of each layer's", 100 * settings.amount())
                        : "each layer's share of", criterionText() + (settings.global() ? " against its layer's mean" : "")));
        int width = Math.max(5, layers.stream().mapToInt(l -> l.name().length()).max().orElse(0));
        text.append(String.format(Locale.ROOT, "%-" + width + "s %-12s %7s %7s %10s%n", "LAYER", "KIND", "BEFORE", "AFTER", "KEPT MASS"));
        for (var l : layers) {
            text.append(String.format(Locale.ROOT, "%-" + width + "s %-12s %7d %7d %10s%s%n", l.name(), l.kind(), l.before(), l.after(),
                    Double.isNaN(l.keptMass()) ? "(steps)" : String.format(Locale.ROOT, "%.1f%%", 100 * l.keptMass()),
                    l.coupled().isEmpty() ? "" : "  with " + String.join(", ", l.coupled())));
        }
        result.whole().forEach((layer, reason) -> text.append("kept whole: ").append(layer).append(": ").append(reason).append('\n'));
        long before = parameters(original);
        long after = parameters(result.network());
        double flopsBefore = PruneCommand.flops(original);
        double flopsAfter = PruneCommand.flops(result.network());
        text.append(String.format(Locale.ROOT, "parameters %,d → %,d (%.1f%%)", before, after, 100.0 * after / before));
        if (flopsBefore > 0) {
            text.append(String.format(Locale.ROOT, ", forward MFLOPs per sample %.3g → %.3g (%.1f%%)", flopsBefore / 1e6, flopsAfter / 1e6,
                    100 * flopsAfter / flopsBefore));
        }
        text.append('\n');
        text.append(String.format(Locale.ROOT, "%s split of %s: original %s %s, pruned %s", target.split(), target.spec(), originalScores.metric(),
                originalScores.format(originalScores.value()), prunedScores.format(prunedScores.value())));
        if (!originalScores.classifier() && originalScores.value() > 0) {
            text.append(String.format(Locale.ROOT, " (%+.1f%%, %s)", 100 * (prunedScores.value() / originalScores.value() - 1), steps.isEmpty()
                    ? "before any fine-tuning" : "the last step before its fine-tuning"));
        }
        if (originalScores.classifier()) {
            McNemar test = mcnemar(prunedScores);
            text.append(String.format(Locale.ROOT, " (%+.2f points, %s); the same class for %.2f%% of the samples; "
                    + "McNemar %s%s", 100 * (prunedScores.value() - originalScores.value()), steps.isEmpty() ? "before any fine-tuning"
                            : "the last step before its fine-tuning", 100 * prunedScores.agreement(originalScores), Scores.pValue(test.pValue()), test.pValue() < McNemar.LEVEL ? " (a real difference)" : " (no difference beyond chance)"));
        }
        text.append('\n');
        if (speed != null) {
            text.append(String.format(Locale.ROOT, "inference at batch %d: %,.0f samples/s original, %,.0f pruned (%.2f times)%n", speed.batch(),
                    speed.first(), speed.second(), speed.ratio()));
        }
        if (!sensitivity.isEmpty()) {
            text.append(String.format(Locale.ROOT, "each layer alone pruned, the others whole:%n%-" + width + "s %7s %10s%n", "LAYER", "SHARE",
                    originalScores.metric().toUpperCase(Locale.ROOT)));
            for (Map<String, Object> row : sensitivity) {
                text.append(String.format(Locale.ROOT, "%-" + width + "s %6.0f%% %10s%n", row.get("layer"), 100 * (Double) row.get("amount"),
                        originalScores.format((Double) row.get(originalScores.metric()))));
            }
        }
        if (!sweep.isEmpty()) {
            text.append(String.format(Locale.ROOT, "%-7s %12s %10s%n", "AMOUNT", "PARAMETERS", originalScores.metric().toUpperCase(Locale.ROOT)));
            for (Map<String, Object> row : sweep) {
                text.append(String.format(Locale.ROOT, "%6.0f%% %,12d %10s%n", 100 * (Double) row.get("amount"), (Long) row.get("parameters"),
                        originalScores.format((Double) row.get(originalScores.metric()))));
            }
        }
        for (Map<String, Object> row : steps) {
            text.append(String.format(Locale.ROOT, "step %s: %,d parameters, %s %s pruned, %s fine-tuned (%s)%n", row.get("step"),
                    (Long) row.get("parameters"), originalScores.metric(), originalScores.format(metric(row, "pruned")),
                    originalScores.format(metric(row, "fineTuned")), row.get("run")));
        }
        if (fineTuned != null) {
            double v = (Double) fineTuned.get(originalScores.metric());
            text.append(String.format(Locale.ROOT, "fine-tuned %s epoch(s) at rate %s%s in %s: %s %s (original %s)%n", fineTuned.get("epochs"),
                    RunRecord.significant((Double) fineTuned.get("learningRate")), Boolean.TRUE.equals(fineTuned.get("distilled"))
                            ? ", the original as teacher" : "", fineTuned.get("run"), originalScores.metric(),
                    originalScores.format(v), originalScores.format(originalScores.value())));
        }
        text.append("continue training it: dendrite train ").append(output).append(" --data ").append(target.spec());
        return text.toString();
    }

    @SuppressWarnings("unchecked")
    private double metric(Map<String, Object> row, String which) {
        return (Double) ((Map<String, Object>) row.get(which)).get(originalScores.metric());
    }

    private String criterionText() {
        return switch (settings.criterion()) {
            case L1 -> "L1 norm of incoming weights";
            case L2 -> "L2 norm of incoming weights";
            case BN_SCALE -> "|γ| of the BatchNorm after them";
            case ACTIVATION -> "mean magnitude passed on over 1,000 training samples";
            case TAYLOR -> "first-order Taylor estimate of the loss's change without it, over 1,000 training samples";
        };
    }

    private McNemar mcnemar(Scores other) {
        return originalScores.mcnemar(target.data(), other);
    }

    static long parameters(Network network) {
        return Networks.inspect(network).shapes().totalParameters().total();
    }
}
