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
        Weights weights = initial(network);
        ModelProto model = OnnxExporter.export(network, weights, "test").model();
        int n = 200;
        float[] x = pictures(n);
        // Labelled by the network itself: intact it scores 100%, and an ablation's cost is the predictions it changes.
        int[] labels = predictions(model, x, n);
        Dataset data = Dataset.classification("own", new long[] {1, 28, 28}, x, labels, 10);
        FeatureTarget target = FeatureTarget.of(model, "conv1", null, 784);
        UnitAblation ablation = UnitAblation.of(model, target, data, n);
        assertEquals(1.0, ablation.accuracy(), 1e-12);
        assertEquals(6, target.units().length);
        for (int k = 0; k < 6; k++) {
            int channel = target.units()[k];
            Weights without = copyOf(weights);
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

    /**
     * A channel set to its mean scores as the network whose channel has a zero kernel and its mean as its bias: the mean of the
     * channel's values over the samples and positions, as the model computes them.
     */
    @Test
    void aChannelSetToItsMeanScoresAsTheNetworkWhoseChannelIsThatConstant() throws Exception {
        Network network = TemplateLibrary.find("lenet-5").orElseThrow().create();
        Weights weights = initial(network);
        float[] bias = weights.get("conv1", "bias").orElseThrow().values();
        for (int c = 0; c < bias.length; c++) {
            bias[c] = (float) (0.4 * (c + 1) * (c % 2 == 0 ? 1 : -1)); // channels whose means lie away from zero
        }
        ModelProto model = OnnxExporter.export(network, weights, "test").model();
        int n = 200;
        float[] x = pictures(n);
        int[] labels = predictions(model, x, n);
        Dataset data = Dataset.classification("own", new long[] {1, 28, 28}, x, labels, 10);
        FeatureTarget target = FeatureTarget.of(model, "conv1", null, 784);
        UnitAblation ablation = UnitAblation.of(model, target, data, n, true);
        assertTrue(ablation.mean());
        float[] conv1 = outputOf(model, "conv1", x, n); // [n, 6, 28, 28]
        for (int k = 0; k < 6; k++) {
            int channel = target.units()[k];
            double mean = 0;
            for (int s = 0; s < n; s++) {
                for (int i = 0; i < 784; i++) {
                    mean += conv1[(s * 6 + channel) * 784 + i];
                }
            }
            mean /= n * 784.0;
            assertEquals(mean, ablation.values()[k], 1e-4 * Math.max(1, Math.abs(mean)), "channel " + channel + "'s mean");
            Weights constant = copyOf(weights);
            java.util.Arrays.fill(constant.get("conv1", "weight").orElseThrow().values(), channel * 25, (channel + 1) * 25, 0f);
            constant.get("conv1", "bias").orElseThrow().values()[channel] = (float) ablation.values()[k];
            int[] changed = predictions(OnnxExporter.export(network, constant, "test").model(), x, n);
            long same = java.util.stream.IntStream.range(0, n).filter(s -> changed[s] == labels[s]).count();
            assertEquals((double) same / n, ablation.ablated()[k], 1e-12, "channel " + channel);
        }
        UnitAblation zeroed = UnitAblation.of(model, target, data, n);
        assertTrue(!java.util.Arrays.equals(zeroed.ablated(), ablation.ablated()), "a channel's mean is not zero: " + java.util.Arrays
                .toString(ablation.values()));
    }

    private static Weights initial(Network network) {
        Weights weights = new Weights();
        WeightInitializer.complete(Networks.withIds(network), Networks.inspect(network).shapes(), weights, 5);
        return weights;
    }

    private static Weights copyOf(Weights weights) {
        Weights copy = new Weights();
        weights.flat().forEach((key, tensor) -> {
            String[] part = Weights.split(key);
            copy.put(part[0], part[1], new FloatTensor(tensor.shape().clone(), tensor.values().clone()));
        });
        return copy;
    }

    /** Pictures of different brightness and contrast, so the untrained network's predictions differ between them. */
    private static float[] pictures(int n) {
        SplittableRandom random = new SplittableRandom(6);
        float[] x = new float[n * 784];
        for (int s = 0; s < n; s++) {
            double gain = 8 * random.nextDouble();
            double offset = 2 * random.nextDouble() - 1;
            for (int i = 0; i < 784; i++) {
                x[s * 784 + i] = (float) (offset + gain * (random.nextDouble() - 0.5));
            }
        }
        return x;
    }

    /** The model's tensor {@code name} on the pictures, read by making it an output. */
    private static float[] outputOf(ModelProto model, String name, float[] x, int n) throws Exception {
        var graph = model.getGraph().toBuilder().addOutput(ai.onnx.proto.OnnxMl.ValueInfoProto.newBuilder().setName(name).setType(
                ai.onnx.proto.OnnxMl.TypeProto.newBuilder().setTensorType(ai.onnx.proto.OnnxMl.TypeProto.Tensor.newBuilder().setElemType(
                        ai.onnx.proto.OnnxMl.TensorProto.DataType.FLOAT_VALUE)))).build();
        try (ModelSession session = OnnxRuntime.open(model.toBuilder().setGraph(graph).build().toByteArray(), "model", RuntimeSettings
                .forTrainer());
             OnnxTensor input = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), new long[] {n, 1, 28, 28});
             var out = session.session().run(Map.of(session.inputNames().iterator().next(), input), java.util.Set.of(name))) {
            FloatBuffer buffer = ((OnnxTensor) out.get(0)).getFloatBuffer();
            float[] values = new float[buffer.remaining()];
            buffer.get(values);
            return values;
        }
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
