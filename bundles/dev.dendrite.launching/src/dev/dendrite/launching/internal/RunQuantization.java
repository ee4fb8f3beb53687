package dev.dendrite.launching.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.dendrite.analysis.quantization.Quantization;
import dev.dendrite.train.run.RunJson;

/** {@code dendrite quantize} of a run directory in a trainer JVM, and the report it keeps in the run ({@link Quantization#REPORT}). */
public final class RunQuantization {

    /**
     * A layer with integer weights: its name, operator, weights, their width, scales and SQNR in dB (NaN where rounding changed
     * nothing), its output's SQNR against the float model's (NaN where the output stays float), and the model's score with this
     * layer's weights alone narrowed (NaN without a sensitivity analysis).
     */
    public record Layer(String name, String op, long weights, int bits, int scales, double sqnr, double outputSqnr, boolean reluFused,
            double alone) {
    }

    /** One width of a sweep and what the model scored at it. */
    public record Width(int weightBits, int activationBits, double score, double agreement) {
    }

    /**
     * A quantization report.
     *
     * @param metric "accuracy" (a classifier: scores are fractions) or "mse"
     * @param agreement the fraction of samples both models classify alike (NaN for regression)
     * @param pValue McNemar's p-value of the accuracies' difference (NaN for regression)
     * @param speedRatio the quantized model's inference speed over the float model's (NaN when not measured)
     * @param outputSqnr the model output's SQNR in dB against the float model's (NaN where equal)
     */
    public record Report(String quantized, int weightBits, int activationBits, boolean perChannel, boolean biasCorrection, String split,
            String metric,
            double floatScore, double quantizedScore, double agreement, double pValue, long floatBytes, long quantizedBytes, double floatSpeed,
            double quantizedSpeed, double speedRatio, double outputSqnr, int folded, List<Layer> layers, List<Width> sweep) {

        public boolean classifier() {
            return metric.equals("accuracy");
        }
    }

    private RunQuantization() {
    }

    /** The report the run keeps, or null where it has none (or one that cannot be read: quantize again). */
    public static Report kept(Path run) {
        Path file = run.resolve(Quantization.REPORT);
        try {
            return Files.isRegularFile(file) ? parse(RunJson.parse(Files.readString(file))) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Quantizes the run's model to {@code weightBits} and {@code activationBits}, with the sweep of widths where asked and, below
     * 8-bit weights, each layer's sensitivity; the layers {@code keep} names (comma-separated, or blank) keep 8-bit weights;
     * cancelling ends the JVM.
     */
    public static Report run(Path run, int weightBits, int activationBits, boolean perChannel, boolean sweep, boolean correctBiases,
            String keep, IProgressMonitor monitor) throws CoreException {
        List<String> arguments = new ArrayList<>(List.of("quantize", run.toString(), "--weight-bits", Integer.toString(weightBits),
                "--activation-bits", Integer.toString(activationBits), "--json"));
        if (!perChannel) {
            arguments.add("--per-tensor");
        }
        if (sweep) {
            arguments.add("--sweep");
        }
        if (weightBits < 8) {
            arguments.add("--sensitivity");
        }
        if (correctBiases) {
            arguments.add("--bias-correction");
        }
        if (keep != null && !keep.isBlank()) {
            arguments.add("--keep");
            arguments.add(keep.strip());
        }
        String output = TrainerCommand.output(arguments, run.toFile(), "Quantizing " + run.getFileName(), monitor);
        try {
            return parse(RunJson.parse(output));
        } catch (IOException | RuntimeException e) {
            throw new CoreException(Status.error("the quantization's output could not be read: " + e.getMessage()));
        }
    }

    static Report parse(JsonObject json) throws IOException {
        JsonObject settings = json.getAsJsonObject("settings");
        JsonObject floats = json.getAsJsonObject("float");
        JsonObject quantized = json.getAsJsonObject("quantizedScores");
        String metric = floats.has("accuracy") ? "accuracy" : "mse";
        JsonObject mcnemar = quantized.has("mcnemar") ? quantized.getAsJsonObject("mcnemar") : null;
        JsonObject speed = json.has("speed") ? json.getAsJsonObject("speed") : null;
        java.util.Map<String, Double> alone = new java.util.HashMap<>();
        if (json.has("sensitivity")) {
            for (JsonElement e : json.getAsJsonArray("sensitivity")) {
                alone.put(e.getAsJsonObject().get("layer").getAsString(), e.getAsJsonObject().get(metric).getAsDouble());
            }
        }
        List<Layer> layers = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("layers")) {
            JsonObject layer = e.getAsJsonObject();
            String name = layer.get("name").getAsString();
            layers.add(new Layer(name, layer.get("op").getAsString(), layer.get("weights").getAsLong(), layer.get("bits").getAsInt(),
                    layer.get("scales").getAsInt(), RunJson.number(layer, "sqnrDb"), RunJson.number(layer, "outputSqnrDb"),
                    layer.get("reluFused").getAsBoolean(), alone.getOrDefault(name, Double.NaN)));
        }
        List<Width> sweep = new ArrayList<>();
        if (json.has("sweep")) {
            for (JsonElement e : json.getAsJsonArray("sweep")) {
                JsonObject row = e.getAsJsonObject();
                sweep.add(new Width(row.get("weightBits").getAsInt(), row.get("activationBits").getAsInt(), row.get(metric).getAsDouble(),
                        row.has("agreement") ? row.get("agreement").getAsDouble() : Double.NaN));
            }
        }
        JsonObject bytes = json.getAsJsonObject("bytes");
        return new Report(json.get("quantized").getAsString(), settings.get("weightBits").getAsInt(), settings.get("activationBits").getAsInt(),
                settings.get("perChannel").getAsBoolean(), settings.has("biasCorrection") && settings.get("biasCorrection").getAsBoolean(),
                json.get("split").getAsString(), metric, floats.get(metric).getAsDouble(),
                quantized.get(metric).getAsDouble(), quantized.has("agreement") ? quantized.get("agreement").getAsDouble() : Double.NaN,
                mcnemar == null ? Double.NaN : mcnemar.get("pValue").getAsDouble(), bytes.get("float").getAsLong(), bytes.get("quantized").getAsLong(),
                speed == null ? Double.NaN : speed.get("float").getAsDouble(), speed == null ? Double.NaN : speed.get("quantized").getAsDouble(),
                speed == null ? Double.NaN : speed.get("ratio").getAsDouble(), RunJson.number(json, "outputSqnrDb"),
                json.get("foldedNormalizations").getAsInt(), layers, sweep);
    }
}
