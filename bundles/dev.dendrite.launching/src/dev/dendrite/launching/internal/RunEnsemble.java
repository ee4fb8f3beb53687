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

    /** What an ensemble's scoring gives: a classifiers' {@link Report} or a regressors' {@link RegressionReport}. */
    public sealed interface Outcome permits Report, RegressionReport {
        /** The file the ensemble was saved as, or null. */
        String saved();
    }

    /** A regressor's errors. */
    public record Errors(String name, double mse, double mae) {
    }

    /**
     * A regression ensemble's report.
     *
     * @param keptMse the mean prediction's MSE on the 100%, 95%, 90%, 80% and 50% of samples of least variance
     * @param band along the one input (x, mean, std over the data's span and half as far again; low and high the data's), or null
     */
    public record RegressionReport(int samples, String split, List<Errors> members, Errors ensemble, double meanVariance,
            double errorRankCorrelation, double[] keptMse, Band band, String saved) implements Outcome {
    }

    /** The mean prediction and the members' spread along the one input. */
    public record Band(double[] x, double[] mean, double[] std, double low, double high) {
    }

    /**
     * An ensemble report.
     *
     * @param uncertainty by "all", "right" and "wrong" samples
     * @param selective by confidence, in the report's order
     * @param saved the ONNX file the ensemble was saved as, or null
     * @param single for MC dropout (the members are one network's passes), the network with dropout off; else null
     * @param scaled the mean prediction divided by the temperature fitted on a validation split no member trained on; else null
     */
    public record Report(int samples, String split, List<Scores> members, Scores ensemble, double oracleAccuracy, double disagreement,
            Map<String, Parts> uncertainty, Map<String, Selective> selective, List<OutSet> sets, String saved, Scores single, Scaled scaled)
            implements Outcome {
    }

    /** The mean prediction once divided by its fitted temperature: the same accuracy, other confidences. */
    public record Scaled(double temperature, double logLoss, double calibrationError) {
    }

    private RunEnsemble() {
    }

    /** Scores {@code runs} as one ensemble on the first {@code samples} test samples, saved as {@code save} where not null; cancelling ends the JVM. */
    public static Outcome run(List<Path> runs, int samples, Path save, IProgressMonitor monitor) throws CoreException {
        List<String> arguments = new ArrayList<>(List.of("ensemble"));
        runs.forEach(r -> arguments.add(r.toString()));
        arguments.addAll(List.of("--samples", Integer.toString(samples), "--json"));
        if (save != null) {
            arguments.add("--save");
            arguments.add(save.toString());
        }
        return scored(arguments, runs.get(0), "Scoring an ensemble of " + runs.size() + " runs", monitor);
    }

    /** MC dropout: {@code passes} passes of {@code run}'s network with its dropout on, scored as an ensemble; cancelling ends the JVM. */
    public static Outcome mcDropout(Path run, int passes, int samples, IProgressMonitor monitor) throws CoreException {
        List<String> arguments = List.of("ensemble", run.toString(), "--mc-dropout", Integer.toString(passes), "--samples", Integer.toString(
                samples), "--json");
        return scored(arguments, run, "Scoring " + passes + " MC dropout passes of " + run.getFileName(), monitor);
    }

    /** {@code dendrite ensemble} with these arguments in a trainer JVM, its JSON read back. */
    private static Outcome scored(List<String> arguments, Path run, String title, IProgressMonitor monitor) throws CoreException {
        String output = TrainerCommand.output(arguments, run.toFile(), title, monitor);
        try {
            return parse(RunJson.parse(output));
        } catch (IOException | RuntimeException e) {
            throw new CoreException(Status.error("the ensemble's output could not be read: " + e.getMessage()));
        }
    }

    static Outcome parse(JsonObject json) throws IOException {
        if (json.has("task") && json.get("task").getAsString().equals("regression")) {
            return parseRegression(json);
        }
        List<Scores> members = new ArrayList<>();
        json.getAsJsonArray("members").forEach(m -> members.add(scores(m.getAsJsonObject())));
        Map<String, Parts> uncertainty = new LinkedHashMap<>();
        json.getAsJsonObject("uncertainty").entrySet().forEach(e -> uncertainty.put(e.getKey(), parts(e.getValue().getAsJsonObject())));
        Map<String, Selective> selective = new LinkedHashMap<>();
        json.getAsJsonObject("selective").entrySet().forEach(e -> {
            JsonObject s = e.getValue().getAsJsonObject();
            selective.put(e.getKey(), new Selective(s.get("aurc").getAsDouble(), doubles(s.getAsJsonArray("curve"))));
        });
        List<OutSet> sets = new ArrayList<>();
        for (JsonElement element : json.getAsJsonArray("sets")) {
            JsonObject set = element.getAsJsonObject();
            Map<String, Double> auroc = new LinkedHashMap<>();
            set.getAsJsonObject("metrics").entrySet().forEach(e -> auroc.put(e.getKey(), e.getValue().getAsJsonObject().get("auroc").getAsDouble()));
            sets.add(new OutSet(set.get("name").getAsString(), parts(set.getAsJsonObject("uncertainty")), auroc));
        }
        JsonElement saved = json.get("saved");
        JsonElement single = json.get("single");
        return new Report(json.get("samples").getAsInt(), json.get("split").getAsString(), members, scores(json.getAsJsonObject("ensemble")), json.get(
                "oracleAccuracy").getAsDouble(), json.get("disagreement").getAsDouble(), uncertainty, selective, sets, saved == null || saved
                        .isJsonNull() ? null : saved.getAsString(), single == null || single.isJsonNull() ? null : scores(single.getAsJsonObject()),
                scaled(json.get("temperature")));
    }

    private static Scaled scaled(JsonElement t) {
        if (t == null || t.isJsonNull()) {
            return null;
        }
        JsonObject o = t.getAsJsonObject();
        return new Scaled(o.get("temperature").getAsDouble(), o.get("logLoss").getAsDouble(), o.get("calibrationError").getAsDouble());
    }

    private static RegressionReport parseRegression(JsonObject json) {
        List<Errors> members = new ArrayList<>();
        json.getAsJsonArray("members").forEach(m -> members.add(errors(m.getAsJsonObject())));
        JsonElement band = json.get("band");
        Band along = null;
        if (band != null && band.isJsonObject()) {
            JsonObject b = band.getAsJsonObject();
            along = new Band(doubles(b.getAsJsonArray("x")), doubles(b.getAsJsonArray("mean")), doubles(b.getAsJsonArray("std")), b.get("low")
                    .getAsDouble(), b.get("high").getAsDouble());
        }
        JsonElement saved = json.get("saved");
        return new RegressionReport(json.get("samples").getAsInt(), json.get("split").getAsString(), members, errors(json.getAsJsonObject(
                "ensemble")), json.get("meanVariance").getAsDouble(), json.get("errorRankCorrelation").getAsDouble(), doubles(json.getAsJsonObject(
                        "selective").getAsJsonArray("mse")), along, saved == null || saved.isJsonNull() ? null : saved.getAsString());
    }

    private static Errors errors(JsonObject e) {
        return new Errors(e.get("name").getAsString(), e.get("mse").getAsDouble(), e.get("mae").getAsDouble());
    }

    private static double[] doubles(JsonArray array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).getAsDouble();
        }
        return values;
    }

    private static Scores scores(JsonObject s) {
        return new Scores(s.get("name").getAsString(), s.get("accuracy").getAsDouble(), s.get("logLoss").getAsDouble(), s.get("calibrationError")
                .getAsDouble());
    }

    private static Parts parts(JsonObject p) {
        return new Parts(RunJson.number(p, "total"), RunJson.number(p, "aleatoric"), RunJson.number(p, "epistemic"));
    }
}
