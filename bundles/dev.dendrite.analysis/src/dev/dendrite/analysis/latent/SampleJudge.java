package dev.dendrite.analysis.latent;

import java.util.List;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OrtException;
import dev.dendrite.analysis.manifold.LayerActivations;
import dev.dendrite.analysis.ood.ClassifierTaps;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.train.data.Dataset;

/**
 * Generated samples judged by a classifier trained on the same data, the way the Inception network judges ImageNet-like samples
 * (no Inception network for digits exists, and it would see them badly): the Fréchet distance of the samples from test samples
 * in the classifier's penultimate features, beside the distance between two sets of test samples of the same count (the floor
 * at that count); the classifier score, exp E[KL(p(y|x) ‖ p(y))] (the Inception score's form: high where every sample is
 * clearly one class and the classes are many), beside the data's; which classes the samples are judged to be, and how many of
 * the data's classes they cover; and for a conditional generator, how often the judge names the class asked for.
 *
 * @param samples generated samples judged (as many test samples on each side of the data's own distance)
 * @param features the classifier's tensor the distances are measured in (its dense last layer's input, else its logits)
 * @param classShares per class, the share of samples the judge gives it
 * @param dataClassShares the same for the test samples
 * @param coveredClasses classes whose share is at least half the data's
 * @param conditionalAccuracy the share of samples judged to be the class they were drawn for; null for an unconditional generator
 */
public record SampleJudge(int samples, String features, double frechetDistance, double dataFrechetDistance, double classifierScore,
        double dataClassifierScore, double[] classShares, double[] dataClassShares, int coveredClasses, Double conditionalAccuracy) {

    /**
     * Judges {@code generated} (samples of the data's size) by {@code judge} against the first {@code 2n} samples of
     * {@code data}, {@code n} the generated count.
     *
     * @param classes per sample, the class it was generated for; null for an unconditional generator
     * @throws IllegalArgumentException where the judge is no classifier of such samples, or the data have fewer than 2n samples
     */
    public static SampleJudge of(ModelProto judge, float[][] generated, int[] classes, Dataset data) throws OrtException, ModelLoadException {
        int n = generated.length;
        int size = data.sampleSize();
        if (data.size() < 2 * n) {
            throw new IllegalArgumentException("judging " + n + " samples needs " + 2 * n + " of the data's, which has " + data.size());
        }
        if (generated[0].length != size) {
            throw new IllegalArgumentException("the generator draws samples of " + generated[0].length + " values, the data's have " + size);
        }
        ClassifierTaps taps;
        try {
            taps = ClassifierTaps.of(judge);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the judge must be a classifier of the data of one input and one output");
        }
        String features = taps.features() != null ? taps.features() : taps.logits();
        List<String> tensors = features.equals(taps.logits()) ? List.of(taps.logits()) : List.of(taps.logits(), features);
        float[] flat = new float[n * size];
        for (int i = 0; i < n; i++) {
            System.arraycopy(generated[i], 0, flat, i * size, size);
        }
        Dataset drawn = Dataset.classification("generated", data.sampleShape(), flat, new int[n], Math.max(1, data.classes()));
        LayerActivations fake = LayerActivations.of(judge, drawn, n, tensors);
        LayerActivations real = LayerActivations.of(judge, data, 2 * n, tensors);
        int width = fake.width(features);
        int k = fake.width(taps.logits());
        if (k < 2 || data.classes() > 0 && k != data.classes()) {
            throw new IllegalArgumentException("the judge gives " + k + " outputs per sample; it must be a classifier of the data's "
                    + Math.max(2, data.classes()) + " classes");
        }
        float[] realFeatures = real.values().get(features);
        float[] firstHalf = java.util.Arrays.copyOfRange(realFeatures, 0, n * width);
        float[] secondHalf = java.util.Arrays.copyOfRange(realFeatures, n * width, 2 * n * width);
        var reference = FrechetDistance.Moments.of(firstHalf, n, width);
        double distance = FrechetDistance.between(FrechetDistance.Moments.of(fake.values().get(features), n, width), reference);
        double floor = FrechetDistance.between(FrechetDistance.Moments.of(secondHalf, n, width), reference);
        float[] realLogits = java.util.Arrays.copyOfRange(real.values().get(taps.logits()), 0, n * k);
        double[][] p = probabilities(fake.values().get(taps.logits()), n, k);
        double[][] q = probabilities(realLogits, n, k);
        double[] shares = shares(p, k);
        double[] dataShares = shares(q, k);
        int covered = 0;
        for (int c = 0; c < k; c++) {
            covered += dataShares[c] > 0 && shares[c] >= dataShares[c] / 2 ? 1 : 0;
        }
        Double accuracy = null;
        if (classes != null) {
            int right = 0;
            for (int i = 0; i < n; i++) {
                right += argmax(p[i]) == classes[i] ? 1 : 0;
            }
            accuracy = right / (double) n;
        }
        return new SampleJudge(n, features, distance, floor, score(p), score(q), shares, dataShares, covered, accuracy);
    }

    /** exp of the mean KL divergence of each sample's class probabilities from their mean. */
    static double score(double[][] p) {
        int k = p[0].length;
        double[] marginal = new double[k];
        for (double[] row : p) {
            for (int c = 0; c < k; c++) {
                marginal[c] += row[c] / p.length;
            }
        }
        double kl = 0;
        for (double[] row : p) {
            for (int c = 0; c < k; c++) {
                if (row[c] > 0) {
                    kl += row[c] * (Math.log(row[c]) - Math.log(marginal[c]));
                }
            }
        }
        return Math.exp(kl / p.length);
    }

    /** Per class, the share of samples whose likeliest class it is. */
    private static double[] shares(double[][] p, int k) {
        double[] shares = new double[k];
        for (double[] row : p) {
            shares[argmax(row)] += 1.0 / p.length;
        }
        return shares;
    }

    private static int argmax(double[] row) {
        int best = 0;
        for (int c = 1; c < row.length; c++) {
            if (row[c] > row[best]) {
                best = c;
            }
        }
        return best;
    }

    /** Softmax of each row of logits, in doubles. */
    static double[][] probabilities(float[] logits, int n, int k) {
        double[][] p = new double[n][k];
        for (int i = 0; i < n; i++) {
            double max = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < k; c++) {
                max = Math.max(max, logits[i * k + c]);
            }
            double sum = 0;
            for (int c = 0; c < k; c++) {
                p[i][c] = Math.exp(logits[i * k + c] - max);
                sum += p[i][c];
            }
            for (int c = 0; c < k; c++) {
                p[i][c] /= sum;
            }
        }
        return p;
    }
}
