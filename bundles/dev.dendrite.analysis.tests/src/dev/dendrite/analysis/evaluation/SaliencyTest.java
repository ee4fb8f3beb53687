package dev.dendrite.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OnnxTensor;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.convolution.ConvolutionFactory;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Dataset;

/** Gradient saliency against finite differences of the model's own output, for a dense and a convolutional network. */
class SaliencyTest {

    @Test
    void theGradientOfAClassOutputMatchesFiniteDifferences() throws Exception {
        // A dense network, a convolutional one, and one with BatchNorm in its inference form (running statistics).
        for (String template : new String[] {"mlp-classifier", "lenet-5", "batchnorm-mlp"}) {
            ModelProto model = exported(template);
            long[] sampleShape = sampleShape(template);
            int size = (int) java.util.Arrays.stream(sampleShape).reduce(1, (a, b) -> a * b);
            Dataset data = samples(template, new int[] {0, 1, 1}, 1, 3);
            Saliency.Result result = Saliency.of(model, data, new int[] {2, 0}, new int[] {1, -1}, Saliency.Method.GRADIENT);
            assertEquals(1, result.classes()[0]);
            // Central differences of the explained output at a few input values of each sample.
            try (ModelSession session = OnnxRuntime.open(model.toByteArray(), "plain", RuntimeSettings.forTrainer())) {
                for (int i = 0; i < 2; i++) {
                    int sample = result.samples()[i];
                    for (int k : new int[] {0, size / 2, size - 1}) {
                        float[] x = new float[size];
                        data.features(sample, x, 0);
                        double h = 1e-3;
                        x[k] += (float) h;
                        double up = output(session, x, sampleShape, result.classes()[i]);
                        x[k] -= (float) (2 * h);
                        double down = output(session, x, sampleShape, result.classes()[i]);
                        double numeric = (up - down) / (2 * h);
                        double analytic = result.gradients()[i * size + k];
                        assertEquals(numeric, analytic, 2e-3 + 2e-2 * Math.abs(numeric), template + " sample " + sample + " value " + k);
                    }
                }
            }
            assertTrue(result.probabilities()[1] > 0 && result.probabilities()[1] <= 1);
            // Input × gradient is that gradient times the input, value by value.
            Saliency.Result product = Saliency.of(model, data, new int[] {2, 0}, new int[] {1, -1}, Saliency.Method.INPUT_X_GRADIENT);
            float[] x = new float[size];
            data.features(2, x, 0);
            for (int k = 0; k < size; k++) {
                assertEquals(result.gradients()[k] * x[k], product.gradients()[k], 1e-6f);
            }
            // SmoothGrad: the same map every time (its noise has a fixed seed), explaining the same classes.
            Saliency.Result smooth = Saliency.of(model, data, new int[] {2, 0}, new int[] {1, -1}, Saliency.Method.SMOOTHGRAD);
            assertEquals(java.util.Arrays.toString(smooth.gradients()),
                    java.util.Arrays.toString(Saliency.of(model, data, new int[] {2, 0}, new int[] {1, -1}, Saliency.Method.SMOOTHGRAD).gradients()));
            assertEquals(java.util.Arrays.toString(result.classes()), java.util.Arrays.toString(smooth.classes()));
            assertEquals(template.equals("mlp-classifier") ? 2 : 784, result.map(0).length);
        }
    }

