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

import dev.dendrite.analysis.manifold.CollapseAnalysis;
import dev.dendrite.analysis.manifold.LayerSeparation;
import dev.dendrite.analysis.manifold.NeuralCollapse;
import dev.dendrite.train.run.RunJson;

/** {@code dendrite collapse} of a run directory in a trainer JVM, and the report it keeps in the run ({@link CollapseAnalysis#REPORT}). */
public final class RunCollapse {

    /** One recorded epoch's measures on the run's probe set. */
    public record Epoch(int epoch, NeuralCollapse.Measures measures) {
    }

    /**
     * Neural collapse of a run's model: the tensors its last layer reads and writes, the measures on training and test samples, and
     * the measures at each recorded epoch (empty, with the reason in {@code epochsMissing}, where there are none) on the run's probe
     * set, of {@code epochsSplit} ("test" or "train"); where measured ({@code --by-layer}; else null), NC1 at every layer.
     */
    public record Report(String features, String logits, NeuralCollapse.Measures train, NeuralCollapse.Measures test, String epochsLayer,
            List<Epoch> epochs, String epochsMissing, String epochsSplit, LayerSeparation byLayer) {

        /** Whether the recorded epochs are of training samples (the run's --probe-split train). */
        public boolean epochsOfTraining() {
            return "train".equals(epochsSplit);
        }
    }

    private RunCollapse() {
    }

    /** The report the run keeps, or null where it has none (or one that cannot be read: measure again). */
    public static Report kept(Path run) {
        Path file = run.resolve(CollapseAnalysis.REPORT);
        try {
            return Files.isRegularFile(file) ? parse(RunJson.parse(Files.readString(file))) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Measures the run's model on {@code samples} training and test samples, and every recorded epoch; cancelling ends the JVM. */
    public static Report run(Path run, int samples, IProgressMonitor monitor) throws CoreException {
        return run(run, samples, false, monitor);
    }

    /** As above, and every layer's separation where {@code byLayer}. */
    public static Report run(Path run, int samples, boolean byLayer, IProgressMonitor monitor) throws CoreException {
        List<String> arguments = new ArrayList<>(List.of("collapse", run.toString(), "--samples", Integer.toString(samples), "--json"));
        if (byLayer) {
            arguments.add("--by-layer");
        }
        String output = TrainerCommand.output(arguments, run.toFile(), "Measuring neural collapse of " + run.getFileName(), monitor);
        try {
            return parse(RunJson.parse(output));
        } catch (IOException | RuntimeException e) {
            throw new CoreException(Status.error("neural collapse's output could not be read: " + e.getMessage()));
        }
    }

    static Report parse(JsonObject json) throws IOException {
        List<Epoch> epochs = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("epochs")) {
            JsonObject epoch = e.getAsJsonObject();
            epochs.add(new Epoch(epoch.get("epoch").getAsInt(), measures(epoch)));
        }
        return new Report(json.get("features").getAsString(), json.get("logits").getAsString(), measures(json.getAsJsonObject("train")), measures(json
                .getAsJsonObject("test")), text(json, "epochsLayer"), List.copyOf(epochs), text(json, "epochsMissing"), text(json, "epochsSplit"),
                byLayer(json.get("byLayer")));
    }

    private static LayerSeparation byLayer(JsonElement element) {
        if (element == null || element.isJsonNull()) {
            return null;
        }
        JsonObject json = element.getAsJsonObject();
        List<LayerSeparation.Layer> layers = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("layers")) {
            JsonObject l = e.getAsJsonObject();
            layers.add(new LayerSeparation.Layer(l.get("layer").getAsString(), l.get("width").getAsInt(), RunJson.number(l, "withinClassVariation"),
                    RunJson.number(l, "nearestMeanAccuracy"), RunJson.number(l, "testWithinClassVariation"), RunJson.number(l,
                            "testNearestMeanAccuracy")));
        }
        return new LayerSeparation(List.copyOf(layers), RunJson.number(json, "ratio"), RunJson.number(json, "fit"));
    }

    private static NeuralCollapse.Measures measures(JsonObject m) {
        return new NeuralCollapse.Measures(m.get("samples").getAsInt(), m.get("classes").getAsInt(), m.get("width").getAsInt(), RunJson.number(m,
                "withinClassVariation"), RunJson.number(m, "meanNormSpread"), RunJson.number(m, "meanCosineSpread"), RunJson.number(m,
                        "meanAngleGap"), RunJson.number(m, "classifierNormSpread"), RunJson.number(m, "classifierCosineSpread"), RunJson.number(m,
                                "classifierAngleGap"), RunJson.number(m, "selfDuality"), RunJson.number(m, "nearestMeanMismatch"), RunJson.number(m,
                                        "accuracy"), RunJson.number(m, "nearestMeanAccuracy"));
    }

    private static String text(JsonObject json, String name) {
        JsonElement e = json.get(name);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }
}
