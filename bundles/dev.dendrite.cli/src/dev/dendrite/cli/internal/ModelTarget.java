package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.UsageException;
import dev.dendrite.train.data.DataSources;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.GraphDataset;
import dev.dendrite.train.data.NpmDatasets;
import dev.dendrite.train.data.TensorDataset;
import dev.dendrite.train.run.RunFiles;
import dev.dendrite.train.run.RunReader;
import dev.dendrite.train.run.RunRecord;

/**
 * What evaluate and saliency read: a finished run's model and the split of the data set it trained
 * on (with its seed, which draws the synthetic sets), or a model file and {@code --data}.
 *
 * @param run the run directory, or null for a model file
 * @param model the model file
 * @param spec the data set's specification
 * @param split "test", "train" or (for a run) "validation"
 * @param source the split's samples: a {@link Dataset} of vectors or images, a {@link GraphDataset} or a {@link TensorDataset} of sequences
 * @param validation for a run's test split of a {@link Dataset}, its validation split (what temperature scaling fits on); else null
 * @param unrolled for sequences, the steps every batch is padded to (the longest sequence of both splits, as the trainer unrolls); else 0
 * @param training for vectors and images, the data set's whole training split (what quantize calibrates on); else null
 */
record ModelTarget(Path run, Path model, String spec, String split, BatchSource source, Dataset validation, long unrolled, Dataset training) {

    /** The split's samples as vectors or images, or null for graphs. */
    Dataset data() {
        return source instanceof Dataset samples ? samples : null;
    }

    /** The split's sequences, or null for vectors, images and graphs. */
    TensorDataset sequences() {
        return source instanceof TensorDataset sequences ? sequences : null;
    }

    /** A sequence set's inputs, masks aside (none for other data). */
    java.util.List<dev.dendrite.train.data.Field> sequenceInputs() {
        return sequences() == null ? java.util.List.of() : sequences().fields(dev.dendrite.train.data.Field.Role.INPUT).stream()
                .filter(f -> !f.name().endsWith(":mask")).toList();
    }

    /** The vectors or images, or a usage error naming {@code command} where the split holds graphs or sequences. */
    Dataset samples(String command) throws UsageException {
        if (data() == null) {
            throw new UsageException(command + " reads vector and image data sets; " + spec + " holds " + (sequences() != null ? "sequences"
                    : "graphs"));
        }
        return data();
    }

    /** Work on the target's model, as an analysis command runs it. */
    @FunctionalInterface
    interface ModelWork<T> {
        T run(ai.onnx.proto.OnnxMl.ModelProto model) throws ai.onnxruntime.OrtException, dev.dendrite.runtime.ModelLoadException;
    }

    /**
     * Runs {@code work} on the parsed model, each failure as one message: a file that is no ONNX
     * model, a model the work cannot read or ONNX Runtime cannot load as usage errors, a failed run
     * as "the {@code what} of MODEL failed".
     */
    <T> T analyse(String what, ModelWork<T> work) throws UsageException, dev.dendrite.cli.CommandFailedException, IOException {
        ai.onnx.proto.OnnxMl.ModelProto parsed;
        try {
            parsed = ai.onnx.proto.OnnxMl.ModelProto.parseFrom(Files.readAllBytes(model));
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new UsageException(model + " is not an ONNX model: " + e.getMessage());
        }
        return analyse(what, parsed, work);
    }

    /** As above on a model parsed once already: for commands that run several analyses of it. */
    <T> T analyse(String what, ai.onnx.proto.OnnxMl.ModelProto parsed, ModelWork<T> work) throws UsageException,
            dev.dendrite.cli.CommandFailedException {
        try {
            return work.run(parsed);
        } catch (IllegalArgumentException e) {
            throw new UsageException(model + ": " + e.getMessage());
        } catch (dev.dendrite.runtime.ModelLoadException e) {
            throw new UsageException(model + " cannot be loaded: " + e.getMessage());
        } catch (ai.onnxruntime.OrtException e) {
            throw new dev.dendrite.cli.CommandFailedException("the " + what + " of " + model + " failed: " + e.getMessage());
        }
    }

    /** Where a command writes its files: {@code -o DIR}, else {@code RUN_DIR/name}, or {@code name/} beside a model file. */
    Path outputFolder(Arguments a, String name) {
        return a.option("out") != null ? Path.of(a.option("out")) : run != null ? run.resolve(name) : model.toAbsolutePath().resolveSibling(name);
    }

