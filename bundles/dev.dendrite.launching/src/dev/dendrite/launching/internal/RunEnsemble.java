package dev.dendrite.launching.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.dendrite.train.run.RunJson;

/** {@code dendrite ensemble} of run directories in a trainer JVM, its report read back. */
public final class RunEnsemble {

    /** One model's scores: a member (named by its run) or the ensemble. */
    public record Scores(String name, double accuracy, double logLoss, double calibrationError) {
    }

    /** Mean uncertainties in nats. */
    public record Parts(double total, double aleatoric, double epistemic) {
    }

    /** A confidence's selective prediction: the accuracy at 5%, 10%, ... 100% kept, and the area under the risk-coverage curve. */
    public record Selective(double aurc, double[] curve) {
    }

    /** Another data set: its mean uncertainties and each confidence's ROC AUC against the split. */
    public record OutSet(String name, Parts uncertainty, Map<String, Double> auroc) {
    }

    /**
     * An ensemble report.
     *
     * @param uncertainty by "all", "right" and "wrong" samples
     * @param selective by confidence, in the report's order
     * @param saved the ONNX file the ensemble was saved as, or null
     */
    public record Report(int samples, String split, List<Scores> members, Scores ensemble, double oracleAccuracy, double disagreement,
            Map<String, Parts> uncertainty, Map<String, Selective> selective, List<OutSet> sets, String saved) {
    }

    private RunEnsemble() {
    }

    /** Scores {@code runs} as one ensemble on the first {@code samples} test samples, saved as {@code save} where not null; cancelling ends the JVM. */
    public static Report run(List<Path> runs, int samples, Path save, IProgressMonitor monitor) throws CoreException {
        List<String> arguments = new ArrayList<>(List.of("ensemble"));
        runs.forEach(r -> arguments.add(r.toString()));
        arguments.addAll(List.of("--samples", Integer.toString(samples), "--json"));
        if (save != null) {
            arguments.add("--save");
            arguments.add(save.toString());
        }
        String output = TrainerCommand.output(arguments, runs.get(0).toFile(), "Scoring an ensemble of " + runs.size() + " runs", monitor);
        try {
            return parse(RunJson.parse(output));
        } catch (IOException | RuntimeException e) {
            throw new CoreException(Status.error("the ensemble's output could not be read: " + e.getMessage()));
        }
    }

    static Report parse(JsonObject json) throws IOException {
        List<Scores> members = new ArrayList<>();
        json.getAsJsonArray("members").forEach(m -> members.add(scores(m.getAsJsonObject())));
        Map<String, Parts> uncertainty = new LinkedHashMap<>();
        json.getAsJsonObject("uncertainty").entrySet().forEach(e -> uncertainty.put(e.getKey(), parts(e.getValue().getAsJsonObject())));
        Map<String, Selective> selective = new LinkedHashMap<>();
        json.getAsJsonObject("selective").entrySet().forEach(e -> {
            JsonObject s = e.getValue().getAsJsonObject();
            JsonArray curve = s.getAsJsonArray("curve");
            double[] values = new double[curve.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = curve.get(i).getAsDouble();
            }
            selective.put(e.getKey(), new Selective(s.get("aurc").getAsDouble(), values));
        });
        List<OutSet> sets = new ArrayList<>();
        for (JsonElement element : json.getAsJsonArray("sets")) {
            JsonObject set = element.getAsJsonObject();
            Map<String, Double> auroc = new LinkedHashMap<>();
            set.getAsJsonObject("metrics").entrySet().forEach(e -> auroc.put(e.getKey(), e.getValue().getAsJsonObject().get("auroc").getAsDouble()));
            sets.add(new OutSet(set.get("name").getAsString(), parts(set.getAsJsonObject("uncertainty")), auroc));
        }
        JsonElement saved = json.get("saved");
        return new Report(json.get("samples").getAsInt(), json.get("split").getAsString(), members, scores(json.getAsJsonObject("ensemble")), json.get(
                "oracleAccuracy").getAsDouble(), json.get("disagreement").getAsDouble(), uncertainty, selective, sets, saved == null || saved
                        .isJsonNull() ? null : saved.getAsString());
    }

    private static Scores scores(JsonObject s) {
        return new Scores(s.get("name").getAsString(), s.get("accuracy").getAsDouble(), s.get("logLoss").getAsDouble(), s.get("calibrationError")
                .getAsDouble());
    }

    private static Parts parts(JsonObject p) {
        return new Parts(RunJson.number(p, "total"), RunJson.number(p, "aleatoric"), RunJson.number(p, "epistemic"));
    }
}
