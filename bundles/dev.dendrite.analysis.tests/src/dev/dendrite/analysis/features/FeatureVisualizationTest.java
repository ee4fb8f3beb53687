package dev.dendrite.analysis.features;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import dev.dendrite.analysis.evaluation.ModelProbes;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Dataset;

/** Activation maximisation against what it must find where the answer is known, and its gradient against finite differences. */
class FeatureVisualizationTest {

    private static final FeatureVisualization.Settings PLAIN = new FeatureVisualization.Settings(200, 0.05, 0, 0, 0, 3);

    /**
     * A linear unit over a box is highest at the box's corner: the top of the range where its weight is positive, the bottom where
     * negative. The model ends in a softmax, which the ascent must look through: a class's probability is highest elsewhere.
     */
    @Test
    void theAscentFindsTheCornerOfTheDataRangeThatMaximisesALinearLogit() throws Exception {
        SplittableRandom random = new SplittableRandom(11);
        float[] w = new float[64 * 3];
        for (int i = 0; i < w.length; i++) {
            w[i] = (float) ((0.5 + random.nextDouble()) * (random.nextBoolean() ? 1 : -1));
        }
        ModelProto model = linearSoftmax(w);
        Dataset data = uniform(40, 8, 5);
        DataRange range = DataRange.of(data, 40);
        FeatureTarget target = FeatureTarget.of(model, null, null, 64);
        assertEquals("logits", target.tensor(), "the output's softmax is looked through");
        assertEquals("probabilities", target.layer());
        assertArrayEquals(new int[] {0, 1, 2}, target.units());
        FeatureVisualization.Result result = FeatureVisualization.of(model, target, range, null, PLAIN);
        for (int u = 0; u < 3; u++) {
            float[] x = result.input(u);
            double best = 0;
            for (int v = 0; v < 64; v++) {
                float weight = w[v * 3 + u];
                assertEquals(weight > 0 ? range.high() : range.low(), x[v], 1e-6, "unit " + u + " value " + v);
                best += weight * (weight > 0 ? range.high() : range.low());
            }
            assertEquals(best, result.reached()[u], 1e-3 * Math.abs(best), "the corner's logit is the largest over the box");
            assertTrue(result.reached()[u] > result.start()[u]);
        }
        assertEquals(200, result.curve().length);
        assertTrue(result.curve()[199] > result.curve()[0]);
    }

