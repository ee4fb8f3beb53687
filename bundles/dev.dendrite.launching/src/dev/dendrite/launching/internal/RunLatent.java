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

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.dendrite.analysis.latent.LatentSpace;
import dev.dendrite.train.run.RunJson;

/** {@code dendrite latent} of a run directory in a trainer JVM, and the report it keeps in the run ({@link LatentSpace#REPORT}). */
public final class RunLatent {

    /** A code dimension: its KL term (nats per sample), activity, mean variance, and whether it is active. */
    public record Dimension(int dim, double kl, double activity, double meanVariance, boolean active) {
    }

    /**
     * A latent space: the samples encoded, the reconstruction error per value and its weight, the KL term per sample and its
     * weight, the loss as trained, the dimensions, the two the manifold spans, the line's end samples' labels (-1: none), and
     * the pictures by name (manifold, codes, prior, line), and for a conditional autoencoder its classes and the class the
     * manifold, line and traversal decode (0 and -1 for any other).
     */
    public record Report(int samples, String split, double reconstructionError, double reconstructionWeight, double kl, double klWeight,
            double loss, List<Dimension> dimensions, int[] manifoldDims, int grid, int fromLabel, int toLabel, Map<String, String> files,
            int classes, int decodedClass) {

        public boolean conditional() {
            return classes > 0;
        }

        public long activeDims() {
            return dimensions.stream().filter(Dimension::active).count();
        }
    }

    private RunLatent() {
    }

    /** The report the run keeps, or null where it has none (or one that cannot be read: draw again). */
    public static Report kept(Path run) {
        Path file = run.resolve(LatentSpace.REPORT);
        try {
            return Files.isRegularFile(file) ? parse(RunJson.parse(Files.readString(file))) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * Draws the run's latent space from its first {@code samples} test samples, a manifold of {@code grid} × {@code grid} codes over
     * {@code dims} ("I,J", blank: the two of largest KL), a conditional autoencoder's decoded as {@code decodedClass} (-1: the
     * line's first sample's class); cancelling ends the JVM.
     */
    public static Report run(Path run, int samples, int grid, String dims, int decodedClass, IProgressMonitor monitor) throws CoreException {
        List<String> arguments = new ArrayList<>(List.of("latent", run.toString(), "--samples", Integer.toString(samples), "--grid",
                Integer.toString(grid), "--json"));
        if (decodedClass >= 0) {
            arguments.add("--class");
            arguments.add(Integer.toString(decodedClass));
        }
        if (dims != null && !dims.isBlank()) {
            arguments.add("--dims");
            arguments.add(dims.replace(" ", ""));
        }
        String output = TrainerCommand.output(arguments, run.toFile(), "Drawing the latent space of " + run.getFileName(), monitor);
        try {
            return parse(RunJson.parse(output));
        } catch (IOException | RuntimeException e) {
            throw new CoreException(Status.error("the latent space's output could not be read: " + e.getMessage()));
        }
    }

    static Report parse(JsonObject json) throws IOException {
        List<Dimension> dimensions = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("dimensions")) {
            JsonObject d = e.getAsJsonObject();
            dimensions.add(new Dimension(d.get("dim").getAsInt(), d.get("kl").getAsDouble(), d.get("activity").getAsDouble(), d.get("meanVariance")
                    .getAsDouble(), d.get("active").getAsBoolean()));
        }
        JsonObject manifold = json.getAsJsonObject("manifold");
        var spanned = manifold.getAsJsonArray("dims");
        JsonObject line = json.getAsJsonObject("line");
        Map<String, String> files = new LinkedHashMap<>();
        json.getAsJsonObject("files").entrySet().forEach(entry -> files.put(entry.getKey(), entry.getValue().getAsString()));
        JsonObject latent = json.getAsJsonObject("latent");
        JsonObject conditional = json.has("conditional") ? json.getAsJsonObject("conditional") : null;
        return new Report(json.get("samples").getAsInt(), json.get("split").getAsString(), json.get("reconstructionError").getAsDouble(), json.get(
                "reconstructionWeight").getAsDouble(), json.get("kl").getAsDouble(), latent.get("klWeight").getAsDouble(), json.get("loss")
                        .getAsDouble(), dimensions, new int[] {spanned.get(0).getAsInt(), spanned.get(1).getAsInt()}, manifold.get("grid").getAsInt(),
                label(line, "fromLabel"), label(line, "toLabel"), files, conditional == null ? 0 : conditional.get("classes").getAsInt(),
                conditional == null ? -1 : conditional.get("decodedClass").getAsInt());
    }

    private static int label(JsonObject line, String key) {
        JsonElement value = line.get(key);
        return value == null || value.isJsonNull() ? -1 : value.getAsInt();
    }
}