    /**
     * Integrated gradients: the attributions add up to the explained output's change from the zero baseline (completeness),
     * both ends read from the plain model, for a smooth network, a ReLU network and one with BatchNorm.
     */
    @Test
    void integratedGradientsAddUpToTheOutputsChangeFromTheBaseline() throws Exception {
        for (String template : new String[] {"mlp-classifier", "lenet-5", "batchnorm-mlp"}) {
            ModelProto model = exported(template);
            long[] sampleShape = sampleShape(template);
            int size = (int) java.util.Arrays.stream(sampleShape).reduce(1, (a, b) -> a * b);
            Dataset data = samples(template, new int[] {0, 1}, 3, 5);
            Saliency.Result result = Saliency.of(model, data, new int[] {0, 1}, new int[] {1, -1}, Saliency.Method.INTEGRATED_GRADIENTS);
            try (ModelSession session = OnnxRuntime.open(model.toByteArray(), "plain", RuntimeSettings.forTrainer())) {
                for (int i = 0; i < 2; i++) {
                    float[] x = new float[size];
                    data.features(i, x, 0);
                    double atX = output(session, x, sampleShape, result.classes()[i]);
                    double atZero = output(session, new float[size], sampleShape, result.classes()[i]);
                    assertEquals(atX, result.outputs()[i], 1e-5, template + ": the output at the sample");
                    assertEquals(atZero, result.baselines()[i], 1e-5, template + ": the output at the zero baseline");
                    double sum = 0;
                    for (int k = 0; k < size; k++) {
                        sum += result.gradients()[i * size + k];
                    }
                    assertTrue(Math.abs(atX - atZero) > 1e-3, template + ": the output moves along the path");
                    assertEquals(atX - atZero, sum, 1e-3 + 0.02 * Math.abs(atX - atZero), template + " sample " + i + ": completeness");
                }
            }
        }
    }

