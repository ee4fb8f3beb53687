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

import dev.dendrite.analysis.manifold.LinearProbes;
import dev.dendrite.train.run.RunJson;

/** {@code dendrite probe} of a run directory in a trainer JVM, and the report it keeps in the run ({@link LinearProbes#REPORT}). */
public final class RunProbes {

    /** One layer's probe: its values per sample, the probe's training and test accuracy, and the untrained network's (NaN: not probed). */
    public record Probe(String layer, int width, double trainAccuracy, double testAccuracy, double untrainedTestAccuracy) {
    }

    /** Every layer's probe in the model's order, with the samples they trained and were scored on. */
    public record Report(List<Probe> probes, int trainSamples, int testSamples, int classes) {
    }

    private RunProbes() {
    }

    /** The report the run keeps, or null where it has none (or one that cannot be read: probe again). */
    public static Report kept(Path run) {
        Path file = run.resolve(LinearProbes.REPORT);
        try {
            return Files.isRegularFile(file) ? parse(RunJson.parse(Files.readString(file))) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Probes every layer of the run's model on {@code samples} training samples, and the same network untrained where {@code control};
     * cancelling ends the JVM.
     */
    public static Report run(Path run, int samples, boolean control, IProgressMonitor monitor) throws CoreException {
        List<String> arguments = new ArrayList<>(List.of("probe", run.toString(), "--samples", Integer.toString(samples), "--json"));
        if (control) {
            arguments.add("--control");
        }
        String output = TrainerCommand.output(arguments, run.toFile(), "Probing " + run.getFileName(), monitor);
        try {
            return parse(RunJson.parse(output));
        } catch (IOException | RuntimeException e) {
            throw new CoreException(Status.error("the probes' output could not be read: " + e.getMessage()));
        }
    }

    static Report parse(JsonObject json) throws IOException {
        List<Probe> probes = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("probes")) {
            JsonObject probe = e.getAsJsonObject();
            probes.add(new Probe(probe.get("layer").getAsString(), probe.get("width").getAsInt(), probe.get("trainAccuracy").getAsDouble(), probe
                    .get("testAccuracy").getAsDouble(), RunJson.number(probe, "untrainedTestAccuracy")));
        }
        return new Report(probes, json.get("trainSamples").getAsInt(), json.get("testSamples").getAsInt(), json.get("classes").getAsInt());
    }
}
