package dev.dendrite.launching.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.dendrite.analysis.pruning.StructuredPruning;
import dev.dendrite.train.run.RunJson;

/** {@code dendrite prune} of a run directory in a trainer JVM, and the report it keeps in the run ({@link StructuredPruning#REPORT}). */
public final class RunPruning {

    /**
     * A prunable layer: its units before and after, the share of the criterion's mass kept (NaN over several steps), and the score
     * with this layer alone pruned (NaN without a sensitivity analysis), and the layers a residual sum joins to it, which lose the
     * same units (reports before those sums were pruned list none).
     */
    public record Layer(String name, String kind, int before, int after, double keptMass, double alone, List<String> coupled) {
    }

    /** One amount of the sweep: the share of every layer's units removed, the parameters left, the score. */
    public record Amount(double amount, long parameters, double score) {
    }

    /** One pruning step of several: its parameters and its score before and after its fine-tuning. */
    public record Step(int step, long parameters, double pruned, double fineTuned) {
    }

    /**
     * A pruning report.
     *
     * @param metric "accuracy" (scores are fractions) or "mse"
     * @param whole the layers kept whole, "name: reason"
     * @param fineTunedScore the score after fine-tuning, NaN without it
     */
    public record Report(String pruned, String criterion, double amount, boolean global, String split, String metric, double originalScore,
            double prunedScore, double agreement, double pValue, long originalParameters, long prunedParameters, double originalFlops,
            double prunedFlops, double originalSpeed, double prunedSpeed, List<Layer> layers, List<String> whole, List<Amount> sweep,
            double fineTunedScore, String fineTunedRun, List<Step> steps) {

        public boolean classifier() {
            return metric.equals("accuracy");
        }
    }

    private RunPruning() {
    }

