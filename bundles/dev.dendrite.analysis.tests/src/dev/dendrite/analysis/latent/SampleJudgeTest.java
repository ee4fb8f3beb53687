package dev.dendrite.analysis.latent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.dendrite.analysis.manifold.LayerActivations;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.data.Dataset;

/**
 * Samples judged by a classifier: drawn like the data, they sit at the data's own distance and cover its classes; collapsed onto
 * one point, they are far, of one class, and score 1; a conditional generator's classes are checked against the judge's reading.
 */
class SampleJudgeTest {

    private static final int FEATURES = 8;
    private static final int CLASSES = 4;

    @Test
    void samplesLikeTheDataSitAtItsOwnDistanceAndCollapsedOnesFarAway() throws Exception {
        ModelProto judge = classifier();
        Dataset data = gaussian(2000, 1);
        float[][] alike = rows(gaussian(1000, 2));
        SampleJudge fair = SampleJudge.of(judge, alike, null, data);
        assertEquals(1000, fair.samples());
        assertTrue(fair.frechetDistance() < 3 * fair.dataFrechetDistance() + 1e-3, fair.frechetDistance() + " against the floor "
                + fair.dataFrechetDistance());
        long read = java.util.Arrays.stream(fair.dataClassShares()).filter(share -> share > 0.05).count();
        assertTrue(read >= 2, "the judge reads several classes in the data");
        assertTrue(fair.coveredClasses() >= read, java.util.Arrays.toString(fair.classShares()));
        assertEquals(fair.dataClassifierScore(), fair.classifierScore(), 0.1 * fair.dataClassifierScore());
        assertNull(fair.conditionalAccuracy());

        float[][] collapsed = new float[1000][];
        for (int i = 0; i < collapsed.length; i++) {
            collapsed[i] = alike[0].clone();
        }
        SampleJudge mode = SampleJudge.of(judge, collapsed, null, data);
        assertTrue(mode.frechetDistance() > 10 * fair.frechetDistance(), mode.frechetDistance() + " against " + fair.frechetDistance());
        assertEquals(1, mode.coveredClasses(), "every sample is one class");
        assertEquals(1.0, mode.classifierScore(), 1e-9, "identical class probabilities: no information");
        assertEquals(1.0, java.util.Arrays.stream(mode.classShares()).max().orElseThrow(), 1e-12);
        // The distance is the formula's over the judge's penultimate features (its hidden ReLU layer).
        var features = LayerActivations.of(judge, Dataset.classification("g", new long[] {FEATURES}, flat(alike), new int[1000], CLASSES), 1000,
                java.util.List.of(fair.features()));
        var reference = LayerActivations.of(judge, data, 1000, java.util.List.of(fair.features()));
        int width = features.width(fair.features());
        assertEquals(16, width, "the hidden layer's 16 units");
        assertEquals(FrechetDistance.between(FrechetDistance.Moments.of(features.values().get(fair.features()), 1000, width),
                FrechetDistance.Moments.of(reference.values().get(fair.features()), 1000, width)), fair.frechetDistance(), 1e-9);
    }

    @Test
    void aConditionalGeneratorsClassesAreCheckedAgainstTheJudgesReading() throws Exception {
        ModelProto judge = classifier();
        Dataset data = gaussian(400, 1);
        float[][] samples = rows(gaussian(200, 3));
        SampleJudge read = SampleJudge.of(judge, samples, new int[200], data);
        int[] asJudged = new int[200];
        int[] shifted = new int[200];
        double[][] p = SampleJudge.probabilities(flat(LayerActivationsLogits.of(judge, samples)), 200, CLASSES);
        for (int i = 0; i < 200; i++) {
            int best = 0;
            for (int c = 1; c < CLASSES; c++) {
                best = p[i][c] > p[i][best] ? c : best;
            }
            asJudged[i] = best;
            shifted[i] = (best + 1) % CLASSES;
        }
        assertEquals(1.0, SampleJudge.of(judge, samples, asJudged, data).conditionalAccuracy(), 1e-12);
        assertEquals(0.0, SampleJudge.of(judge, samples, shifted, data).conditionalAccuracy(), 1e-12);
        assertEquals(read.classShares()[0], read.conditionalAccuracy(), 1e-12, "all asked for class 0: right as often as class 0 is read");
    }

    @Test
    void theClassifierScoreIsTheClassCountForSureEvenSamplesAndOneForIdenticalOnes() {
        double[][] sure = new double[8][CLASSES];
        for (int i = 0; i < sure.length; i++) {
            sure[i][i % CLASSES] = 1;
        }
        assertEquals(CLASSES, SampleJudge.score(sure), 1e-9);
        double[][] same = new double[8][];
        for (int i = 0; i < same.length; i++) {
            same[i] = new double[] {0.1, 0.2, 0.3, 0.4};
        }
        assertEquals(1, SampleJudge.score(same), 1e-9);
    }

    @Test
    void tooFewDataSamplesOrSamplesOfAnotherSizeAreRefused() throws Exception {
        ModelProto judge = classifier();
        var e = assertThrows(IllegalArgumentException.class, () -> SampleJudge.of(judge, rows(gaussian(100, 2)), null, gaussian(150, 1)));
        assertTrue(e.getMessage().contains("needs 200"), e.getMessage());
        var wide = assertThrows(IllegalArgumentException.class, () -> SampleJudge.of(judge, new float[][] {new float[3], new float[3]}, null,
                gaussian(10, 1)));
        assertTrue(wide.getMessage().contains("samples of 3 values"), wide.getMessage());
    }

    /** The judge's logits for samples, read as its output (Dendrite's classifiers output logits). */
    private static final class LayerActivationsLogits {
        static float[][] of(ModelProto judge, float[][] samples) throws Exception {
            String output = judge.getGraph().getOutput(0).getName();
            var read = LayerActivations.of(judge, Dataset.classification("g", new long[] {FEATURES}, flat(samples), new int[samples.length],
                    CLASSES), samples.length, java.util.List.of(output));
            float[] all = read.values().get(output);
            float[][] out = new float[samples.length][CLASSES];
            for (int i = 0; i < samples.length; i++) {
                System.arraycopy(all, i * CLASSES, out[i], 0, CLASSES);
            }
            return out;
        }
    }

    private static ModelProto classifier() throws Exception {
        NetworkBuilder b = new NetworkBuilder("judge", "a ReLU classifier");
        b.loss(b.dense(b.dense(b.input("x", FEATURES), "hidden", 16, ActivationFunction.RELU), "scores", CLASSES), LossKind.CROSS_ENTROPY);
        return OnnxExporter.export(b.network(), new Weights(), "test").model();
    }

    private static Dataset gaussian(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] x = new float[n * FEATURES];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        return Dataset.classification("gaussian " + seed, new long[] {FEATURES}, x, new int[n], CLASSES);
    }

    private static float[][] rows(Dataset data) {
        float[][] rows = new float[data.size()][FEATURES];
        for (int i = 0; i < rows.length; i++) {
            data.features(i, rows[i], 0);
        }
        return rows;
    }

    private static float[] flat(float[][] rows) {
        float[] flat = new float[rows.length * rows[0].length];
        for (int i = 0; i < rows.length; i++) {
            System.arraycopy(rows[i], 0, flat, i * rows[i].length, rows[i].length);
        }
        return flat;
    }
}
