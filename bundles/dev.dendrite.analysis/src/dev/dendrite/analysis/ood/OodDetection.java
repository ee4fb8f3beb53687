package dev.dendrite.analysis.ood;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OrtException;
import dev.dendrite.analysis.evaluation.ClassificationReport;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.train.data.Dataset;

/**
 * Out-of-distribution detection: whether a classifier's outputs or features tell samples of the data
 * it was trained on from samples of other data, which it still classifies, often as surely. Each
 * {@link OodScore} is computed for the in-distribution samples and each other set, and how well it
 * separates them measured ({@link DetectionMetrics}); the other sets' samples the model is surest of
 * are kept.
 */
public final class OodDetection {

    /** The report a run keeps, beside its model. */
    public static final String REPORT = "ood.json";

    private OodDetection() {
    }

    /**
     * Scores the first {@code settings.samples()} samples of {@code in} and of each of {@code out}; the feature scores are fitted on the
     * first {@code settings.fitSamples()} of {@code fit} (null: none).
     *
     * @throws IllegalArgumentException for a model whose outputs are not {@code in}'s classes, data without labels, or a set whose
     *         samples are not the model's input size
     */
    public static OodReport run(ModelProto model, Dataset in, Dataset fit, Map<String, Dataset> out, OodSettings settings) throws OrtException,
            ModelLoadException {
        return run(model, in, fit, out, settings, null);
    }

