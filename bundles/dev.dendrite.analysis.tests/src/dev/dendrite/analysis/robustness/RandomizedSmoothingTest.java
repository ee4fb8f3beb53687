package dev.dendrite.analysis.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Dataset;

/** Randomized smoothing: Clopper–Pearson bounds as tabulated, and a linear model's certificates against its decision boundary. */
class RandomizedSmoothingTest {

    /** The exact binomial bounds' known values: k = n gives α^(1/n); 50 of 100 at 97.5% gives 0.3983 (the two-sided 95% interval). */
    @Test
    void clopperPearsonBoundsMatchTheirKnownValues() {
        assertEquals(Math.pow(0.05, 0.1), BinomialBounds.lower(10, 10, 0.05), 1e-12);
        assertEquals(Math.pow(0.001, 1e-4), BinomialBounds.lower(10_000, 10_000, 0.001), 1e-12);
        assertEquals(0.3983, BinomialBounds.lower(50, 100, 0.025), 1e-4);
        assertEquals(0, BinomialBounds.lower(0, 100, 0.05));
        assertEquals(Math.log(24), BinomialBounds.logGamma(5), 1e-12);
        assertEquals(0.5 * Math.log(Math.PI), BinomialBounds.logGamma(0.5), 1e-12);
        assertEquals(1 - BinomialBounds.regularisedBeta(0.7, 4, 9), BinomialBounds.regularisedBeta(0.3, 9, 4), 1e-12);
    }

    /**
     * For a linear two-class model the smoothed model is the model itself, and the exact radius is the distance to its decision
     * boundary |m| / ‖w₁ − w₀‖: every certificate lies within it (sound) and, where the margin leaves the count's bound short of its
     * cap, close below it; samples near the boundary abstain.
     */
    @Test
    void aLinearModelsCertificatesReachItsDecisionBoundaryAndNoFurther() throws Exception {
        int features = 6;
        NetworkBuilder b = new NetworkBuilder("linear", "a linear classifier");
        b.loss(b.dense(b.input("x", features), "scores", 2), LossKind.CROSS_ENTROPY);
        ModelProto model = OnnxExporter.export(b.network(), new Weights(), "test").model();
        int n = 40;
        SplittableRandom random = new SplittableRandom(4);
        float[] x = new float[n * features];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (0.5 * random.nextGaussian());
        }
        double[] margin = new double[n];
        double norm = 0;
        try (ModelSession session = OnnxRuntime.open(model.toByteArray(), "plain", RuntimeSettings.forTrainer())) {
            String input = session.inputNames().iterator().next();
            float[] z = AdversarialAttack.forward(session, input, x, new long[] {n, features});
            float[] origin = AdversarialAttack.forward(session, input, new float[features], new long[] {1, features});
            for (int j = 0; j < features; j++) {
                float[] unit = new float[features];
                unit[j] = 1;
                float[] zj = AdversarialAttack.forward(session, input, unit, new long[] {1, features});
                double d = (zj[1] - origin[1]) - (zj[0] - origin[0]);
                norm += d * d;
            }
            for (int i = 0; i < n; i++) {
                margin[i] = z[2 * i + 1] - z[2 * i];
            }
        }
        norm = Math.sqrt(norm);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = margin[i] > 0 ? 1 : 0;
        }
        Dataset data = Dataset.classification("gaussian", new long[] {features}, x, labels, 2);
        double sigma = 0.2;
        RandomizedSmoothing smoothing = new RandomizedSmoothing(sigma, 20_000);
        int abstained = 0;
        int close = 0;
        try (Classifier classifier = Classifier.open(model, data, n)) {
            for (int i = 0; i < n; i++) {
                RandomizedSmoothing.Certificate c = smoothing.certify(classifier, x, i * features, features, new long[] {1, features},
                        new SplittableRandom(i));
                double distance = Math.abs(margin[i]) / norm;
                double cap = sigma * dev.dendrite.analysis.latent.NormalQuantile.of(Math.pow(0.001, 1.0 / 20_000));
                if (c.predicted() < 0) {
                    abstained++;
                    assertTrue(distance < 0.3 * sigma, "abstains only near the boundary: " + distance);
                    continue;
                }
                assertEquals(labels[i], c.predicted(), "the smoothed linear model reads the model's class");
                assertTrue(c.radius() <= distance + 1e-6, "sample " + i + ": certified " + c.radius() + " beyond the boundary at " + distance);
                if (distance < 0.8 * cap) {
                    assertTrue(c.radius() > distance - 0.15 * sigma, "sample " + i + ": certified " + c.radius() + " against " + distance);
                    close++;
                }
            }
        }
        assertTrue(close >= 10 && abstained <= 8, close + " close certificates, " + abstained + " abstentions");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> new RandomizedSmoothing(0, 100)).getMessage().startsWith("--sigma"));
    }
}
