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
     * The judge's model from {@code file}, refused where it cannot be read or is a generator (a GAN's run given by mistake): the
     * judge is a classifier of the data. {@code named} says where the file came from in the messages ("--judge", "\"judge\"").
     *
     * @throws IllegalArgumentException naming the file and why
     */
    public static ModelProto readJudge(java.nio.file.Path file, String named) {
        ModelProto judge;
        try {
            judge = ModelProto.parseFrom(java.nio.file.Files.readAllBytes(file));
        } catch (java.nio.file.NoSuchFileException e) {
            throw new IllegalArgumentException(named + " " + file + " does not exist (a classifier's run directory or model.onnx)");
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(named + " " + file + " is not an ONNX model: " + e.getMessage());
        }
        if (GeneratorSpace.isGenerator(judge)) {
            throw new IllegalArgumentException(named + " " + file + " is a generator; the judge is a classifier trained on the data (e.g. a "
                    + "lenet-5 run)");
        }
        return judge;
    }

    /**
     * Judges {@code generated} (samples of the data's size) by {@code judge} against the first {@code 2n} samples of
     * {@code data}, {@code n} the generated count.
     *
     * @param classes per sample, the class it was generated for; null for an unconditional generator
     * @throws IllegalArgumentException where the judge is no classifier of such samples, or the data have fewer than 2n samples
     */
    public static SampleJudge of(ModelProto judge, float[][] generated, int[] classes, Dataset data) throws OrtException, ModelLoadException {
        return of(Reference.of(judge, data, generated.length), generated, classes);
    }

    /**
     * What the judge reads in the data, for judging {@code n} samples at a time: read once, where the same data judge one
     * generator after another (every few epochs of a run).
     */
    public record Reference(ModelProto judge, Dataset data, int n, String features, String logits, int width, int classes,
            FrechetDistance.Moments moments, double floor, double score, double[] shares) {

        /** @throws IllegalArgumentException where the judge is no classifier of the data's samples, or the data have fewer than 2n */
        public static Reference of(ModelProto judge, Dataset data, int n) throws OrtException, ModelLoadException {
            if (data.size() < 2 * n) {
                throw new IllegalArgumentException("judging " + n + " samples needs " + 2 * n + " of the data's, which has " + data.size());
            }
            ClassifierTaps taps;
            try {
                taps = ClassifierTaps.of(judge);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("the judge must be a classifier of the data of one input and one output");
            }
            String features = taps.features() != null ? taps.features() : taps.logits();
            LayerActivations real = LayerActivations.of(judge, data, 2 * n, tensors(features, taps.logits()));
            int width = real.width(features);
            int k = real.width(taps.logits());
            if (k < 2 || data.classes() > 0 && k != data.classes()) {
                throw new IllegalArgumentException("the judge gives " + k + " outputs per sample; it must be a classifier of the data's "
                        + Math.max(2, data.classes()) + " classes");
            }
            float[] realFeatures = real.values().get(features);
            var moments = FrechetDistance.Moments.of(java.util.Arrays.copyOfRange(realFeatures, 0, n * width), n, width);
            double floor = FrechetDistance.between(FrechetDistance.Moments.of(java.util.Arrays.copyOfRange(realFeatures, n * width,
                    2 * n * width), n, width), moments);
            double[][] q = probabilities(java.util.Arrays.copyOfRange(real.values().get(taps.logits()), 0, n * k), n, k);
            return new Reference(judge, data, n, features, taps.logits(), width, k, moments, floor, SampleJudge.score(q), SampleJudge.shares(q, k));
        }
    }

    private static List<String> tensors(String features, String logits) {
        return features.equals(logits) ? List.of(logits) : List.of(logits, features);
    }

    /**
     * Judges {@code generated} (as many samples as the reference's n, of the data's size) against the reference.
     *
     * @param classes per sample, the class it was generated for; null for an unconditional generator
     */
    public static SampleJudge of(Reference reference, float[][] generated, int[] classes) throws OrtException, ModelLoadException {
        int n = generated.length;
        int size = reference.data().sampleSize();
        if (n != reference.n()) {
            throw new IllegalArgumentException("the reference judges " + reference.n() + " samples at a time, not " + n);
        }
        if (generated[0].length != size) {
            throw new IllegalArgumentException("the generator draws samples of " + generated[0].length + " values, the data's have " + size);
        }
        float[] flat = new float[n * size];
        for (int i = 0; i < n; i++) {
            System.arraycopy(generated[i], 0, flat, i * size, size);
        }
        Dataset drawn = Dataset.classification("generated", reference.data().sampleShape(), flat, new int[n],
                Math.max(1, reference.data().classes()));
        LayerActivations fake = LayerActivations.of(reference.judge(), drawn, n, tensors(reference.features(), reference.logits()));
        double distance = FrechetDistance.between(FrechetDistance.Moments.of(fake.values().get(reference.features()), n, reference.width()),
                reference.moments());
        int k = reference.classes();
        double[][] p = probabilities(fake.values().get(reference.logits()), n, k);
        double[] shares = shares(p, k);
        int covered = 0;
        for (int c = 0; c < k; c++) {
            covered += reference.shares()[c] > 0 && shares[c] >= reference.shares()[c] / 2 ? 1 : 0;
        }
        Double accuracy = null;
        if (classes != null) {
            int right = 0;
            for (int i = 0; i < n; i++) {
                right += argmax(p[i]) == classes[i] ? 1 : 0;
            }
            accuracy = right / (double) n;
        }
        return new SampleJudge(n, reference.features(), distance, reference.floor(), score(p), reference.score(), shares,
                reference.shares(), covered, accuracy);
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
