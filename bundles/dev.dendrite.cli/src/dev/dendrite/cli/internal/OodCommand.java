package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import dev.dendrite.analysis.evaluation.SaliencyImages;
import dev.dendrite.analysis.ood.OodDetection;
import dev.dendrite.analysis.ood.OodImages;
import dev.dendrite.analysis.ood.OodReport;
import dev.dendrite.analysis.ood.OodSets;
import dev.dendrite.analysis.ood.OodSettings;
import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.Command;
import dev.dendrite.cli.CommandContext;
import dev.dendrite.cli.UsageException;
import dev.dendrite.model.io.AtomicFiles;
import dev.dendrite.train.data.DataSources;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.NpmDatasets;
import dev.dendrite.train.run.RunReader;

/**
 * {@code dendrite ood RUN_DIR|MODEL.onnx}: how well a classifier's confidence, logits and features
 * tell its own kind of data from other data sets, and the foreign samples it is surest of.
 */
public final class OodCommand implements Command {

    /** The control sets: words --against takes besides data sets. */
    static final String NOISE = "noise";
    static final String INVERTED = "inverted";
    static final String HELD_OUT = "held-out";

    @Override
    public String name() {
        return "ood";
    }

    @Override
    public String summary() {
        return "out-of-distribution detection: how well confidence, logits and features tell the training data's kind from other data";
    }

    @Override
    public String usage() {
        return """
                Usage: dendrite ood RUN_DIR|MODEL.onnx [--against SET,SET,...] [--samples N] [--fit-samples N] [--k K] [--examples K]
                                   [--odin-temperature T] [--odin-epsilon E | --no-odin] [--background RUN_DIR|MODEL.onnx]
                                   [--seed S] [--data SPEC]
                                   [--split test|train|validation] [-o DIR] [--data-cache DIR] [--json]
                A classifier reads every input as one of its classes, often as surely for a shoe as for a digit. This
                measures how well seven scores, each higher the more an input looks like the training data, tell the
                split's samples (the in-distribution) from each other set: the maximum softmax probability (msp; Hendrycks
                and Gimpel, 2017), the largest logit (max-logit), the negative energy log Σ exp(logit) (energy; Liu et al.,
                2020), the softmax's negative entropy (entropy), ODIN (odin; Liang et al., 2018: the maximum softmax
                probability at temperature T, default 1000, after each input is moved by E, default 0 (the temperature alone;
                on the course's networks no step helped), up the gradient of its predicted class's log probability, the
                model differentiated by Dendrite; --no-odin leaves it out),
                and from the penultimate layer's features, fitted on
                training samples: the negative squared Mahalanobis distance to the nearest class mean under a shared
                covariance (mahalanobis; Lee et al., 2018) and the negative distance to the K-th nearest training sample of
                the features scaled to unit length (knn; Sun et al., 2022). For each set and score: the ROC AUC (0.5 is
                chance, 1 every in-distribution sample above every other), the average precision of finding the other set's
                samples (auprOut) and the share of them accepted where 95% of the in-distribution is (fprAt95, lower better).
                --against names the other sets: data sets (mnist, fashion-mnist, idx:..., their test split; samples of the
                model's input size) or the controls noise (values uniform over the data's range), inverted (the split's
                pictures with their values mirrored) and held-out (the class a run trained with --hold-out left out, taken
                from the split, which then leaves it out too: telling a new class, the hardest case). Default: the other
                packaged set for mnist and fashion-mnist, noise, inverted for pictures and held-out where the run has one.
                --samples scores the first N of each side (default 2000); --fit-samples fits the feature scores on the first N
                training samples (default 5000; 0 leaves them out); --k (default 10); --examples draws each set's K surest
                samples (default 8) as ood-examples.png in DIR (default RUN_DIR/ood, or ood/ beside a model file), a row per
                set. An autoencoder (one output per input value) is scored by its reconstruction error (reconstruction), the
                samples it rebuilds best drawn; a variational one also by its loss as trained (elbo), its code's KL term (kl)
                and, from --fit-samples training samples, the distance of each from its training mean (typicality,
                kl-typicality; Nalisnick et al., 2019: a sample the model finds too likely is as suspect as one it finds too
                unlikely). --background names another autoencoder of the same data trained on perturbed inputs (train
                --augment mutate:20, Ren et al.'s background model): the likelihood ratio (likelihood-ratio) is its loss
                less the model's, each the loss it trained with, so what both find likely alike (plain backgrounds, few
                strokes) cancels and what only the model learnt of the data remains. A run keeps the report as ood.json
                (the Evaluation view's Out-of-distribution... shows it).""";
    }