    /**
     * Grad-CAM of a network whose class scores are a dense layer over the global average of its last feature maps is the class
     * activation map (Zhou et al., 2016), max(0, Σ_k W_ck·A_k) / (H·W): the layer it reads by default is those maps, and its map
     * equals that sum computed here from the maps and the dense weights themselves. A layer it cannot read is named.
     */
    @Test
    void gradCamOfAGlobalAverageNetworkIsItsClassActivationMap() throws Exception {
        var b = new dev.dendrite.model.templates.NetworkBuilder("cam", "conv, ReLU, global average, dense");
        var maps = b.activation(b.conv(b.input("image", 1, 12, 12), "conv", 4, 3, 1, 1), dev.dendrite.model.network.ActivationFunction.RELU);
        var pool = ConvolutionFactory.eINSTANCE.createGlobalPooling();
        pool.setPoolType(dev.dendrite.model.network.PoolType.AVERAGE);
        b.loss(b.dense(b.add(pool, "gap", maps), "scores", 3), dev.dendrite.model.network.LossKind.CROSS_ENTROPY);
        ModelProto model = OnnxExporter.export(b.network(), new Weights(), "test").model();
        int size = 144;
        java.util.SplittableRandom random = new java.util.SplittableRandom(9);
        float[] features = new float[2 * size];
        for (int i = 0; i < features.length; i++) {
            features[i] = (float) random.nextDouble();
        }
        Dataset data = Dataset.classification("two", new long[] {1, 12, 12}, features, new int[] {0, 2}, 3);
        Saliency.Result result = Saliency.of(model, data, new int[] {0, 1}, new int[] {2, 1}, Saliency.Method.GRAD_CAM, null);
        assertEquals(maps.getId(), result.layer(), "the last feature maps before the global average");
        var gemm = model.getGraph().getNodeList().stream().filter(n -> n.getOpType().equals("Gemm")).findFirst().orElseThrow();
        var weights = model.getGraph().getInitializerList().stream().filter(t -> t.getName().equals(gemm.getInput(1))).findFirst().orElseThrow();
        float[] w = dev.dendrite.onnx.importer.TensorReader.floats(weights, "test").values();
        boolean transposed = gemm.getAttributeList().stream().anyMatch(a -> a.getName().equals("transB") && a.getI() == 1);
        var graph = model.getGraph().toBuilder().addOutput(ai.onnx.proto.OnnxMl.ValueInfoProto.newBuilder().setName(maps.getId())
                .setType(model.getGraph().getOutput(0).getType()));
        try (ModelSession session = OnnxRuntime.open(model.toBuilder().setGraph(graph).build().toByteArray(), "maps", RuntimeSettings.forTrainer());
             OnnxTensor x = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(features), new long[] {2, 1, 12, 12});
             var out = session.session().run(Map.of(session.inputNames().iterator().next(), x))) {
            FloatBuffer a = ((OnnxTensor) out.get(maps.getId()).orElseThrow()).getFloatBuffer();
            for (int i = 0; i < 2; i++) {
                int c = result.classes()[i];
                float[] map = result.map(i);
                for (int p = 0; p < size; p++) {
                    double cam = 0;
                    for (int k = 0; k < 4; k++) {
                        cam += (transposed ? w[c * 4 + k] : w[k * 3 + c]) * a.get((i * 4 + k) * size + p) / size;
                    }
                    assertEquals(Math.max(0, cam), map[p], 1e-6 + 1e-4 * Math.abs(cam), "sample " + i + " pixel " + p);
                }
            }
        }
        IllegalArgumentException flat = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Saliency.of(model, data, new int[] {0}, new int[] {-1}, Saliency.Method.GRAD_CAM, "scores"));
        assertTrue(flat.getMessage().contains("layer 'scores' gives [1, 3]"), flat.getMessage());
    }

    /**
     * Occlusion of a linear model: zeroing a value drops the class's score by exactly w·x, which is input × gradient; a
     * picture's pixel scores the mean drop of the 2×2 patches covering it (25 patches over 6×6, stride 1), computed here from
     * input × gradient. A model with an operator no gradient rule covers is still explained.
     */
    @Test
    void occlusionOfALinearModelIsTheSumOfInputTimesGradientOverEachPatch() throws Exception {
        var b = new dev.dendrite.model.templates.NetworkBuilder("linear", "a picture, flattened, one dense layer");
        b.loss(b.dense(b.flatten(b.input("image", 1, 6, 6)), "scores", 3), dev.dendrite.model.network.LossKind.CROSS_ENTROPY);
        ModelProto model = OnnxExporter.export(b.network(), new Weights(), "test").model();
        java.util.SplittableRandom random = new java.util.SplittableRandom(12);
        float[] features = new float[2 * 36];
        for (int i = 0; i < features.length; i++) {
            features[i] = (float) random.nextDouble();
        }
        Dataset data = Dataset.classification("two", new long[] {1, 6, 6}, features, new int[] {0, 2}, 3);
        Saliency.Result product = Saliency.of(model, data, new int[] {0, 1}, new int[] {2, -1}, Saliency.Method.INPUT_X_GRADIENT);
        Saliency.Result occluded = Saliency.of(model, data, new int[] {0, 1}, new int[] {2, -1}, Saliency.Method.OCCLUSION, null, 2);
        for (int i = 0; i < 2; i++) {
            double[] sum = new double[36];
            int[] count = new int[36];
            for (int top = 0; top <= 4; top++) {
                for (int left = 0; left <= 4; left++) {
                    double drop = 0;
                    for (int y = top; y < top + 2; y++) {
                        for (int x = left; x < left + 2; x++) {
                            drop += product.gradients()[i * 36 + y * 6 + x];
                        }
                    }
                    for (int y = top; y < top + 2; y++) {
                        for (int x = left; x < left + 2; x++) {
                            sum[y * 6 + x] += drop;
                            count[y * 6 + x]++;
                        }
                    }
                }
            }
            for (int p = 0; p < 36; p++) {
                assertEquals(sum[p] / count[p], occluded.gradients()[i * 36 + p], 1e-5, "sample " + i + " pixel " + p);
            }
        }
        assertEquals(java.util.Arrays.toString(product.classes()), java.util.Arrays.toString(occluded.classes()));
        // Signed: the map drawn for attributions keeps evidence against the class negative; the plain map is its magnitude.
        float[] signed = occluded.signedMap(0);
        assertTrue(java.util.stream.IntStream.range(0, 36).anyMatch(p -> signed[p] < 0), "some patch speaks against the class");
        for (int p = 0; p < 36; p++) {
            assertEquals(occluded.gradients()[p], signed[p], 0f);
            assertEquals(Math.abs(signed[p]), occluded.map(0)[p], 0f);
        }
        assertTrue(Saliency.Method.OCCLUSION.signed() && Saliency.Method.INTEGRATED_GRADIENTS.signed() && !Saliency.Method.SMOOTHGRAD.signed());
        // No gradient needed: a Softsign after the scores (no gradient rule covers it) does not stop occlusion.
        var graph = model.getGraph().toBuilder();
        for (int k = 0; k < graph.getNodeCount(); k++) {
            if (graph.getNode(k).getOpType().equals("Gemm")) {
                String out = graph.getNode(k).getOutput(0);
                graph.setNode(k, graph.getNode(k).toBuilder().setOutput(0, out + "_linear"));
                graph.addNode(ai.onnx.proto.OnnxMl.NodeProto.newBuilder().setOpType("Softsign").addInput(out + "_linear").addOutput(out));
            }
        }
        ModelProto ruleless = model.toBuilder().setGraph(graph).build();
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Saliency.of(ruleless, data, new int[] {0}, new int[] {-1}, Saliency.Method.GRADIENT), "Softsign has no gradient rule");
        assertEquals(36, Saliency.of(ruleless, data, new int[] {0}, new int[] {-1}, Saliency.Method.OCCLUSION).map(0).length);
    }

    /** A template exported with fresh weights and, where it has BatchNorm, random running statistics. */
    @Test
    void gradCamIsForModelsWithFeatureMaps() throws Exception {
        assertTrue(Saliency.hasFeatureMaps(exported("lenet-5")));
        assertTrue(!Saliency.hasFeatureMaps(exported("batchnorm-mlp")));
    }

    private static ModelProto exported(String template) throws Exception {
        Network network = TemplateLibrary.find(template).orElseThrow().create();
        return withTrainedStatistics(OnnxExporter.export(network, new Weights(), "test").model());
    }

    private static long[] sampleShape(String template) {
        return template.equals("lenet-5") ? new long[] {1, 28, 28} : template.equals("batchnorm-mlp") ? new long[] {784} : new long[] {2};
    }

    /** Samples of the template's input shape, one per label, uniform in [0, scale) from the seed. */
    private static Dataset samples(String template, int[] labels, double scale, long seed) {
        long[] shape = sampleShape(template);
        int size = (int) java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        float[] features = new float[labels.length * size];
        for (int i = 0; i < features.length; i++) {
            features[i] = (float) (scale * random.nextDouble());
        }
        return Dataset.classification("samples", shape, features, labels, template.equals("mlp-classifier") ? 2 : 10);
    }

    /**
     * A fresh BatchNorm has scale 1, mean 0 and variance 1, under which its rule's per-channel factor is
     * 1 and any mistake in it invisible: every statistic and scale of the BatchNorm nodes drawn at random.
     */
    private static ModelProto withTrainedStatistics(ModelProto model) {
        java.util.Set<String> statistics = new java.util.HashSet<>();
        for (var node : model.getGraph().getNodeList()) {
            if (node.getOpType().equals("BatchNormalization")) {
                statistics.addAll(node.getInputList().subList(1, 5));
            }
        }
        var graph = model.getGraph().toBuilder();
        java.util.SplittableRandom random = new java.util.SplittableRandom(11);
        for (int i = 0; i < graph.getInitializerCount(); i++) {
            var t = graph.getInitializer(i);
            if (statistics.contains(t.getName())) {
                long[] shape = t.getDimsList().stream().mapToLong(Long::longValue).toArray();
                float[] values = new float[(int) java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b)];
                for (int k = 0; k < values.length; k++) {
                    values[k] = (float) (0.3 + 2 * random.nextDouble());
                }
                graph.setInitializer(i, dev.dendrite.onnx.graph.Tensors.floats(t.getName(), new dev.dendrite.onnx.graph.FloatTensor(shape, values)));
            }
        }
        return model.toBuilder().setGraph(graph).build();
    }

    private static double output(ModelSession session, float[] x, long[] sampleShape, int c) throws Exception {
        long[] shape = new long[sampleShape.length + 1];
        shape[0] = 1;
        System.arraycopy(sampleShape, 0, shape, 1, sampleShape.length);
        try (OnnxTensor t = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), shape);
             var r = session.session().run(Map.of(session.inputNames().iterator().next(), t))) {
            return ((OnnxTensor) r.get(0)).getFloatBuffer().get(c);
        }
    }
}
