package dev.dendrite.analysis.pruning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import ai.onnxruntime.OnnxTensor;
import dev.dendrite.analysis.pruning.StructuredPruning.Criterion;
import dev.dendrite.analysis.pruning.StructuredPruning.Settings;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Dataset;

/**
 * The Taylor criterion against its meaning: a unit's value × gradient summed over a sample is the derivative of that sample's loss
 * as the unit's output is scaled by α at α = 1, which scaling the next layer's row of the unit gives exactly.
 */
class TaylorScoresTest {

    @Test
    void aUnitsScoreIsTheLossesDerivativeAlongItsScaleAndUnitsTheLossIgnoresRankFirst() throws Exception {
        Network network = TemplateLibrary.find("lenet-300-100").orElseThrow().create();
        Weights weights = StructuredPruningTest.initial(network, 7);
        float[] next = weights.get("fc2", "weight").orElseThrow().values(); // [300, 100]: row u reads fc1's unit u after its ReLU
        for (int u = 0; u < 10; u++) {
            java.util.Arrays.fill(next, u * 100, (u + 1) * 100, 0f); // the loss does not depend on these, however active they are
        }
        int n = 24;
        SplittableRandom random = new SplittableRandom(9);
        float[] x = new float[n * 784];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextDouble();
        }
        int[] labels = new int[n];
        for (int s = 0; s < n; s++) {
            labels[s] = random.nextInt(10);
        }
        Dataset data = Dataset.classification("noise", new long[] {784}, x, labels, 10);
        double[] taylor = UnitActivity.taylor(network, weights, data, n).get("fc1");
        assertEquals(300, taylor.length);
        for (int u : new int[] {12, 100, 299}) {
            double h = 1e-3;
            double[] up = losses(network, scaled(weights, u, 1 + h), data);
            double[] down = losses(network, scaled(weights, u, 1 - h), data);
            double expected = 0;
            for (int s = 0; s < n; s++) {
                expected += Math.abs((up[s] - down[s]) / (2 * h)) / n;
            }
            assertTrue(expected > 1e-4, "unit " + u + " moves the loss");
            assertEquals(expected, taylor[u], 2e-5 + 0.03 * expected, "unit " + u);
        }
        for (int u = 0; u < 10; u++) {
            assertEquals(0, taylor[u], 1e-12, "unit " + u + " reaches nothing");
        }
        double[] activity = UnitActivity.measure(network, weights, data, n).get("fc1");
        assertTrue(java.util.stream.IntStream.range(0, 10).anyMatch(u -> activity[u] > 0), "some of them are active");
        StructuredPruning.Result cut = StructuredPruning.prune(network, weights, new Settings(0, Map.of("fc1", 10.0 / 300 - 1e-9),
                Criterion.TAYLOR), Map.of("fc1", taylor, "fc2", UnitActivity.taylor(network, weights, data, n).get("fc2")));
        assertArrayEquals(java.util.stream.IntStream.range(0, 10).toArray(), cut.layers().get(0).removed(), "the units the loss ignores go first");
        Dataset regression = Dataset.regression("values", new long[] {784}, x, new float[n * 10], 10);
        assertThrows(IllegalArgumentException.class, () -> UnitActivity.taylor(network, weights, regression, n));
    }

    /** The weights with fc2's row of unit {@code u} scaled by {@code alpha}: fc1's unit u read α times as large. */
    private static Weights scaled(Weights weights, int u, double alpha) {
        Weights copy = new Weights();
        weights.flat().forEach((key, tensor) -> {
            String[] k = Weights.split(key);
            copy.put(k[0], k[1], new dev.dendrite.onnx.graph.FloatTensor(tensor.shape().clone(), tensor.values().clone()));
        });
        float[] next = copy.get("fc2", "weight").orElseThrow().values();
        for (int j = 0; j < 100; j++) {
            next[u * 100 + j] *= (float) alpha;
        }
        return copy;
    }

    /** Each sample's cross-entropy, in double from the model's logits. */
    private static double[] losses(Network network, Weights weights, Dataset data) throws Exception {
        byte[] model = OnnxExporter.export(network, weights, "test").model().toByteArray();
        int n = data.size();
        float[] x = new float[n * 784];
        for (int s = 0; s < n; s++) {
            data.features(s, x, s * 784);
        }
        try (ModelSession session = OnnxRuntime.open(model, "model", RuntimeSettings.forTrainer());
             OnnxTensor input = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), new long[] {n, 784});
             var out = session.session().run(Map.of(session.inputNames().iterator().next(), input))) {
            FloatBuffer logits = ((OnnxTensor) out.get(0)).getFloatBuffer();
            double[] losses = new double[n];
            for (int s = 0; s < n; s++) {
                double max = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < 10; c++) {
                    max = Math.max(max, logits.get(s * 10 + c));
                }
                double sum = 0;
                for (int c = 0; c < 10; c++) {
                    sum += Math.exp(logits.get(s * 10 + c) - max);
                }
                losses[s] = max + Math.log(sum) - logits.get(s * 10 + data.label(s));
            }
            return losses;
        }
    }
}
