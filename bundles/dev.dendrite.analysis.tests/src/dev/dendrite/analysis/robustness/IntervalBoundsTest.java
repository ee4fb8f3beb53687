package dev.dendrite.analysis.robustness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OnnxTensor;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Dataset;

/** Interval bounds: sound for every input of the ball, exact for a linear layer, and the certificates they give never contradicted by an attack. */
class IntervalBoundsTest {

    /**
     * Dense and tanh layers with input standardisation (mlp-classifier), ReLU, convolutions and max pools (LeNet-5), inference
     * BatchNorm with drawn statistics (batchnorm-mlp): every output at random points of the ball, its corners included, lies within
     * the bounds; at radius 0 the bounds are the output itself.
     */
    @Test
    void everyOutputWithinTheBallLiesWithinTheBounds() throws Exception {
        for (String template : new String[] {"mlp-classifier", "lenet-5", "batchnorm-mlp"}) {
            ModelProto model = OnnxExporter.export(TemplateLibrary.find(template).orElseThrow().create(), new Weights(), "test").model();
            long[] sampleShape = template.equals("lenet-5") ? new long[] {1, 28, 28} : template.equals("batchnorm-mlp") ? new long[] {784}
                    : new long[] {2};
            int size = (int) java.util.Arrays.stream(sampleShape).reduce(1, (a, b) -> a * b);
            int n = 3;
            SplittableRandom random = new SplittableRandom(6);
            float[] x = new float[n * size];
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) random.nextDouble();
            }
            long[] shape = new long[sampleShape.length + 1];
            shape[0] = n;
            System.arraycopy(sampleShape, 0, shape, 1, sampleShape.length);
            float epsilon = template.equals("mlp-classifier") ? 0.2f : 0.03f;
            AttackSettings settings = new AttackSettings(AttackSettings.Attack.FGSM, new double[] {epsilon}, 1, 1, false, n, 0, Double.NaN,
                    Double.NaN);
            try (Certification bounds = Certification.open(model, settings);
                 ModelSession plain = OnnxRuntime.open(model.toByteArray(), "plain", RuntimeSettings.forTrainer())) {
                float[][] atZero = bounds.bounds(x, shape, 0);
                float[] output = AdversarialAttack.forward(plain, plain.inputNames().iterator().next(), x, shape);
                for (int v = 0; v < output.length; v++) {
                    assertEquals(output[v], atZero[0][v], 1e-4, template + ": radius 0, the output itself");
                    assertEquals(output[v], atZero[1][v], 1e-4, template);
                }
                float[][] ball = bounds.bounds(x, shape, epsilon);
                for (int trial = 0; trial < 40; trial++) {
                    float[] moved = new float[x.length];
                    for (int v = 0; v < x.length; v++) {
                        // Half the trials at corners of the ball, where ReLU and pooling bounds are tight.
                        double step = trial % 2 == 0 ? (random.nextBoolean() ? 1 : -1) : 2 * random.nextDouble() - 1;
                        moved[v] = (float) (x[v] + epsilon * step);
                    }
                    float[] out = AdversarialAttack.forward(plain, plain.inputNames().iterator().next(), moved, shape);
                    for (int v = 0; v < out.length; v++) {
                        assertTrue(out[v] >= ball[0][v] - 1e-4 && out[v] <= ball[1][v] + 1e-4, template + " output " + v + ": " + out[v]
                                + " outside [" + ball[0][v] + ", " + ball[1][v] + "]");
                    }
                }
                assertTrue(ball[1][0] - ball[0][0] > 1e-3, template + ": the ball widens the bounds");
            }
        }
    }

    /**
     * A dense layer's bounds are exact, z ± ε·‖w‖₁ per class; bounding the margin through w₁ − w₀ at once (the last layer's
     * elision), a two-class sample is certified exactly where its margin exceeds ε·‖w₁ − w₀‖₁: where PGD, this model's best attack,
     * cannot fool it. The certificate is then tight.
     */
    @Test
    void aLinearLayersBoundsAreExactAndItsCertificatesHold() throws Exception {
        int features = 5;
        NetworkBuilder b = new NetworkBuilder("linear", "a linear classifier");
        b.loss(b.dense(b.input("x", features), "scores", 2), LossKind.CROSS_ENTROPY);
        ModelProto model = OnnxExporter.export(b.network(), new Weights(), "test").model();
        int n = 300;
        SplittableRandom random = new SplittableRandom(12);
        float[] x = new float[n * features];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        double[][] weights = new double[2][features];
        double[] z0 = logits(model, new float[features], 1, features)[0];
        for (int j = 0; j < features; j++) {
            float[] unit = new float[features];
            unit[j] = 1;
            double[] z = logits(model, unit, 1, features)[0];
            weights[0][j] = z[0] - z0[0];
            weights[1][j] = z[1] - z0[1];
        }
        double l1a = java.util.Arrays.stream(weights[0]).map(Math::abs).sum();
        double l1b = java.util.Arrays.stream(weights[1]).map(Math::abs).sum();
        double l1Difference = 0;
        for (int j = 0; j < features; j++) {
            l1Difference += Math.abs(weights[1][j] - weights[0][j]);
        }
        double[][] logits = logits(model, x, n, features);
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            labels[i] = logits[i][1] > logits[i][0] ? 1 : 0;
        }
        double epsilon = 0.1;
        AttackSettings settings = new AttackSettings(AttackSettings.Attack.PGD, new double[] {epsilon}, 10, 0.25, true, n, 1, Double.NaN,
                Double.NaN);
        try (Certification bounds = Certification.open(model, settings)) {
            float[][] ball = bounds.bounds(x, new long[] {n, features}, (float) epsilon);
            for (int i = 0; i < n; i++) {
                assertEquals(logits[i][0] - epsilon * l1a, ball[0][2 * i], 1e-4);
                assertEquals(logits[i][1] + epsilon * l1b, ball[1][2 * i + 1], 1e-4);
            }
        }
        Dataset data = Dataset.classification("gaussian", new long[] {features}, x, labels, 2);
        RobustnessReport report = AdversarialAttack.run(model, data, settings, 0, BoundMethod.INTERVAL);
        int expected = 0;
        int naive = 0;
        for (int i = 0; i < n; i++) {
            double margin = Math.abs(logits[i][1] - logits[i][0]);
            expected += margin > epsilon * l1Difference ? 1 : 0;
            naive += margin > epsilon * (l1a + l1b) ? 1 : 0;
        }
        RobustnessReport.Level level = report.levels().get(0);
        assertEquals(expected, level.certified(), 1, "certified where the margin exceeds ε·‖w₁ − w₀‖₁");
        assertTrue(expected > naive, "tighter than the classes' bounds apart: " + expected + " against " + naive);
        assertEquals(level.correct(), level.certified(), 1, "a floor under the attacked accuracy, and for a linear model the same: " + level);
    }

    @Test
    void namesWhatItCannotBound() throws Exception {
        NetworkBuilder b = new NetworkBuilder("gelu", "a GELU network");
        b.loss(b.dense(b.dense(b.input("x", 4), "hidden", 8, dev.dendrite.model.network.ActivationFunction.GELU), "scores", 2),
                LossKind.CROSS_ENTROPY);
        ModelProto model = OnnxExporter.export(b.network(), new Weights(), "test").model();
        AttackSettings settings = new AttackSettings(AttackSettings.Attack.FGSM, new double[] {0.1}, 1, 1, false, 1, 0, Double.NaN, Double.NaN);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Certification.open(model, settings).close());
        assertTrue(refused.getMessage().startsWith("certification does not bound the operator "), refused.getMessage());
        AttackSettings l2 = new AttackSettings(AttackSettings.Attack.FGSM, new double[] {0.1}, 1, 1, false, 1, 0, Double.NaN, Double.NaN, Norm.L2);
        assertEquals("certification bounds the L∞ ball; give --norm linf", assertThrows(IllegalArgumentException.class,
                () -> Certification.open(model, l2).close()).getMessage());
    }

    private static double[][] logits(ModelProto model, float[] x, int n, int features) throws Exception {
        try (ModelSession session = OnnxRuntime.open(model.toByteArray(), "plain", RuntimeSettings.forTrainer());
             OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), new long[] {n, features});
             var result = session.session().run(Map.of(session.inputNames().iterator().next(), tensor))) {
            FloatBuffer values = ((OnnxTensor) result.get(0)).getFloatBuffer();
            double[][] out = new double[n][2];
            for (int i = 0; i < n; i++) {
                out[i][0] = values.get();
                out[i][1] = values.get();
            }
            return out;
        }
    }
}
