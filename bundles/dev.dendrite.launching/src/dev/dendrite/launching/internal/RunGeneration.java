package dev.dendrite.launching.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.dendrite.train.run.RunJson;

/** {@code dendrite generate --json} of a run's next-step model in a trainer JVM: a prime's continuation. */
public final class RunGeneration {

    private RunGeneration() {
    }

    /**
     * The continuation of {@code prime} by {@code length} steps: text for a character model, else the
     * generated ids or values as text; cancelling ends the trainer JVM.
     */
    public static String run(Path run, String prime, int length, double temperature, long seed, IProgressMonitor monitor) throws CoreException {
        // The prime travels as one argument; a long one would make the command line too long for ONNX Runtime.
        if (prime.length() > 1000) {
            throw new CoreException(Status.error("the prime has " + prime.length() + " characters; give at most 1,000"));
        }
        String output = TrainerCommand.output(List.of("generate", run.toString(), "--prime", prime, "--length", String.valueOf(length),
                "--temperature", String.format(Locale.ROOT, "%.3f", temperature), "--seed", String.valueOf(seed), "--json"), run.toFile(),
                "Generating with " + run.getFileName(), monitor);
        try {
            JsonObject json = RunJson.parse(output);
            JsonElement generated = json.get("generated");
            if (generated.isJsonPrimitive()) {
                return generated.getAsString();
            }
            return generated.isJsonNull() ? json.get("tokens").toString() : generated.toString();
        } catch (RuntimeException e) {
            throw new CoreException(Status.error("the generated text could not be read: " + RunJson.problem(e)));
        }
    }

    /**
     * Whether a run's model is an encoder-decoder: two token inputs (a source and a decoder input),
     * which {@code generate --source} decodes; false where the model cannot be read.
     */
    public static boolean encoderDecoder(Path run) {
        try {
            var graph = ai.onnx.proto.OnnxMl.ModelProto.parseFrom(java.nio.file.Files.readAllBytes(run.resolve("model.onnx"))).getGraph();
            java.util.Set<String> initializers = new java.util.HashSet<>();
            graph.getInitializerList().forEach(t -> initializers.add(t.getName()));
            var inputs = graph.getInputList().stream().filter(v -> !initializers.contains(v.getName())).toList();
            return inputs.size() == 2 && inputs.stream().allMatch(v -> v.getType().getTensorType().getElemType()
                    == ai.onnx.proto.OnnxMl.TensorProto.DataType.INT64_VALUE && v.getType().getTensorType().getShape().getDimCount() == 2);
        } catch (java.io.IOException | RuntimeException e) {
            return false;
        }
    }

    /**
     * An encoder-decoder's decoding of {@code source} (token ids, "3,9,4,12"), {@code length} tokens
     * (0: as the source's), by a beam of {@code width} sequences (1: greedy).
     */
    public static String decode(Path run, String source, int length, int width, IProgressMonitor monitor) throws CoreException {
        if (source.length() > 1000) {
            throw new CoreException(Status.error("the source has " + source.length() + " characters; give at most 1,000"));
        }
        List<String> args = new java.util.ArrayList<>(List.of("generate", run.toString(), "--source", source.replace(" ", ""), "--beam",
                String.valueOf(width), "--json"));
        if (length > 0) {
            args.addAll(List.of("--length", String.valueOf(length)));
        }
        String output = TrainerCommand.output(args, run.toFile(), "Decoding with " + run.getFileName(), monitor);
        try {
            StringBuilder text = new StringBuilder();
            for (JsonElement token : RunJson.parse(output).getAsJsonArray("decoded")) {
                text.append(text.isEmpty() ? "" : ",").append(token.getAsLong());
            }
            return text.toString();
        } catch (RuntimeException e) {
            throw new CoreException(Status.error("the decoded tokens could not be read: " + RunJson.problem(e)));
        }
    }

    /**
     * A GAN generator's drawing: the samples drawn, the noise's dims, the samples' diversity and the data's (NaN: none), the
     * pictures by name (samples, interpolation), a conditional generator's classes (0: unconditional) and the class drawn (-1:
     * every class in turn), the judge's verdict (null: none asked), and whether the samples are a variational autoencoder's
     * prior decoded (else a GAN generator's noise).
     */
    public record Samples(int count, int dims, int steps, long seed, double diversity, double dataDiversity,
            java.util.Map<String, String> files, int classes, int drawnClass, Verdict verdict, boolean prior) {
    }

    /** {@code generate --judge}'s figures (conditionalAccuracy NaN for an unconditional generator). */
    public record Verdict(String judge, int samples, double frechetDistance, double dataFrechetDistance, double classifierScore,
            double dataClassifierScore, int coveredClasses, int classes, double conditionalAccuracy) {
    }

    /** Whether a run's model is a GAN's generator (which {@link #samples} draws from). */
    public static boolean generator(Path run) {
        return dev.dendrite.analysis.latent.GeneratorSpace.isGenerator(run.resolve("model.onnx"));
    }

