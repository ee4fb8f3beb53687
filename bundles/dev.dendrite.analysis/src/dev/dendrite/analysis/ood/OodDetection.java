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
            return Reconstruction.run(model, in, out, settings);
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
            String why = "the model outputs probabilities and no Softmax node computes them from logits";
            skipped.put(OodScore.MAX_LOGIT, why);
            skipped.put(OodScore.ENERGY, why);
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
        List<OodScore> scores = OodScore.CLASSIFIER.stream().filter(s -> !skipped.containsKey(s)).toList();
        Scorer scorer = new Scorer(scores, classes, probabilities, density);
        double[][] inScores = scorer.score(inValues);
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
        return new OodReport(in.name(), inValues.n(), correct, inConfidence, density == null ? 0 : Math.min(settings.fitSamples(), fit.size()),
                settings.k(), scores, skipped, inScores, sets, in.sampleShape(), classes);
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
