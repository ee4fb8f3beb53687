package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.UsageException;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.DataSources;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.NpmDatasets;
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
 * @param split "test" or "train"
 * @param data the split's samples
 */
record ModelTarget(Path run, Path model, String spec, String split, Dataset data) {

    /** The options both commands take besides the target. */
    static final java.util.Map<String, String> OPTIONS = java.util.Map.of("--data", "data", "--split", "split", "--data-cache", "data-cache");

    /** Resolves RUN_DIR|MODEL.onnx, --data, --split and --data-cache; {@code command} names the command in messages. */
    static ModelTarget resolve(Arguments a, String command) throws UsageException {
        Path target = Path.of(a.single("RUN_DIR|MODEL.onnx"));
        String split = a.option("split") == null ? "test" : a.option("split");
        if (!split.equals("test") && !split.equals("train")) {
            throw new UsageException("--split must be test or train, not '" + split + "'");
        }
        boolean runDirectory = Files.isDirectory(target);
        Path model = runDirectory ? target.resolve(RunFiles.MODEL) : target;
        if (runDirectory && !RunReader.isRunDirectory(target)) {
            throw new UsageException(target + " is not a run directory");
        }
        if (!Files.isRegularFile(model)) {
            throw new UsageException(runDirectory ? target + " has no " + RunFiles.MODEL + ": the run has not finished (only a finished run has a model)"
                    : model + " does not exist");
        }
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
        BatchSource chosen = split.equals("train") ? sets[0] : sets[1];
        if (!(chosen instanceof Dataset samples)) {
            throw new UsageException(command + " reads vector and image data sets; " + spec + " holds sequences or graphs, whose runs report"
                    + " their test metrics in summary.json");
        }
        return new ModelTarget(runDirectory ? target : null, model, spec, split, samples);
    }
}