    /** The background model --background names, parsed; null where not given. */
    private static ai.onnx.proto.OnnxMl.ModelProto background(String option) throws UsageException, java.io.IOException {
        if (option == null) {
            return null;
        }
        Path file = ModelTarget.modelFile(Path.of(option), "--background ");
        try {
            return ai.onnx.proto.OnnxMl.ModelProto.parseFrom(java.nio.file.Files.readAllBytes(file));
        } catch (com.google.protobuf.InvalidProtocolBufferException e) {
            throw new UsageException("--background " + file + " is not an ONNX model: " + e.getMessage());
        }
    }

    @Override
    public int run(CommandContext context, List<String> args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(ModelTarget.OPTIONS);
        options.put("--against", "against");
        options.put("--samples", "samples");
        options.put("--fit-samples", "fit-samples");
        options.put("--k", "k");
        options.put("--examples", "examples");
        options.put("--seed", "seed");
        options.put("--odin-temperature", "odin-temperature");
        options.put("--odin-epsilon", "odin-epsilon");
        options.put("--background", "background");
        options.put("-o", "out");
        Arguments a = Arguments.parse(args, options, Set.of("--no-odin"));
        Integer samples = TrainCommand.integer(a, "samples");
        Integer fitSamples = TrainCommand.integer(a, "fit-samples");
        Integer k = TrainCommand.integer(a, "k");
        Integer examples = TrainCommand.integer(a, "examples");
        Integer seed = TrainCommand.integer(a, "seed");
        Double temperature = TrainCommand.number(a, "odin-temperature");
        Double epsilon = TrainCommand.number(a, "odin-epsilon");
        if (a.flag("no-odin") && (temperature != null || epsilon != null)) {
            throw new UsageException("--odin-temperature and --odin-epsilon set ODIN, which --no-odin leaves out");
        }
        int fitted = fitSamples == null ? OodSettings.DEFAULT_FIT_SAMPLES : fitSamples;
        checkOptions(samples, fitted, k, examples, temperature, epsilon);
        OodSettings settings;
        try {
            settings = new OodSettings(samples == null ? OodSettings.DEFAULT_SAMPLES : samples, fitted, k == null ? Math.min(OodSettings.DEFAULT_K,
                    Math.max(1, fitted)) : k, examples == null ? OodSettings.DEFAULT_EXAMPLES : examples, !a.flag("no-odin"), temperature == null
                            ? OodSettings.DEFAULT_TEMPERATURE : temperature, epsilon == null ? OodSettings.DEFAULT_EPSILON : epsilon);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        ModelTarget target = ModelTarget.resolve(a, "ood");
        Dataset split = target.samples("ood");
        if (!split.hasLabels()) {
            throw new UsageException("ood reads classifiers and autoencoders of labelled data; " + target.spec() + " has float targets, not "
                    + "classes");
        }
        int heldOut = heldOutClass(target);
        List<String> against = a.option("against") != null ? List.of(a.option("against").split(",")).stream().map(String::strip).toList()
                : defaults(target.spec(), split, heldOut);
        Dataset in = heldOut >= 0 ? withoutClass(split, heldOut, false) : split;
        Dataset training = target.training();
        // The fit reads only its first samples: those are copied, not the whole training split.
        Dataset fit = training == null || heldOut < 0 ? training : training.subset(IntStream.range(0, training.size()).filter(i -> training.label(i)
                != heldOut).limit(settings.fitSamples()).toArray(), " without class " + heldOut);
        Map<String, Dataset> out = new LinkedHashMap<>();
        double[] span = OodSets.span(in, settings.samples());
        for (String set : against) {
            if (out.containsKey(set)) {
                throw new UsageException("--against names " + set + " twice");
            }
            out.put(set, outSet(a, set, target, split, in, heldOut, span, settings.samples(), seed == null ? 0 : seed));
        }
        ai.onnx.proto.OnnxMl.ModelProto background = background(a.option("background"));
        OodReport report = target.analyse("out-of-distribution check", model -> OodDetection.run(model, in, fit, out, settings, background));
        Path picture = target.outputFolder(a, "ood").resolve("ood-examples.png");
        boolean drawn = OodImages.write(report, picture);
        Map<String, Object> json = OodJson.of(target, report, settings, drawn ? picture : null);
        if (target.run() != null) {
            Path kept = target.run().resolve(OodDetection.REPORT);
            json.put("report", kept.toString());
            // Kept in the run, where the Evaluation view's Out-of-distribution dialog shows it again.
            AtomicFiles.write(kept, dev.dendrite.train.run.RunJson.document(json).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        context.print(json, OodJson.text(target, report, drawn ? picture : null));
        return 0;
    }

    /** Each option's range, named by the option. */
    private static void checkOptions(Integer samples, int fit, Integer k, Integer examples, Double temperature, Double epsilon)
            throws UsageException {
        if (samples != null && samples < 1) {
            throw new UsageException("--samples scores 1 sample or more of each side, not " + samples);
        }
        if (fit < 0) {
            throw new UsageException("--fit-samples fits on 0 training samples or more, not " + fit);
        }
        if (k != null && (k < 1 || k > Math.max(1, fit))) {
            throw new UsageException("--k reads a neighbour from 1 to the fitted samples (" + fit + "), not " + k);
        }
        if (examples != null && examples < 0) {
            throw new UsageException("--examples draws 0 samples or more, not " + examples);
        }
        if (temperature != null && !(temperature > 0 && temperature < Double.POSITIVE_INFINITY)) {
            throw new UsageException("--odin-temperature takes a positive temperature, not " + temperature);
        }
        if (epsilon != null && !(epsilon >= 0 && epsilon < Double.POSITIVE_INFINITY)) {
            throw new UsageException("--odin-epsilon takes a step of 0 or more, not " + epsilon);
        }
    }

    /** The other packaged set, noise, inverted pictures and the run's held-out class. */
    static List<String> defaults(String spec, Dataset split, int heldOut) {
        List<String> sets = new ArrayList<>();
        if (spec.equals("mnist")) {
            sets.add("fashion-mnist");
        } else if (spec.equals("fashion-mnist")) {
            sets.add("mnist");
        }
        sets.add(NOISE);
        if (SaliencyImages.imageShape(split.sampleShape()) != null) {
            sets.add(INVERTED);
        }
        if (heldOut >= 0) {
            sets.add(HELD_OUT);
        }
        return sets;
    }

    static Dataset outSet(Arguments a, String set, ModelTarget target, Dataset split, Dataset in, int heldOut, double[] span, int n, long seed)
            throws UsageException {
        switch (set) {
            case NOISE:
                return OodSets.uniformNoise(in, Math.min(n, in.size()), span[0], span[1], seed);
            case INVERTED:
                return OodSets.inverted(in, n, span[0], span[1]);
            case HELD_OUT:
                if (heldOut < 0) {
                    throw new UsageException("--against held-out needs a run trained with --hold-out CLASS" + (target.run() == null ? ""
                            : "; " + target.run() + " held no class out"));
                }
                return withoutClass(split, heldOut, true);
            default:
                try {
                    Path cache = a.option("data-cache") != null ? Path.of(a.option("data-cache")) : NpmDatasets.defaultCache();
                    Dataset[] loaded = DataSources.load(set, cache, 42L);
                    return loaded[1];
                } catch (IllegalArgumentException | IOException e) {
                    throw new UsageException("--against " + set + ": " + e.getMessage() + " (the controls are noise, inverted and held-out)");
                }
        }
    }

    /** The run's held-out class, or -1. */
    private static int heldOutClass(ModelTarget target) throws UsageException {
        if (target.run() == null) {
            return -1;
        }
        try {
            double held = RunReader.readWithoutMetrics(target.run()).setting("heldOutClass");
            return Double.isNaN(held) ? -1 : (int) held;
        } catch (IOException e) {
            throw new UsageException(target.run() + ": " + e.getMessage());
        }
    }

    /** The samples of class {@code label} ({@code only}) or all others. */
    private static Dataset withoutClass(Dataset data, int label, boolean only) {
        int[] kept = IntStream.range(0, data.size()).filter(i -> (data.label(i) == label) == only).toArray();
        return data.subset(kept, only ? " class " + label : " without class " + label);
    }
}