    /** The report the run keeps, or null where it has none (or one that cannot be read: prune again). */
    public static Report kept(Path run) {
        Path file = run.resolve(StructuredPruning.REPORT);
        try {
            return Files.isRegularFile(file) ? parse(RunJson.parse(Files.readString(file))) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Prunes the run's model by {@code amount} of every layer's units (of all layers' units together where {@code global}) ranked by
     * {@code criterion}, with the sweep of amounts and
     * each layer's sensitivity where asked, fine-tuned for {@code fineTune} epochs (0: not) over {@code steps} steps, the unpruned
     * model teaching where {@code distill}; cancelling
     * stops the JVM (a fine-tuning stops at its next step, resumable).
     */
    public static Report run(Path run, double amount, String criterion, boolean global, int fineTune, int steps, boolean distill,
            boolean sensitivity, boolean sweep, IProgressMonitor monitor) throws CoreException {
        return run(run, amount, Map.of(), criterion, global, fineTune, steps, distill, sensitivity, sweep, monitor);
    }

    /** As above, the layers named in {@code shares} (by name, in a block qualified) losing their own share instead of {@code amount}. */
    public static Report run(Path run, double amount, Map<String, Double> shares, String criterion, boolean global, int fineTune, int steps,
            boolean distill, boolean sensitivity, boolean sweep, IProgressMonitor monitor) throws CoreException {
        List<String> arguments = new ArrayList<>(List.of("prune", run.toString(), "--amount", String.format(Locale.ROOT, "%.2f", amount),
                "--criterion", criterion, "--json"));
        if (!shares.isEmpty()) {
            arguments.add("--layers");
            arguments.add(String.join(",", shares.entrySet().stream().map(e -> e.getKey() + "=" + String.format(Locale.ROOT, "%.2f", e
                    .getValue())).toList()));
        }
        if (global) {
            arguments.add("--global");
        }
        if (sensitivity) {
            arguments.add("--sensitivity");
        }
        if (sweep) {
            arguments.add("--sweep");
        }
        if (fineTune > 0) {
            arguments.addAll(List.of("--fine-tune", Integer.toString(fineTune), "--steps", Integer.toString(steps)));
            if (distill) {
                arguments.add("--distill");
            }
        }
        String output = TrainerCommand.output(arguments, run.toFile(), "Pruning " + run.getFileName(), monitor);
        try {
            return parse(RunJson.parse(output));
        } catch (IOException | RuntimeException e) {
            throw new CoreException(Status.error("the pruning's output could not be read: " + e.getMessage()));
        }
    }

    static Report parse(JsonObject json) throws IOException {
        JsonObject original = json.getAsJsonObject("original");
        String metric = original.has("accuracy") ? "accuracy" : "mse";
        JsonObject pruned = json.getAsJsonObject("prunedScores");
        Map<String, Double> alone = new HashMap<>();
        if (json.has("sensitivity")) {
            for (JsonElement e : json.getAsJsonArray("sensitivity")) {
                alone.put(e.getAsJsonObject().get("layer").getAsString(), e.getAsJsonObject().get(metric).getAsDouble());
            }
        }
        List<Layer> layers = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("layers")) {
            JsonObject l = e.getAsJsonObject();
            String name = l.get("name").getAsString();
            layers.add(new Layer(name, l.get("kind").getAsString(), l.get("before").getAsInt(), l.get("after").getAsInt(), RunJson.number(l,
                    "keptMass"), alone.getOrDefault(name, Double.NaN), l.has("coupled") ? strings(l.getAsJsonArray("coupled")) : List.of()));
        }
        List<String> whole = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("whole")) {
            whole.add(e.getAsJsonObject().get("name").getAsString() + ": " + e.getAsJsonObject().get("reason").getAsString());
        }
        List<Amount> sweep = new ArrayList<>();
        if (json.has("sweep")) {
            for (JsonElement e : json.getAsJsonArray("sweep")) {
                JsonObject row = e.getAsJsonObject();
                sweep.add(new Amount(row.get("amount").getAsDouble(), row.get("parameters").getAsLong(), row.get(metric).getAsDouble()));
            }
        }
        List<Step> steps = new ArrayList<>();
        if (json.has("steps")) {
            for (JsonElement e : json.getAsJsonArray("steps")) {
                JsonObject row = e.getAsJsonObject();
                steps.add(new Step(row.get("step").getAsInt(), row.get("parameters").getAsLong(), row.getAsJsonObject("pruned").get(metric)
                        .getAsDouble(), row.getAsJsonObject("fineTuned").get(metric).getAsDouble()));
            }
        }
        JsonObject tuned = json.has("fineTuned") ? json.getAsJsonObject("fineTuned") : null;
        JsonObject speed = json.has("speed") ? json.getAsJsonObject("speed") : null;
        JsonObject settings = json.getAsJsonObject("settings");
        JsonObject parameters = json.getAsJsonObject("parameters");
        JsonObject flops = json.has("flops") && json.get("flops").isJsonObject() ? json.getAsJsonObject("flops") : new JsonObject();
        return new Report(json.get("pruned").getAsString(), settings.get("criterion").getAsString(), settings.get("amount").getAsDouble(),
                settings.has("global") && settings.get("global").getAsBoolean(), json.get("split").getAsString(), metric, original.get(metric).getAsDouble(), pruned.get(metric).getAsDouble(),
                RunJson.number(pruned, "agreement"), pruned.has("mcnemar") ? pruned.getAsJsonObject("mcnemar").get("pValue").getAsDouble()
                        : Double.NaN, parameters.get("original").getAsLong(), parameters.get("pruned").getAsLong(), RunJson.number(flops,
                                "original"), RunJson.number(flops, "pruned"), speed == null ? Double.NaN : speed.get("original").getAsDouble(),
                speed == null ? Double.NaN : speed.get("pruned").getAsDouble(), layers, whole, sweep, tuned == null ? Double.NaN
                        : tuned.get(metric).getAsDouble(), tuned == null ? null : tuned.get("run").getAsString(), steps);
    }

    private static List<String> strings(com.google.gson.JsonArray array) {
        List<String> strings = new ArrayList<>();
        array.forEach(e -> strings.add(e.getAsString()));
        return strings;
    }
}
