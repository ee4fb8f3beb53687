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

import dev.dendrite.analysis.robustness.AdversarialAttack;
import dev.dendrite.train.run.RunJson;

/** {@code dendrite robustness} of a run directory in a trainer JVM, and the report it keeps in the run ({@link AdversarialAttack#REPORT}). */
public final class RunRobustness {

    /**
     * One radius: the accuracy under the attack and under random noise of the radius, the samples fooled, the loss, the fooling
     * perturbations' mean L2, the share certified by the report's bounds and the share interval bounds alone certify (NaN where not
     * computed).
     */
    public record Level(double epsilon, double accuracy, double randomAccuracy, int fooled, double loss, double meanL2, double certified,
            double intervalCertified) {
    }

    /** A fooled sample: its class and probability unattacked, what the adversarial input reads as, at the smallest radius that fooled it. */
    public record Example(int sample, int label, double cleanProbability, int adversarialClass, double adversarialProbability, double epsilon) {
    }

    /**
     * A robustness report.
     *
     * @param low the inputs' valid low end (NaN where not clipped)
     * @param medianEpsilon the median smallest fooling radius (NaN where half or more withstand every radius)
     * @param examplesFile the PNG of the fooled samples, or null
     * @param bounds the certification's bounds ("interval", "crown-ibp", "crown", "smoothing"), or null where none ran
     * @param smoothedAccuracy the smoothed model's accuracy under randomized smoothing (NaN where it was not certified)
     */
    public record Report(String attack, String norm, int steps, double stepSize, boolean randomStart, int samples, String split, double low, double high,
            double cleanAccuracy, List<Level> levels, double medianEpsilon, List<Example> examples, String examplesFile, List<String> warnings,
            String bounds, double smoothedAccuracy) {
    }

    private RunRobustness() {
    }

    /** The report the run keeps, or null where it has none (or one that cannot be read: attack again). */
    public static Report kept(Path run) {
        Path file = run.resolve(AdversarialAttack.REPORT);
        try {
            return Files.isRegularFile(file) ? parse(RunJson.parse(Files.readString(file))) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Attacks the run's model by {@code attack} ("pgd" or "fgsm", PGD with {@code steps}) in the {@code norm} ball ("linf" or "l2")
     * at {@code epsilons} (comma-separated, or blank for the defaults) on the first {@code samples} test samples, certified by
     * {@code bounds} ("interval", "crown-ibp", "crown" or, in the L2 ball, "smoothing"; null: not certified); cancelling ends the JVM.
     */
    public static Report run(Path run, String attack, String norm, int steps, String epsilons, int samples, String bounds,
            IProgressMonitor monitor) throws CoreException {
        List<String> arguments = new ArrayList<>(List.of("robustness", run.toString(), "--attack", attack, "--norm", norm, "--samples",
                Integer.toString(samples), "--json"));
        if (bounds != null) {
            arguments.add("--bounds");
            arguments.add(bounds);
        }
        if (attack.equals("pgd")) {
            arguments.add("--steps");
            arguments.add(Integer.toString(steps));
        }
        if (epsilons != null && !epsilons.isBlank()) {
            arguments.add("--epsilons");
            arguments.add(epsilons.replace(" ", ""));
        }
        String output = TrainerCommand.output(arguments, run.toFile(), "Attacking " + run.getFileName(), monitor);
        try {
            return parse(RunJson.parse(output));
        } catch (IOException | RuntimeException e) {
            throw new CoreException(Status.error("the attack's output could not be read: " + e.getMessage()));
        }
    }

    static Report parse(JsonObject json) throws IOException {
        JsonObject settings = json.getAsJsonObject("settings");
        List<Level> levels = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("levels")) {
            JsonObject level = e.getAsJsonObject();
            levels.add(new Level(level.get("epsilon").getAsDouble(), level.get("accuracy").getAsDouble(), level.get("randomAccuracy").getAsDouble(),
                    level.get("fooled").getAsInt(), level.get("loss").getAsDouble(), RunJson.number(level, "meanL2"), RunJson.number(level,
                            "certifiedAccuracy"), RunJson.number(level, "intervalCertifiedAccuracy")));
        }
        List<Example> examples = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("examples")) {
            JsonObject example = e.getAsJsonObject();
            examples.add(new Example(example.get("sample").getAsInt(), example.get("label").getAsInt(), example.get("cleanProbability").getAsDouble(),
                    example.get("adversarialClass").getAsInt(), example.get("adversarialProbability").getAsDouble(), example.get("epsilon")
                            .getAsDouble()));
        }
        List<String> warnings = new ArrayList<>();
        json.getAsJsonArray("warnings").forEach(w -> warnings.add(w.getAsString()));
        JsonElement range = settings.get("range");
        boolean clipped = range != null && range.isJsonArray();
        JsonElement file = json.get("examplesFile");
        JsonElement bounds = json.get("bounds");
        // Reports from before linear bounds name none: interval bounds made their certificates.
        String certifiedBy = bounds != null && !bounds.isJsonNull() ? bounds.getAsString() : levels.stream().anyMatch(l -> !Double.isNaN(l
                .certified())) ? "interval" : null;
        return new Report(json.get("attack").getAsString(), json.has("norm") ? json.get("norm").getAsString() : "linf",
                settings.get("steps").getAsInt(), settings.get("stepSize").getAsDouble(),
                settings.get("randomStart").getAsBoolean(), settings.get("samples").getAsInt(), json.get("split").getAsString(),
                clipped ? range.getAsJsonArray().get(0).getAsDouble() : Double.NaN, clipped ? range.getAsJsonArray().get(1).getAsDouble() : Double.NaN,
                json.getAsJsonObject("clean").get("accuracy").getAsDouble(), levels, RunJson.number(json, "medianEpsilon"), examples,
                file == null || file.isJsonNull() ? null : file.getAsString(), warnings, certifiedBy, json.get("smoothing") instanceof JsonObject
                        smoothing ? smoothing.get("accuracy").getAsDouble() : Double.NaN);
    }
}