    /**
     * The classes a run's conditional generator (or conditional variational autoencoder) draws; 0 for an unconditional one or a
     * model that cannot be read.
     */
    public static int classes(Path run) {
        try {
            var model = ai.onnx.proto.OnnxMl.ModelProto.parseFrom(java.nio.file.Files.readAllBytes(run.resolve("model.onnx")));
            if (dev.dendrite.analysis.latent.VariationalCode.find(model, run.toString()) != null) {
                var classInputs = dev.dendrite.train.run.ClassInputs.of(model.getGraph());
                return classInputs.isEmpty() ? 0 : dev.dendrite.train.run.GeneratorModel.classes(model, classInputs.get(0));
            }
            return dev.dendrite.train.run.GeneratorModel.of(model).classes();
        } catch (java.io.IOException | RuntimeException e) {
            return 0;
        }
    }

    /** Whether a run's model is a variational autoencoder's, whose prior {@link #samples} draws through its decoder. */
    public static boolean variational(Path run) {
        return dev.dendrite.analysis.latent.VariationalCode.isVariational(run.resolve("model.onnx"));
    }

    /**
     * The finished classifier runs beside {@code run} (in its folder) trained on its data set, best test accuracy first: the
     * judges {@code generate --judge} can take.
     */
    public static List<Path> judges(Path run) {
        List<dev.dendrite.train.run.RunRecord> found = new java.util.ArrayList<>();
        try (var siblings = java.nio.file.Files.list(run.toAbsolutePath().getParent())) {
            Object dataset = dev.dendrite.train.run.RunReader.readWithoutMetrics(run).config().get("dataset");
            for (Path sibling : siblings.sorted().toList()) {
                if (sibling.equals(run.toAbsolutePath()) || !dev.dendrite.train.run.RunReader.isRunDirectory(sibling)
                        || !java.nio.file.Files.isRegularFile(sibling.resolve("model.onnx"))) {
                    continue;
                }
                var record = dev.dendrite.train.run.RunReader.readWithoutMetrics(sibling);
                if (dataset != null && dataset.equals(record.config().get("dataset")) && !Double.isNaN(record.testAccuracy())
                        && !generator(sibling)) {
                    found.add(record);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            return List.of();
        }
        found.sort(java.util.Comparator.comparingDouble(dev.dendrite.train.run.RunRecord::testAccuracy).reversed());
        return found.stream().map(dev.dendrite.train.run.RunRecord::directory).toList();
    }

    /**
     * {@code count} samples of the run's generator and six interpolations of {@code steps}, from noise seeded by {@code seed}; of
     * class {@code drawnClass} only where it is 0 or more (a conditional generator), judged by {@code judge}'s classifier where
     * not null.
     */
    public static Samples samples(Path run, int count, int steps, long seed, int drawnClass, Path judge, IProgressMonitor monitor)
            throws CoreException {
        List<String> args = new java.util.ArrayList<>(List.of("generate", run.toString(), "--count", String.valueOf(count), "--steps",
                String.valueOf(steps), "--seed", String.valueOf(seed), "--json"));
        if (drawnClass >= 0) {
            args.addAll(List.of("--class", String.valueOf(drawnClass)));
        }
        if (judge != null) {
            args.addAll(List.of("--judge", judge.toString()));
        }
        String output = TrainerCommand.output(args, run.toFile(), "Drawing from " + run.getFileName(), monitor);
        try {
            JsonObject json = RunJson.parse(output);
            java.util.Map<String, String> files = new java.util.LinkedHashMap<>();
            json.getAsJsonObject("files").entrySet().forEach(e -> files.put(e.getKey(), e.getValue().getAsString()));
            double data = json.get("dataDiversity").isJsonNull() ? Double.NaN : json.get("dataDiversity").getAsDouble();
            JsonElement conditional = json.get("conditional");
            int classes = conditional == null || conditional.isJsonNull() ? 0 : conditional.getAsJsonObject().get("classes").getAsInt();
            int drawn = classes == 0 || conditional.getAsJsonObject().get("class").isJsonNull() ? -1
                    : conditional.getAsJsonObject().get("class").getAsInt();
            return new Samples(json.get("count").getAsInt(), json.getAsJsonObject("noise").get("dims").getAsInt(),
                    json.get("steps").getAsInt(), json.get("seed").getAsLong(), json.get("diversity").getAsDouble(), data, files, classes,
                    drawn, json.has("judge") ? verdict(json.getAsJsonObject("judge")) : null, json.has("source") && json.get("source")
                            .getAsString().equals("prior"));
        } catch (RuntimeException e) {
            throw new CoreException(Status.error("the generated samples could not be read: " + RunJson.problem(e)));
        }
    }

    private static Verdict verdict(JsonObject j) {
        return new Verdict(j.get("model").getAsString(), j.get("samples").getAsInt(), j.get("frechetDistance").getAsDouble(),
                j.get("dataFrechetDistance").getAsDouble(), j.get("classifierScore").getAsDouble(), j.get("dataClassifierScore").getAsDouble(),
                j.get("coveredClasses").getAsInt(), j.get("classes").getAsInt(), j.get("conditionalAccuracy").isJsonNull() ? Double.NaN
                        : j.get("conditionalAccuracy").getAsDouble());
    }
}
