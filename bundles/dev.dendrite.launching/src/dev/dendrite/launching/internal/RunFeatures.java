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

import dev.dendrite.analysis.features.FeatureVisualization;
import dev.dendrite.train.run.RunJson;

/** {@code dendrite features} of a run directory in a trainer JVM, and the report it keeps in the run ({@link FeatureVisualization#REPORT}). */
public final class RunFeatures {

    /**
     * One unit: its objective at the start, after the ascent, the data's largest and mean, its strongest samples' labels (-1 for
     * none), strongest first, the class driving it most on average (-1: none), its class selectivity (NaN: none) and the accuracy
     * with it zeroed (NaN: not ablated).
     */
    public record Unit(int unit, double start, double reached, double dataLargest, double dataMean, List<Integer> exampleLabels,
            int preferredClass, double selectivity, double ablatedAccuracy) {
    }

    /**
     * A visualisation: the layer (and the tensor read, a softmax's input for an output), "unit" or "channel mean", the samples
     * searched for examples, and the grid's PNG (null where the samples are no pictures).
     */
    public record Report(String layer, String tensor, String objective, int steps, int samples, String split, List<Unit> units, String file,
            double accuracy, double selectivitySpearman, String ablationValue) {

        /** Whether units were ablated to their means (else to zero, or not at all). */
        public boolean meanAblation() {
            return "mean".equals(ablationValue);
        }
    }

    private RunFeatures() {
    }

    /** The report the run keeps, or null where it has none (or one that cannot be read: visualise again). */
    public static Report kept(Path run) {
        Path file = run.resolve(FeatureVisualization.REPORT);
        try {
            return Files.isRegularFile(file) ? parse(RunJson.parse(Files.readString(file))) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Visualises the run's {@code layer} (blank: the output's classes), its {@code units} ("all", comma-separated, or blank: the first
     * 16) by {@code steps} steps, with {@code examples} strongest samples each, each unit also ablated where {@code ablation}; cancelling
     * ends the JVM.
     */
    public static Report run(Path run, String layer, String units, int steps, int examples, boolean ablation, IProgressMonitor monitor)
            throws CoreException {
        return run(run, layer, units, steps, examples, ablation ? "zero" : null, monitor);
    }

    /** As above, each unit ablated to {@code ablation} ("zero" or "mean"; null: not ablated). */
    public static Report run(Path run, String layer, String units, int steps, int examples, String ablation, IProgressMonitor monitor)
            throws CoreException {
        List<String> arguments = new ArrayList<>(List.of("features", run.toString(), "--steps", Integer.toString(steps), "--examples",
                Integer.toString(examples), "--json"));
        if (ablation != null) {
            arguments.addAll(List.of("--ablation", "--ablation-value", ablation));
        }
        if (layer != null && !layer.isBlank()) {
            arguments.add("--layer");
            arguments.add(layer.strip());
        }
        if (units != null && !units.isBlank()) {
            arguments.add("--units");
            arguments.add(units.replace(" ", ""));
        }
        String output = TrainerCommand.output(arguments, run.toFile(), "Visualising " + run.getFileName(), monitor);
        try {
            return parse(RunJson.parse(output));
        } catch (IOException | RuntimeException e) {
            throw new CoreException(Status.error("the visualisation's output could not be read: " + e.getMessage()));
        }
    }

    static Report parse(JsonObject json) throws IOException {
        List<Unit> units = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("units")) {
            JsonObject unit = e.getAsJsonObject();
            List<Integer> labels = new ArrayList<>();
            for (JsonElement example : unit.getAsJsonArray("examples")) {
                JsonElement label = example.getAsJsonObject().get("label");
                labels.add(label == null || label.isJsonNull() ? -1 : label.getAsInt());
            }
            JsonElement preferred = unit.get("preferredClass");
            units.add(new Unit(unit.get("unit").getAsInt(), unit.get("start").getAsDouble(), unit.get("reached").getAsDouble(), RunJson.number(unit,
                    "dataLargest"), RunJson.number(unit, "dataMean"), labels, preferred == null || preferred.isJsonNull() ? -1 : preferred.getAsInt(),
                    RunJson.number(unit, "selectivity"), RunJson.number(unit, "ablatedAccuracy")));
        }
        JsonElement file = json.get("file");
        JsonObject ablation = json.has("ablation") ? json.getAsJsonObject("ablation") : new JsonObject();
        return new Report(json.get("layer").getAsString(), json.get("tensor").getAsString(), json.get("objective").getAsString(), json
                .getAsJsonObject("settings").get("steps").getAsInt(), json.get("samples").getAsInt(), json.get("split").getAsString(), units,
                file == null || file.isJsonNull() ? null : file.getAsString(), RunJson.number(ablation, "accuracy"), RunJson.number(ablation,
                        "selectivitySpearman"), ablation.has("value") ? ablation.get("value").getAsString() : ablation.has("accuracy") ? "zero"
                                : null);
    }
}