    /**
     * As above, an autoencoder scored by its likelihood ratio to {@code background} too (another autoencoder of the same data, trained
     * on perturbed inputs: {@code --augment mutate:M}; null: none).
     */
    public static OodReport run(ModelProto model, Dataset in, Dataset fit, Map<String, Dataset> out, OodSettings settings, ModelProto background)
            throws OrtException, ModelLoadException {
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no out-of-distribution data set to tell apart");
        }
        for (var set : out.entrySet()) {
            if (set.getValue().sampleSize() != in.sampleSize()) {
                throw new IllegalArgumentException(set.getKey() + "'s samples have " + set.getValue().sampleSize() + " values, the model reads "
                        + in.sampleSize());
            }
        }
        if (Reconstruction.isAutoencoder(model, in)) {
            if (background != null && !Reconstruction.isAutoencoder(background, in)) {
                throw new IllegalArgumentException("the background model is not an autoencoder of " + in.name() + " (it gives no value per input "
                        + "value): a likelihood ratio compares two autoencoders' losses");
            }
            return Reconstruction.run(model, in, fit, out, settings, background);
        }
        if (background != null) {
            throw new IllegalArgumentException("a background model's likelihood ratio compares autoencoders' losses, and this model is a "
                    + "classifier");
        }
        if (!in.hasLabels()) {
            throw new IllegalArgumentException(in.name() + " has float targets; out-of-distribution scores read a classifier or an autoencoder");
        }
        ClassifierTaps taps = ClassifierTaps.of(model);
        Map<OodScore, String> skipped = new EnumMap<>(OodScore.class);
        boolean features = fit != null && settings.fitSamples() > 0;
        if (!features) {
            skip(skipped, "no training samples to fit them on");
        } else if (taps.features() == null) {
            skip(skipped, taps.whyNoFeatures());
            features = false;
        }
        Readout readout = new Readout(model, taps, features);
        Readout.Values inValues = readout.read(in, settings.samples());
        if (inValues.classes() != in.classes()) {
            throw new IllegalArgumentException("the model gives " + inValues.classes() + " outputs per sample, " + in.name() + " has "
                    + in.classes() + " classes");
        }
        int classes = inValues.classes();
        // Probabilities out and no softmax found: the logits are known only up to a shift per sample.
        boolean logitsKnown = taps.softmaxEnds() || !ClassificationReport.areProbabilities(inValues.logits(), classes);
        boolean probabilities = !taps.softmaxEnds() && !logitsKnown;
        if (!logitsKnown) {
            for (OodScore score : OodScore.CLASSIFIER) {
                if (score.needsLogits()) {
                    skipped.put(score, "the model outputs probabilities and no Softmax node computes them from logits");
                }
            }
        }
        FeatureDensity density = null;
        if (features && inValues.width() > OodSettings.MAX_WIDTH) {
            skip(skipped, "the penultimate layer has " + inValues.width() + " units, above the " + OodSettings.MAX_WIDTH
                    + " a covariance is fitted for");
        } else if (features) {
            Readout.Values fitted = readout.read(fit, settings.fitSamples());
            int[] labels = IntStream.range(0, fitted.n()).map(fit::label).toArray();
            density = FeatureDensity.fit(fitted.features(), fitted.width(), labels, classes, Math.min(settings.k(), fitted.n()));
        }
        Odin odin = null;
        if (!settings.odin()) {
            skipped.put(OodScore.ODIN, "left out (--no-odin)");
        } else if (!skipped.containsKey(OodScore.ODIN)) {
            try {
                odin = new Odin(model, taps, settings.temperature(), settings.epsilon(), classes);
            } catch (IllegalArgumentException e) {
                skipped.put(OodScore.ODIN, e.getMessage());
            }
        }
        List<OodScore> scores = OodScore.CLASSIFIER.stream().filter(s -> !skipped.containsKey(s)).toList();
        Scorer scorer = new Scorer(scores, classes, probabilities, density);
        try {
            return report(in, out, settings, skipped, inValues, readout, scorer, odin, density == null ? 0 : Math.min(settings.fitSamples(),
                    fit.size()), scores, classes);
        } finally {
            if (odin != null) {
                odin.close();
            }
        }
    }

    private static OodReport report(Dataset in, Map<String, Dataset> out, OodSettings settings, Map<OodScore, String> skipped,
            Readout.Values inValues, Readout readout, Scorer scorer, Odin odin, int fitted, List<OodScore> scores, int classes)
            throws OrtException, ModelLoadException {
        double[][] inScores = scorer.score(inValues);
        withOdin(inScores, scores, odin, in, settings);
        int correct = 0;
        for (int i = 0; i < inValues.n(); i++) {
            correct += scorer.predicted(inValues, i) == in.label(i) ? 1 : 0;
        }
        double inConfidence = mean(inScores[scores.indexOf(OodScore.MSP)]);
        List<OodReport.OutSet> sets = new ArrayList<>();
        for (var set : out.entrySet()) {
            Readout.Values values = readout.read(set.getValue(), settings.samples());
            if (values.n() == 0) {
                throw new IllegalArgumentException(set.getKey() + " has no samples");
            }
            double[][] outScores = scorer.score(values);
            withOdin(outScores, scores, odin, set.getValue(), settings);
            Map<OodScore, DetectionMetrics> metrics = new LinkedHashMap<>();
            for (int s = 0; s < scores.size(); s++) {
                metrics.put(scores.get(s), DetectionMetrics.of(inScores[s], outScores[s]));
            }
            double[] confidence = outScores[scores.indexOf(OodScore.MSP)];
            int[] predicted = new int[classes];
            for (int i = 0; i < values.n(); i++) {
                predicted[scorer.predicted(values, i)]++;
            }
            List<OodReport.Example> examples = IntStream.range(0, values.n()).boxed().sorted(Comparator.comparingDouble(i -> -confidence[i]))
                    .limit(settings.examples()).map(i -> {
                        float[] x = new float[set.getValue().sampleSize()];
                        set.getValue().features(i, x, 0);
                        return new OodReport.Example(i, scorer.predicted(values, i), confidence[i], x);
                    }).toList();
            sets.add(new OodReport.OutSet(set.getKey(), values.n(), mean(confidence), predicted, metrics, outScores, examples));
        }
        return new OodReport(in.name(), inValues.n(), correct, inConfidence, fitted, settings.k(), scores, skipped, inScores, sets, in
                .sampleShape(), classes);
    }

    /** ODIN's row of {@code scores}, computed apart (it reads the inputs, not the logits). */
    private static void withOdin(double[][] scores, List<OodScore> order, Odin odin, Dataset data, OodSettings settings) throws OrtException,
            ModelLoadException {
        int row = order.indexOf(OodScore.ODIN);
        if (row >= 0) {
            scores[row] = odin.scores(data, settings.samples(), settings.epsilon());
        }
    }

    private static void skip(Map<OodScore, String> skipped, String why) {
        for (OodScore score : OodScore.values()) {
            if (score.needsFeatures()) {
                skipped.put(score, why);
            }
        }
    }

    private static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }
}
