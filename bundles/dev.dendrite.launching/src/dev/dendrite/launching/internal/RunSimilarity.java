package dev.dendrite.launching.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.dendrite.analysis.manifold.RepresentationSimilarity;
import dev.dendrite.train.run.RunJson;

/** {@code dendrite similarity} of a run (or a pair of runs) in a trainer JVM: CKA, SVCCA or PWCCA of every layer against every other. */
public final class RunSimilarity {

    /**
     * The matrix: the measure of each row layer (the run's) and column layer (the other run's, or the run's again).
     *
     * @param against the other run's model, or null within one run
     */
    public record Matrix(RepresentationSimilarity similarity, int samples, String split, String against) {

        public List<String> rows() {
            return similarity.rows();
        }

        public List<String> columns() {
            return similarity.columns();
        }

        /** The measure's value for each row and column layer. */
        public double[][] values() {
            return similarity.values();
        }

        /** For each row layer, the column layer most like it. */
        public int[] bestMatches() {
            return similarity.bestMatches();
        }
    }

    /**
     * Each layer a run tapped against itself at its last recorded epoch: the matrix's rows are the layers, its columns the recorded
     * epochs ("epoch E"); {@code settledAt} per layer the first epoch from which it stays at 0.9 or more.
     */
    public record Settling(Matrix matrix, List<Integer> epochs, List<Integer> settledAt) {
    }

    private RunSimilarity() {
    }

    /** {@code dendrite similarity RUN --over-training} by {@code measure} in a trainer JVM; cancelling ends the JVM. */
    public static Settling overTraining(Path run, RepresentationSimilarity.Measure measure, IProgressMonitor monitor) throws CoreException {
        List<String> arguments = List.of("similarity", run.toString(), "--over-training", measure.canonical() ? "--measure" : "--kernel",
                measure.id(), "--json");
        String output = TrainerCommand.output(arguments, run.toFile(), "Comparing the layers of " + run.getFileName() + " over training", monitor);
        try {
            JsonObject json = RunJson.parse(output);
            JsonObject over = json.getAsJsonObject("overTraining");
            List<String> layers = strings(over.getAsJsonArray("layers"));
            List<Integer> epochs = integers(over.getAsJsonArray("epochs"));
            JsonArray rows = over.getAsJsonArray("values");
            double[][] values = new double[layers.size()][epochs.size()];
            for (int i = 0; i < layers.size(); i++) {
                for (int j = 0; j < epochs.size(); j++) {
                    values[i][j] = rows.get(i).getAsJsonArray().get(j).getAsDouble();
                }
            }
            List<String> columns = epochs.stream().map(e -> "epoch " + e).toList();
            Matrix matrix = new Matrix(new RepresentationSimilarity(layers, columns, values, measure(json)), 0, "probe", null);
            return new Settling(matrix, epochs, integers(over.getAsJsonArray("settledAt")));
        } catch (RuntimeException e) {
            throw new CoreException(Status.error("the comparison's output could not be read: " + e.getMessage()));
        }
    }

    /** Compares {@code run}'s layers with each other, or with {@code other}'s where not null, on {@code samples} test samples; cancelling ends the JVM. */
    public static Matrix run(Path run, Path other, int samples, IProgressMonitor monitor) throws CoreException {
        return run(run, other, samples, RepresentationSimilarity.Measure.LINEAR, monitor);
    }

    /** As above, the layers compared by {@code measure}. */
    public static Matrix run(Path run, Path other, int samples, RepresentationSimilarity.Measure measure, IProgressMonitor monitor)
            throws CoreException {
        List<String> arguments = new ArrayList<>(List.of("similarity", run.toString(), "--samples", Integer.toString(samples),
                measure.canonical() ? "--measure" : "--kernel", measure.id(), "--json"));
        if (other != null) {
            arguments.add("--against");
            arguments.add(other.toString());
        }
        String output = TrainerCommand.output(arguments, run.toFile(), "Comparing the layers of " + run.getFileName(), monitor);
        try {
            return parse(RunJson.parse(output));
        } catch (IOException | RuntimeException e) {
            throw new CoreException(Status.error("the comparison's output could not be read: " + e.getMessage()));
        }
    }

    static Matrix parse(JsonObject json) throws IOException {
        List<String> rows = strings(json.getAsJsonArray("rows"));
        List<String> columns = strings(json.getAsJsonArray("columns"));
        JsonArray matrix = json.getAsJsonArray(json.has("similarity") ? "similarity" : "cka");
        double[][] values = new double[rows.size()][columns.size()];
        for (int i = 0; i < rows.size(); i++) {
            JsonArray row = matrix.get(i).getAsJsonArray();
            for (int j = 0; j < columns.size(); j++) {
                values[i][j] = row.get(j).getAsDouble();
            }
        }
        JsonElement against = json.get("against");
        List<Integer> rowDimensions = json.has("rowDimensions") ? integers(json.getAsJsonArray("rowDimensions")) : List.of();
        List<Integer> columnDimensions = json.has("columnDimensions") ? integers(json.getAsJsonArray("columnDimensions")) : List.of();
        return new Matrix(new RepresentationSimilarity(rows, columns, values, measure(json), rowDimensions, columnDimensions), json.get("samples").getAsInt(),
                json.get("split").getAsString(),
                against == null || against.isJsonNull() ? null : against.getAsString());
    }

    /** SVCCA or PWCCA with the variance they kept, or CKA with its kernel (linear where older output names none). */
    private static RepresentationSimilarity.Measure measure(JsonObject json) {
        String family = json.has("measure") ? json.get("measure").getAsString() : "cka";
        if (!family.equals("cka")) {
            return RepresentationSimilarity.Measure.parse(family + ":" + json.get("keptVariance").getAsDouble());
        }
        return json.has("kernel") ? RepresentationSimilarity.Measure.parse(json.get("kernel").getAsString()) : RepresentationSimilarity.Measure.LINEAR;
    }

    private static List<Integer> integers(JsonArray array) {
        List<Integer> list = new ArrayList<>();
        array.forEach(e -> list.add(e.getAsInt()));
        return list;
    }

    private static List<String> strings(JsonArray array) {
        List<String> list = new ArrayList<>();
        array.forEach(e -> list.add(e.getAsString()));
        return list;
    }
}
