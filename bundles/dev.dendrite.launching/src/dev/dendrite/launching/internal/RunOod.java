package dev.dendrite.launching.internal;

import java.io.IOException;
import java.nio.file.Files;
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

import dev.dendrite.analysis.ood.OodDetection;
import dev.dendrite.train.run.RunJson;

/** {@code dendrite ood} of a run directory in a trainer JVM, and the report it keeps in the run ({@link OodDetection#REPORT}). */
public final class RunOod {

    /** How well a score tells a set apart: ROC AUC, average precision of the set, the share of it let through at 95% of the data kept. */
    public record Metrics(double auroc, double auprOut, double fprAt95, double threshold) {
    }

    /** Both sides' counts in equal bins from {@code low} to {@code high}. */
    public record Histogram(double low, double high, int[] in, int[] out) {
    }

    /**
     * One of the set's surest samples: its index in the set, the class read and its probability; for an autoencoder, one it rebuilds
     * best, with its reconstruction error (the class -1 and the probability NaN).
     */
    public record Example(int sample, int predicted, double probability, double error) {
    }

    /** An out-of-distribution set, its metrics and histograms by score key; an autoencoder's mean reconstruction error (confidence NaN). */
    public record OutSet(String name, int samples, double confidence, double meanError, int[] predicted, String best, Map<String, Metrics> metrics,
            Map<String, Histogram> histograms, List<Example> examples) {
    }

    /**
     * An out-of-distribution report.
     *
     * @param in the in-distribution data's name
     * @param scores the score keys computed
     * @param skipped the score keys left out, each with why
     * @param examplesFile the PNG of the surest samples (a row per set), or null
     * @param classNames the classes' names, or empty where the labels are their names
     */
    public record Report(String in, int samples, double accuracy, double confidence, double meanError, int fitSamples, List<String> scores,
            Map<String, String> skipped, List<OutSet> sets, String examplesFile, List<String> classNames) {

        /** Whether an autoencoder was scored, by its reconstruction error. */
        public boolean autoencoder() {
            return scores.contains("reconstruction");
        }

        /** Class {@code label}'s name, or its number. */
        public String className(int label) {
            return label < classNames.size() ? classNames.get(label) : Integer.toString(label);
        }
    }

    private RunOod() {
    }

    /** The report the run keeps, or null where it has none (or one that cannot be read: check again). */
    public static Report kept(Path run) {
        Path file = run.resolve(OodDetection.REPORT);
        try {
            return Files.isRegularFile(file) ? parse(RunJson.parse(Files.readString(file))) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Checks the run's model against {@code against} (comma-separated sets, or blank for the defaults) on the first {@code samples} of
     * each side, the feature scores fitted on {@code fitSamples} training samples; cancelling ends the JVM.
     */
    public static Report run(Path run, String against, int samples, int fitSamples, IProgressMonitor monitor) throws CoreException {
        return run(run, against, samples, fitSamples, null, monitor);
    }

    /** As above, an autoencoder's likelihood ratio to {@code background} (another run's autoencoder; null: none) scored too. */
    public static Report run(Path run, String against, int samples, int fitSamples, Path background, IProgressMonitor monitor)
            throws CoreException {
        List<String> arguments = new ArrayList<>(List.of("ood", run.toString(), "--samples", Integer.toString(samples), "--fit-samples", Integer
                .toString(fitSamples), "--json"));
        if (background != null) {
            arguments.add("--background");
            arguments.add(background.toString());
        }
        if (against != null && !against.isBlank()) {
            arguments.add("--against");
            arguments.add(against.replace(" ", ""));
        }
        String output = TrainerCommand.output(arguments, run.toFile(), "Checking " + run.getFileName() + " against other data", monitor);
        try {
            return parse(RunJson.parse(output));
        } catch (IOException | RuntimeException e) {
            throw new CoreException(Status.error("the check's output could not be read: " + e.getMessage()));
        }
    }

    static Report parse(JsonObject json) throws IOException {
        List<String> scores = new ArrayList<>();
        json.getAsJsonArray("scores").forEach(s -> scores.add(s.getAsString()));
        Map<String, String> skipped = new LinkedHashMap<>();
        json.getAsJsonObject("skipped").entrySet().forEach(e -> skipped.put(e.getKey(), e.getValue().getAsString()));
        List<OutSet> sets = new ArrayList<>();
        for (JsonElement element : json.getAsJsonArray("sets")) {
            JsonObject set = element.getAsJsonObject();
            Map<String, Metrics> metrics = new LinkedHashMap<>();
            set.getAsJsonObject("metrics").entrySet().forEach(e -> {
                JsonObject m = e.getValue().getAsJsonObject();
                metrics.put(e.getKey(), new Metrics(m.get("auroc").getAsDouble(), m.get("auprOut").getAsDouble(), m.get("fprAt95").getAsDouble(), m
                        .get("threshold").getAsDouble()));
            });
            Map<String, Histogram> histograms = new LinkedHashMap<>();
            set.getAsJsonObject("histograms").entrySet().forEach(e -> {
                JsonObject h = e.getValue().getAsJsonObject();
                histograms.put(e.getKey(), new Histogram(h.get("low").getAsDouble(), h.get("high").getAsDouble(), counts(h.getAsJsonArray("in")),
                        counts(h.getAsJsonArray("out"))));
            });
            List<Example> examples = new ArrayList<>();
            for (JsonElement e : set.getAsJsonArray("examples")) {
                JsonObject example = e.getAsJsonObject();
                examples.add(new Example(example.get("sample").getAsInt(), (int) RunJson.integer(example, "predicted", -1), RunJson.number(
                        example, "probability"), RunJson.number(example, "error")));
            }
            sets.add(new OutSet(set.get("name").getAsString(), set.get("samples").getAsInt(), RunJson.number(set, "confidence"), RunJson.number(
                    set, "meanError"), counts(set.getAsJsonArray("predicted")), set.get("best").getAsString(), metrics, histograms, examples));
        }
        List<String> names = new ArrayList<>();
        if (json.has("classNames")) {
            json.getAsJsonArray("classNames").forEach(n -> names.add(n.getAsString()));
        }
        JsonElement file = json.get("examplesFile");
        return new Report(json.get("in").getAsString(), json.get("samples").getAsInt(), RunJson.number(json, "accuracy"), RunJson.number(json,
                "confidence"), RunJson.number(json, "meanError"), json.get("fitSamples").getAsInt(), scores, skipped, sets, file == null || file.isJsonNull() ? null : file.getAsString(),
                names);
    }

    private static int[] counts(JsonArray array) {
        int[] counts = new int[array.size()];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = array.get(i).getAsInt();
        }
        return counts;
    }
}
