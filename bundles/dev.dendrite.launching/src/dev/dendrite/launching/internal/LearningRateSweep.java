package dev.dendrite.launching.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.dendrite.launching.TrainingArguments;
import dev.dendrite.train.run.RunJson;

/**
 * The learning-rate range test ({@code dendrite lr-find}) for a training configuration, in a trainer JVM of its own as
 * every training runs: the configuration's data, batch, optimizer, momentum, weight decay, seed, device and threads, the
 * sweep's default range. Its JSON becomes a {@link Curve} for the launch dialog.
 */
public final class LearningRateSweep {

    /** The options of {@code dendrite train} that {@code dendrite lr-find} takes too. */
    private static final Set<String> SHARED_OPTIONS = Set.of("--data", "--batch", "--optimizer", "--momentum", "--weight-decay", "--seed",
            "--device", "--threads");

    /**
     * @param rates each step's learning rate
     * @param losses each step's loss
     * @param smoothed each step's smoothed loss
     * @param suggestedRate the suggested rate, NaN when the sweep suggests none
     * @param lowestLossRate the rate at the lowest smoothed loss (NaN when none)
     * @param steepestRate the rate where the smoothed loss fell fastest (NaN when none)
     * @param end why the sweep ended
     * @param note what to change when the sweep did not bracket a good rate, or null
     */
    public record Curve(double[] rates, double[] losses, double[] smoothed, double suggestedRate, double lowestLossRate, double steepestRate,
            String optimizer,
            int batch, String end, String note) {
    }

    private LearningRateSweep() {
    }

    /** The sweep's command-line options from a configuration's attributes. */
    public static List<String> options(Map<String, Object> attributes) {
        List<String> all = TrainingArguments.options(attributes);
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String option = all.get(i);
            if (option.equals("--nesterov") || option.equals("--resume")) {
                if (option.equals("--nesterov")) {
                    kept.add(option);
                }
                continue;
            }
            String value = all.get(++i);
            if (SHARED_OPTIONS.contains(option)) {
                kept.add(option);
                kept.add(value);
            }
        }
        return kept;
    }

    /** Runs the sweep; cancelling the monitor ends the trainer JVM. */
    public static Curve run(Map<String, Object> attributes, IProgressMonitor monitor) throws CoreException {
        IFile network = TrainingLaunchDelegate.checkedNetwork(attributes);
        List<String> arguments = new ArrayList<>(List.of("lr-find", network.getLocation().toOSString()));
        arguments.addAll(options(attributes));
        arguments.add("--json");
        String output = TrainerCommand.output(arguments, network.getProject().getLocation().toFile(),
                "Sweeping the learning rate of " + network.getName(), monitor);
        try {
            return parse(output);
        } catch (RuntimeException e) {
            throw new CoreException(Status.error("the sweep's output could not be read: " + RunJson.problem(e)));
        }
    }

    /** A curve from {@code dendrite lr-find --json}. */
    public static Curve parse(String json) {
        JsonObject object = RunJson.parse(json);
        com.google.gson.JsonArray points = object.getAsJsonArray("points");
        double[] rates = new double[points.size()];
        double[] losses = new double[points.size()];
        double[] smoothed = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            JsonObject point = points.get(i).getAsJsonObject();
            rates[i] = point.get("learningRate").getAsDouble();
            losses[i] = point.get("loss").getAsDouble();
            smoothed[i] = point.get("smoothedLoss").getAsDouble();
        }
        return new Curve(rates, losses, smoothed, orNaN(object, "suggestedRate"), orNaN(object, "lowestLossRate"), orNaN(object, "steepestRate"),
                RunJson.text(object, "optimizer"), (int) RunJson.integer(object, "batch", 0), RunJson.text(object, "end"),
                RunJson.text(object, "note"));
    }

    private static double orNaN(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value == null || value.isJsonNull() ? Double.NaN : value.getAsDouble();
    }
}