    /** {@code --samples N|all}: the first N of {@code size} (all where fewer), all, or {@code fallback} where not given. */
    static int samples(String option, int size, int fallback) throws UsageException {
        if (option == null) {
            return Math.min(fallback, size);
        }
        if (option.equals("all")) {
            return size;
        }
        try {
            int n = Integer.parseInt(option);
            if (n >= 1) {
                return Math.min(n, size);
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new UsageException("--samples takes a number of samples, 1 or more, or all, not '" + option + "'");
    }

    /** The options both commands take besides the target. */
    static final java.util.Map<String, String> OPTIONS = java.util.Map.of("--data", "data", "--split", "split", "--data-cache", "data-cache");

    /** Resolves RUN_DIR|MODEL.onnx, --data, --split and --data-cache; {@code command} names the command in messages. */
    static ModelTarget resolve(Arguments a, String command) throws UsageException {
        return resolve(a, command, "test");
    }

    /** As above; {@code defaultSplit} without {@code --split}. */
    static ModelTarget resolve(Arguments a, String command, String defaultSplit) throws UsageException {
        Path target = Path.of(a.single("RUN_DIR|MODEL.onnx"));
        String split = a.option("split") == null ? defaultSplit : a.option("split");
        if (!split.equals("test") && !split.equals("train") && !split.equals("validation")) {
            throw new UsageException("--split must be test, train or validation, not '" + split + "'");
        }
        boolean runDirectory = Files.isDirectory(target);
        Path model = modelFile(target, "");
        refuseGenerator(target, model, a.option("data") != null ? a.option("data") : "the data", command);
        RunRecord record = null;
        if (runDirectory) {
            try {
                record = RunReader.readWithoutMetrics(target);
            } catch (IOException e) {
                throw new UsageException(target + ": " + e.getMessage());
            }
        }
        String spec = a.option("data") != null ? a.option("data")
                : record != null && record.config().get("dataset") instanceof String s ? s : null;
        if (spec == null) {
            throw new UsageException("--data is needed with a model file (e.g. --data mnist)");
        }
        double seed = record == null ? Double.NaN : record.setting("seed");
        BatchSource[] sets;
        try {
            Path cache = a.option("data-cache") != null ? Path.of(a.option("data-cache")) : NpmDatasets.defaultCache();
            sets = DataSources.loadAny(spec, cache, Double.isNaN(seed) ? 42L : (long) seed);
        } catch (IllegalArgumentException | IOException e) {
            throw new UsageException(e.getMessage());
        }
        if (sets[0] instanceof GraphDataset && sets[1] instanceof GraphDataset || sets[0] instanceof TensorDataset && sets[1] instanceof TensorDataset) {
            BatchSource chosen = switch (split) {
                case "train" -> sets[0];
                case "test" -> sets[1];
                default -> {
                    BatchSource held = record == null || a.option("data") != null ? null : heldOut(record, sets[0]);
                    if (held == null) {
                        throw new UsageException("--split validation needs a run trained with a validation split on its own data set"
                                + (record == null ? "" : " (" + target + " has none)"));
                    }
                    yield held;
                }
            };
            long unrolled = sets[0] instanceof TensorDataset ? Math.max(sets[0].longestSequence(), sets[1].longestSequence()) : 0;
            return new ModelTarget(runDirectory ? target : null, model, spec, split, chosen, null, unrolled, null);
        }
        if (!(sets[0] instanceof Dataset train) || !(sets[1] instanceof Dataset test)) {
            throw new UsageException(command + " reads vector, image, graph and sequence data sets; " + spec + " holds "
                    + sets[0].getClass().getSimpleName());
        }
        Dataset validation = record == null || a.option("data") != null ? null : validation(record, train);
        if (split.equals("validation") && validation == null) {
            throw new UsageException("--split validation needs a run trained with a validation split on its own data set" + (record == null ? ""
                    : " (" + target + " has none)"));
        }
        Dataset samples = split.equals("train") ? train : split.equals("validation") ? validation : test;
        return new ModelTarget(runDirectory ? target : null, model, spec, split, samples, split.equals("test") ? validation : null, 0, train);
    }

    /** @throws UsageException naming a GAN's generator for what it is, where {@code model} is one: it reads noise, not data */
    static void refuseGenerator(Path target, Path model, String data, String command) throws UsageException {
        if (dev.dendrite.analysis.latent.GeneratorSpace.isGenerator(model)) {
            throw new UsageException(target + " is a GAN's generator: it reads noise, not " + data + ", so " + command + " has nothing to "
                    + "read; dendrite generate draws its samples and interpolations, and a run's summary has the generator's loss and the "
                    + "discriminator's accuracy on the test split");
        }
    }

    /**
     * The model a path names: a finished run directory's model.onnx, or a model file; {@code option}
     * (as "--against ", or empty) begins each message.
     */
    static Path modelFile(Path given, String option) throws UsageException {
        boolean runDirectory = Files.isDirectory(given);
        if (runDirectory && !RunReader.isRunDirectory(given)) {
            throw new UsageException(option + given + " is not a run directory");
        }
        Path model = runDirectory ? given.resolve(RunFiles.MODEL) : given;
        if (!Files.isRegularFile(model)) {
            throw new UsageException(option + (runDirectory ? given + " has no " + RunFiles.MODEL
                    + ": the run has not finished (only a finished run has a model)" : model + " does not exist"));
        }
        return model;
    }

    /** A graph or sequence run's validation split as its trainer cut it (Trainer: the last fraction of a seeded permutation); null without one. */
    private static BatchSource heldOut(RunRecord record, BatchSource train) {
        double fraction = record.setting("validationFraction");
        double seed = record.setting("seed");
        return fraction > 0 && !Double.isNaN(seed) ? train.split(fraction, (long) seed, "/train", "/validation")[1] : null;
    }

    /**
     * The run's validation split as its trainer cut it: the training set without a held-out class, the
     * last {@code validationFraction} of a permutation seeded by the run's seed (Trainer); null without one.
     */
    private static Dataset validation(RunRecord record, Dataset train) {
        double fraction = record.setting("validationFraction");
        double seed = record.setting("seed");
        if (!(fraction > 0) || Double.isNaN(seed) || !train.hasLabels()) {
            return null;
        }
        Dataset kept = train;
        double held = record.setting("heldOutClass");
        if (!Double.isNaN(held)) {
            int[] others = java.util.stream.IntStream.range(0, train.size()).filter(i -> train.label(i) != (int) held).toArray();
            kept = train.subset(others, " without class " + (int) held);
        }
        return kept.split(fraction, (long) seed, "/train", "/validation")[1];
    }
}
