package dev.dendrite.launching.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.dendrite.train.run.RunJson;

/**
 * {@code dendrite predict --json} of a run's model on files the user chose, in a trainer JVM: each
 * input's classes as named, with the picture the model read (kept in a folder the caller gives).
 */
public final class RunPrediction {

    private RunPrediction() {
    }

    /** A class and its probability, by name. */
    public record Ranked(String name, double probability) {
    }

    /**
     * One input's prediction.
     *
     * @param top the most likely classes, most likely first (empty for a regression model)
     * @param values a regression model's outputs (empty for a classifier)
     * @param seen the picture as the model read it, or null (CSV rows)
     * @param reconstructionError an autoencoder's error on the input (its anomaly score), else NaN
     */
    public record Predicted(String input, List<Ranked> top, List<Double> values, boolean inverted, Path seen, double reconstructionError) {
    }

    /**
     * Predicts {@code inputs} (image files, folders, CSV files) with the run's model, the pictures
     * as the model read them written to {@code seen}; cancelling ends the trainer JVM.
     */
    public static List<Predicted> run(Path run, List<Path> inputs, boolean centre, Path seen, IProgressMonitor monitor) throws CoreException {
        Path list;
        try {
            // The paths travel in a file: a long command line would stop ONNX Runtime at start-up.
            Files.createDirectories(seen);
            list = Files.createTempFile(seen, "inputs", ".txt");
            Files.write(list, inputs.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CoreException(Status.error("cannot write the list of inputs: " + e.getMessage(), e));
        }
        List<String> arguments = new ArrayList<>(List.of("predict", run.toString(), "--inputs-from", list.toString(), "--save-inputs",
                seen.toString(), "--top", "3", "--json"));
        if (centre) {
            arguments.add("--centre");
        }
        String output = TrainerCommand.output(arguments, run.toFile(), "Predicting " + inputs.size() + " input(s) with " + run.getFileName(),
                monitor);
        try {
            return parse(output);
        } catch (RuntimeException e) {
            throw new CoreException(Status.error("the predictions could not be read: " + RunJson.problem(e)));
        }
    }

    /** The predictions of {@code dendrite predict --json}. */
    public static List<Predicted> parse(String json) {
        List<Predicted> predicted = new ArrayList<>();
        for (JsonElement e : RunJson.parse(json).getAsJsonArray("predictions")) {
            JsonObject row = e.getAsJsonObject();
            String input = row.get("input").getAsString();
            List<Ranked> top = new ArrayList<>();
            if (row.has("top")) {
                for (JsonElement r : row.getAsJsonArray("top")) {
                    JsonObject ranked = r.getAsJsonObject();
                    top.add(new Ranked(ranked.get("name").getAsString(), ranked.get("probability").getAsDouble()));
                }
            }
            List<Double> values = new ArrayList<>();
            if (row.has("values")) {
                row.getAsJsonArray("values").forEach(v -> values.add(v.getAsDouble()));
            }
            Path picture = row.has("seen") ? Path.of(row.get("seen").getAsString()) : null;
            double error = row.has("reconstructionError") ? row.get("reconstructionError").getAsDouble() : Double.NaN;
            predicted.add(new Predicted(input, List.copyOf(top), List.copyOf(values), row.get("inverted").getAsBoolean(), picture, error));
        }
        return List.copyOf(predicted);
    }
}