    /** A channel's objective is the mean over its positions; its gradient (through pooling and ReLU) against finite differences. */
    @Test
    void aChannelsGradientIsThatOfItsMeanOverPositions() throws Exception {
        ModelProto model = OnnxExporter.export(TemplateLibrary.find("lenet-5").orElseThrow().create(), new Weights(), "test").model();
        FeatureTarget target = FeatureTarget.of(model, "conv2", new int[] {3, 7}, 784);
        assertTrue(target.channels());
        assertEquals(16, target.count());
        assertEquals(100, target.positions(), "LeNet-5's second convolution makes 10×10 maps");
        ModelProto gradient = FeatureVisualization.gradientModel(model, target);
        float[] x = row(uniform(1, 28, 9), 0);
        float[] x2 = new float[2 * 784];
        System.arraycopy(x, 0, x2, 0, 784);
        System.arraycopy(x, 0, x2, 784, 784);
        float[] g;
        try (ModelSession session = OnnxRuntime.open(gradient.toByteArray(), "gradient", RuntimeSettings.forTrainer());
             OnnxTensor feed = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x2), new long[] {2, 1, 28, 28});
             OnnxTensor seed = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(FeatureVisualization.seeds(target)),
                     new long[] {2, 16, 10, 10});
             var result = session.session().run(Map.of(session.inputNames().stream().filter(n -> !n.equals(FeatureVisualization.SEED))
                     .findFirst().orElseThrow(), feed, FeatureVisualization.SEED, seed), java.util.Set.of(FeatureVisualization.GRADIENT))) {
            FloatBuffer read = ((OnnxTensor) result.get(0)).getFloatBuffer();
            g = new float[read.remaining()];
            read.get(g);
        }
        try (ModelSession probe = OnnxRuntime.open(ModelProbes.exposing(model, List.of("conv2")).toByteArray(), "probe",
                RuntimeSettings.forTrainer())) {
            for (int k = 0; k < 2; k++) {
                for (int v : new int[] {200, 406, 407, 580}) {
                    // LeNet-5 is piecewise linear (ReLU, max pooling): one-sided differences are exact between kinks, and at a
                    // kink (a pooling window's maximum changing hands) the gradient is one side's.
                    double h = 1e-2;
                    double mid = channelMean(probe, target, x, target.units()[k]);
                    x[v] += (float) h;
                    double up = channelMean(probe, target, x, target.units()[k]);
                    x[v] -= (float) (2 * h);
                    double down = channelMean(probe, target, x, target.units()[k]);
                    x[v] += (float) h;
                    double analytic = g[k * 784 + v];
                    double forward = (up - mid) / h;
                    double backward = (mid - down) / h;
                    double miss = Math.min(Math.abs(analytic - forward), Math.abs(analytic - backward));
                    assertTrue(miss <= 2e-5 + 2e-2 * Math.abs(analytic), "channel " + target.units()[k] + " value " + v + ": " + analytic
                            + " against differences " + forward + " and " + backward);
                }
            }
        }
        assertTrue(java.util.Arrays.stream(toDoubles(g)).anyMatch(v -> Math.abs(v) > 1e-4), "the gradient is not all zero");
    }

    /** The ascent raises every unit, repeats for a seed, and the examples are the samples that score highest, strongest first. */
    @Test
    void everyUnitRisesAndTheExamplesAreItsStrongestSamples() throws Exception {
        ModelProto model = OnnxExporter.export(TemplateLibrary.find("lenet-5").orElseThrow().create(), new Weights(), "test").model();
        Dataset data = uniform(30, 28, 4);
        DataRange range = DataRange.of(data, 30);
        FeatureTarget target = FeatureTarget.of(model, "fc1", new int[] {0, 5, 9}, 784);
        DatasetExamples examples = DatasetExamples.of(model, target, data, 30, 4);
        FeatureVisualization.Settings settings = new FeatureVisualization.Settings(40, 0.02, 0.01, 1, 4, 7);
        FeatureVisualization.Result result = FeatureVisualization.of(model, target, range, examples, settings);
        try (ModelSession probe = OnnxRuntime.open(ModelProbes.exposing(model, List.of("fc1")).toByteArray(), "probe",
                RuntimeSettings.forTrainer())) {
            for (int k = 0; k < 3; k++) {
                assertTrue(result.reached()[k] > result.start()[k], "unit " + target.units()[k] + " rises");
                assertTrue(result.reached()[k] > examples.largest()[k], "unit " + target.units()[k] + " passes the data's largest value");
                double[] scores = new double[30];
                for (int s = 0; s < 30; s++) {
                    scores[s] = channelMean(probe, target, row(data, s), target.units()[k]);
                }
                Integer[] order = java.util.stream.IntStream.range(0, 30).boxed().toArray(Integer[]::new);
                java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
                for (int e = 0; e < 4; e++) {
                    assertEquals(order[e], examples.top()[k][e], "unit " + target.units()[k] + " example " + e);
                    assertEquals(scores[order[e]], examples.scores()[k][e], 1e-4);
                }
                assertEquals(java.util.Arrays.stream(scores).max().orElseThrow(), examples.largest()[k], 1e-4);
                assertEquals(java.util.Arrays.stream(scores).average().orElseThrow(), examples.mean()[k], 1e-4);
                for (float v : result.input(k)) {
                    assertTrue(v >= range.low() && v <= range.high(), "inputs stay in the data's range");
                }
            }
        }
        FeatureVisualization.Result again = FeatureVisualization.of(model, target, range, examples, settings);
        assertArrayEquals(result.inputs(), again.inputs(), "a seed repeats");
        var grid = FeatureImages.grid(result, range, data);
        assertEquals(3 * (28 * FeatureImages.ZOOM + FeatureImages.GAP) + FeatureImages.GAP, grid.getWidth());
        assertEquals(FeatureImages.GAP + 28 * FeatureImages.ZOOM + FeatureImages.SEPARATION + 4 * (28 * FeatureImages.ZOOM + FeatureImages.GAP),
                grid.getHeight());
    }

    /** More units than a band holds wrap into a second band of the same columns. */
    @Test
    void manyUnitsWrapIntoBands() throws Exception {
        ModelProto model = OnnxExporter.export(TemplateLibrary.find("lenet-5").orElseThrow().create(), new Weights(), "test").model();
        Dataset data = uniform(10, 28, 2);
        DataRange range = DataRange.of(data, 10);
        int[] units = java.util.stream.IntStream.range(0, 20).toArray();
        FeatureTarget target = FeatureTarget.of(model, "fc1", units, 784);
        FeatureVisualization.Result result = FeatureVisualization.of(model, target, range, DatasetExamples.of(model, target, data, 10, 1),
                new FeatureVisualization.Settings(2, 0.02, 0, 0, 0, 1));
        var grid = FeatureImages.grid(result, range, data);
        int cell = 28 * FeatureImages.ZOOM;
        int band = cell + FeatureImages.SEPARATION + (cell + FeatureImages.GAP) + FeatureImages.SEPARATION;
        assertEquals(FeatureImages.COLUMNS * (cell + FeatureImages.GAP) + FeatureImages.GAP, grid.getWidth());
        assertEquals(FeatureImages.GAP + 2 * band - FeatureImages.SEPARATION, grid.getHeight());
        assertEquals(0xFFFFFF, grid.getRGB(grid.getWidth() - 2, grid.getHeight() - 2) & 0xFFFFFF, "the second band's last columns stay blank");
        assertThrows(IllegalArgumentException.class, () -> FeatureTarget.of(model, "fc1", java.util.stream.IntStream.range(0,
                FeatureTarget.MAX_UNITS + 1).map(u -> u % 120).toArray(), 784), "more units than one call maximises");
    }

    @Test
    void layersAndUnitsTheModelLacksAreNamed() throws Exception {
        ModelProto model = OnnxExporter.export(TemplateLibrary.find("lenet-5").orElseThrow().create(), new Weights(), "test").model();
        IllegalArgumentException layer = assertThrows(IllegalArgumentException.class, () -> FeatureTarget.of(model, "conv9", null, 784));
        assertTrue(layer.getMessage().contains("no layer 'conv9'") && layer.getMessage().contains("conv1, relu1"), layer.getMessage());
        IllegalArgumentException unit = assertThrows(IllegalArgumentException.class, () -> FeatureTarget.of(model, "conv1", new int[] {6}, 784));
        assertTrue(unit.getMessage().contains("6 channels (0-5)"), unit.getMessage());
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5}, FeatureTarget.all(model, "conv1", 784));
        assertThrows(IllegalArgumentException.class, () -> new FeatureVisualization.Settings(10, 0, 0, 0, 0, 1));
    }

    /** Class selectivity by its definition: one class only 1, every class alike 0, negative means undefined. */
    @Test
    void selectivityComparesTheBestClassWithTheRest() {
        assertEquals(1, DatasetExamples.selectivity(new double[] {0, 4, 0}), 1e-12);
        assertEquals(0, DatasetExamples.selectivity(new double[] {2, 2, 2}), 1e-12);
        assertEquals((6 - 2.0) / (6 + 2.0), DatasetExamples.selectivity(new double[] {1, 6, 3}), 1e-12, "rest: the mean of 1 and 3");
        assertTrue(Double.isNaN(DatasetExamples.selectivity(new double[] {-1, 6, 3})));
        assertTrue(Double.isNaN(DatasetExamples.selectivity(new double[] {0, 0, 0})));
        assertEquals(2.0 / 3, DatasetExamples.selectivity(new double[] {1, Double.NaN, 5}), 1e-12, "an absent class left out");
    }

    @Test
    void aShiftIsUndoneExactlyAndABlurKeepsAnEvenPicture() {
        int[] picture = {1, 5, 7};
        float[] x = new float[2 * 35];
        for (int i = 0; i < x.length; i++) {
            x[i] = i;
        }
        float[] shifted = new float[x.length];
        float[] back = new float[x.length];
        int[] shifts = {1, -2, -1, 3};
        Jitter.shift(x, shifted, 2, picture, shifts, false);
        assertEquals(x[0], shifted[1 * 7 + 5], "row 0's pixel (0, 0) moves one down and two left, wrapping");
        Jitter.shift(shifted, back, 2, picture, shifts, true);
        assertArrayEquals(x, back);
        float[] even = new float[35];
        java.util.Arrays.fill(even, 0.25f);
        Jitter.blur(even, 1, picture);
        for (float v : even) {
            assertEquals(0.25f, v, 1e-6f);
        }
    }

    private static double channelMean(ModelSession probe, FeatureTarget target, float[] x, int unit) throws Exception {
        try (OnnxTensor feed = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), new long[] {1, 1, 28, 28});
             var result = probe.session().run(Map.of(probe.inputNames().iterator().next(), feed))) {
            FloatBuffer read = ((OnnxTensor) result.get(target.tensor()).orElseThrow()).getFloatBuffer();
            float[] values = new float[read.remaining()];
            read.get(values);
            return target.score(values, 0, unit);
        }
    }

    private static double[] toDoubles(float[] values) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i];
        }
        return out;
    }

    /** 8×8 pictures (64 values) into three logits, then a softmax. */
    private static ModelProto linearSoftmax(float[] w) {
        GraphBuilder g = new GraphBuilder("linear");
        g.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", 1, 8, 8));
        String flat = g.node("Flatten", List.of("x"), "flat");
        g.nodeWithOutputs("MatMul", List.of(flat, g.initializer("w", new FloatTensor(new long[] {64, 3}, w))), List.of(g.reserve("logits")));
        g.nodeWithOutputs("Softmax", List.of("logits"), List.of(g.reserve("probabilities")));
        g.output("probabilities", GraphBuilder.ElementType.FLOAT);
        return g.model("test", null);
    }

    private static float[] row(Dataset data, int i) {
        float[] x = new float[data.sampleSize()];
        data.features(i, x, 0);
        return x;
    }

    /** {@code n} pictures of {@code side}² values uniform in [0, 1) from the seed. */
    private static Dataset uniform(int n, int side, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] features = new float[n * side * side];
        for (int i = 0; i < features.length; i++) {
            features[i] = (float) random.nextDouble();
        }
        return Dataset.classification("uniform", new long[] {1, side, side}, features, new int[n], 10);
    }
}
