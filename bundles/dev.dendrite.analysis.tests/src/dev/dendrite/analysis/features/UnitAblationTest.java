package dev.dendrite.analysis.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OnnxTensor;
import dev.dendrite.analysis.evaluation.ClassificationReport;
import dev.dendrite.model.Networks;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.onnx.weights.WeightInitializer;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Dataset;

/** Ablating a unit against the same network with the unit's weights removed by hand, and against logits worked out by hand. */
class UnitAblationTest {

    /** Zeroing a convolution's channel is that channel's kernel and bias at zero: the same predictions, so the same accuracy. */
    @Test
    void aChannelAblatedScoresAsTheNetworkWithoutItsWeights() throws Exception {
        Network network = TemplateLibrary.find("lenet-5").orElseThrow().create();
        Weights weights = new Weights();
        WeightInitializer.complete(Networks.withIds(network), Networks.inspect(network).shapes(), weights, 5);
        ModelProto model = OnnxExporter.export(network, weights, "test").model();
        int n = 200;
        SplittableRandom random = new SplittableRandom(6);
        float[] x = new float[n * 784];
        for (int s = 0; s < n; s++) {
            // Pictures of different brightness and contrast, so the untrained network's predictions differ between them.
            double gain = 8 * random.nextDouble();
            double offset = 2 * random.nextDouble() - 1;
            for (int i = 0; i < 784; i++) {
                x[s * 784 + i] = (float) (offset + gain * (random.nextDouble() - 0.5));
            }
        }
        // Labelled by the network itself: intact it scores 100%, and an ablation's cost is the predictions it changes.
        int[] labels = predictions(model, x, n);
        Dataset data = Dataset.classification("own", new long[] {1, 28, 28}, x, labels, 10);
        FeatureTarget target = FeatureTarget.of(model, "conv1", null, 784);
        UnitAblation ablation = UnitAblation.of(model, target, data, n);
        assertEquals(1.0, ablation.accuracy(), 1e-12);
        assertEquals(6, target.units().length);
        for (int k = 0; k < 6; k++) {
            int channel = target.units()[k];
            Weights without = new Weights();
            weights.flat().forEach((key, tensor) -> {
                String[] part = Weights.split(key);
                without.put(part[0], part[1], new FloatTensor(tensor.shape().clone(), tensor.values().clone()));
            });
            float[] kernel = without.get("conv1", "weight").orElseThrow().values(); // [6, 1, 5, 5]
            java.util.Arrays.fill(kernel, channel * 25, (channel + 1) * 25, 0f);
            without.get("conv1", "bias").orElseThrow().values()[channel] = 0;
            int[] changed = predictions(OnnxExporter.export(network, without, "test").model(), x, n);
            long same = java.util.stream.IntStream.range(0, n).filter(s -> changed[s] == labels[s]).count();
            assertEquals((double) same / n, ablation.ablated()[k], 1e-12, "channel " + channel);
        }
        assertTrue(java.util.Arrays.stream(ablation.ablated()).anyMatch(a -> a < 1), "some prediction changes: "
                + java.util.Arrays.toString(ablation.ablated()));
    }

    /** The output's logits ablated one by one: class u is then read only where every other logit is below 0. */
    @Test
    void aLogitAblatedIsReadAsZero() throws Exception {
        float[] w = {1, -1, 0.5f, -0.5f, 2, 1}; // [2, 3]
        GraphBuilder g = new GraphBuilder("linear");
        g.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", 2));
        g.nodeWithOutputs("MatMul", List.of("x", g.initializer("w", new FloatTensor(new long[] {2, 3}, w))), List.of(g.reserve("logits")));
        g.output("logits", GraphBuilder.ElementType.FLOAT);
        ModelProto model = g.model("test", null);
        int n = 300;
        SplittableRandom random = new SplittableRandom(8);
        float[] x = new float[n * 2];
        int[] labels = new int[n];
        for (int s = 0; s < n; s++) {
            x[2 * s] = (float) (2 * random.nextDouble() - 1);
            x[2 * s + 1] = (float) (2 * random.nextDouble() - 1);
            labels[s] = random.nextInt(3);
        }
        Dataset data = Dataset.classification("plane", new long[] {2}, x, labels, 3);
        FeatureTarget target = FeatureTarget.of(model, null, null, 2);
        UnitAblation ablation = UnitAblation.of(model, target, data, n);
        for (int u = -1; u < 3; u++) {
            int correct = 0;
            for (int s = 0; s < n; s++) {
                float[] logits = new float[3];
                for (int c = 0; c < 3; c++) {
                    logits[c] = c == u ? 0 : x[2 * s] * w[c] + x[2 * s + 1] * w[3 + c];
                }
                correct += ClassificationReport.argmax(logits, 0, 3) == labels[s] ? 1 : 0;
            }
            assertEquals((double) correct / n, u < 0 ? ablation.accuracy() : ablation.ablated()[u], 1e-12, "logit " + u);
        }
        Dataset values = Dataset.regression("values", new long[] {2}, x, new float[n], 1);
        assertThrows(IllegalArgumentException.class, () -> UnitAblation.of(model, target, values, n));
    }

    private static int[] predictions(ModelProto model, float[] x, int n) throws Exception {
        try (ModelSession session = OnnxRuntime.open(model.toByteArray(), "model", RuntimeSettings.forTrainer());
             OnnxTensor input = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), new long[] {n, 1, 28, 28});
             var out = session.session().run(Map.of(session.inputNames().iterator().next(), input))) {
            FloatBuffer buffer = ((OnnxTensor) out.get(0)).getFloatBuffer();
            float[] logits = new float[buffer.remaining()];
            buffer.get(logits);
            int[] predicted = new int[n];
            for (int s = 0; s < n; s++) {
                predicted[s] = ClassificationReport.argmax(logits, s * 10, 10);
            }
            return predicted;
        }
    }
}
