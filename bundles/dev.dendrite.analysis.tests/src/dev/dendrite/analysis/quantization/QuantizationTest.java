package dev.dendrite.analysis.quantization;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.Tensors;
import dev.dendrite.train.data.Dataset;

/**
 * Post-training quantization against integer arithmetic written out by hand, and on a residual network
 * end to end.
 */
class QuantizationTest {

    private static final int SIDE = 6;
    private static final int FILTERS = 3;
    private static final int CLASSES = 4;

    /**
     * Conv 3×3 → ReLU → Flatten → Gemm, quantized, against the same network computed here from the
     * definitions: the input rounded to 255 steps of its calibrated range (negative values, so a zero
     * point above 0), each filter's and each output column's weights to ±127 steps of their largest
     * magnitude, biases to the input step times the weight step, the ReLU's output to 255 steps of
     * [0, its largest value]. Both as ONNX Runtime runs the QDQ graph unfused and as it fuses it into
     * integer kernels.
     */
    @Test
    void aQuantizedNetworkComputesWhatItsIntegersSay() throws Exception {
        SplittableRandom random = new SplittableRandom(5);
        float[] kernel = gaussian(random, FILTERS * 9, 0.5);
        float[] convBias = gaussian(random, FILTERS, 0.2);
        int flat = FILTERS * SIDE * SIDE;
        float[] dense = gaussian(random, flat * CLASSES, 0.1);
        float[] denseBias = gaussian(random, CLASSES, 0.2);
        ModelProto model = convThenDense(kernel, convBias, dense, denseBias);
        Dataset data = QuantizationModels.samples(new long[] {1, SIDE, SIDE}, 40, -0.5, 1, 9);
        // More calibration samples than the data has: all 40 are read.
        QuantizationSettings settings = new QuantizationSettings(8, 8, true, 100, 100, 1);
        Quantization.Result result = Quantization.quantize(model, data, settings);
        assertEquals(2, result.layers().size());
        assertTrue(result.layers().get(0).reluFused() && result.layers().get(0).biasQuantized() && result.layers().get(1).biasQuantized());
        assertTrue(result.model().getGraph().getNodeList().stream().noneMatch(n -> n.getOpType().equals("Relu")), "the ReLU went into the zero point");

        int size = SIDE * SIDE;
        float[] x = new float[data.size() * size];
        for (int i = 0; i < data.size(); i++) {
            data.features(i, x, i * size);
        }
        float[] step = range(x, 0f);
        float[] xq = fakeQuantized(x, step);
        float[] kq = perChannel(kernel, FILTERS, 9);
        float[] dq = perChannel(dense, CLASSES, 1);
        float[] cbq = bias(convBias, step[0], kernel, FILTERS, 9);
        // The ReLU's range is read from the float network.
        float[] hidden = relu(convolve(x, kernel, convBias, data.size()));
        float[] hiddenStep = range(hidden, 0f);
        assertEquals(0f, hiddenStep[1], "a ReLU's output has zero point 0");
        float[] hq = fakeQuantized(relu(convolve(xq, kq, cbq, data.size())), hiddenStep);
        float[] dbq = bias(denseBias, hiddenStep[0], dense, CLASSES, 1);
        float[] expected = new float[data.size() * CLASSES];
        for (int n = 0; n < data.size(); n++) {
            for (int c = 0; c < CLASSES; c++) {
                double sum = dbq[c];
                for (int k = 0; k < flat; k++) {
                    sum += (double) hq[n * flat + k] * dq[k * CLASSES + c];
                }
                expected[n * CLASSES + c] = (float) sum;
            }
        }
        // One step of the hidden layer's rounding, moved by one output column: what a tie rounded the other way can change.
        double oneStep = 0;
        for (int c = 0; c < CLASSES; c++) {
            double column = 0;
            for (int k = 0; k < flat; k++) {
                column = Math.max(column, Math.abs(dq[k * CLASSES + c]));
            }
            oneStep = Math.max(oneStep, hiddenStep[0] * column);
        }
        for (String options : new String[] {"level=none", null}) {
            float[] actual = QuantizationModels.outputs(result.model(), data, options);
            int off = 0;
            for (int i = 0; i < expected.length; i++) {
                double difference = Math.abs(actual[i] - expected[i]);
                off += difference > 1e-4 * (1 + Math.abs(expected[i])) ? 1 : 0;
                assertTrue(difference <= 3 * oneStep + 1e-4, (options == null ? "fused" : "unfused") + " output " + i + ": " + actual[i]
                        + " against " + expected[i]);
            }
            assertTrue(off <= expected.length / 50, off + " of " + expected.length + " outputs off by more than rounding");
        }
        // The float network is not it: quantization did change the outputs, by little.
        float[] exact = QuantizationModels.outputs(model, data, null);
        double error = QuantizationModels.relativeError(expected, exact);
        assertTrue(error > 1e-4 && error < 0.03, "relative error " + error);
        // The error measured where it builds up: the hidden layer's and the output's SQNR against the float network.
        assertEquals("r", result.layers().get(0).output());
        assertEquals(sqnr(hidden, hq), result.sqnr().get("r"), 0.2);
        assertEquals(sqnr(exact, expected), result.outputSqnr(), 0.2);
        assertTrue(result.sqnr().get("r") > result.outputSqnr() - 20 && result.outputSqnr() > 20, result.sqnr().toString());
    }

    /** A residual network of random weights and statistics: close to the float model at 8 bits, further at 4 and much further at 2. */
    @Test
    void aResidualNetworkLosesLittleAt8BitsAndMoreAtFewer() throws Exception {
        ModelProto model = QuantizationModels.exported("resnet-fashion");
        Dataset data = QuantizationModels.samples(new long[] {1, 28, 28}, 64, 0, 1, 4);
        float[] exact = QuantizationModels.outputs(model, data, null);
        Quantization.Result eight = Quantization.quantize(model, data, QuantizationSettings.DEFAULT);
        // Every convolution and the classifier, all residual sums as integer additions, no normalisation left.
        assertEquals(10, eight.layers().size());
        assertEquals(7, eight.folded());
        long sums = eight.model().getGraph().getNodeList().stream().filter(n -> n.getOpType().equals("Add")).count();
        assertEquals(3, sums);
        assertTrue(eight.model().getGraph().getNodeList().stream().noneMatch(n -> n.getOpType().equals("Sum")
                || n.getOpType().equals("BatchNormalization")));
        double at8 = QuantizationModels.relativeError(QuantizationModels.outputs(eight.model(), data, null), exact);
        double at4 = QuantizationModels.relativeError(QuantizationModels.outputs(
                Quantization.quantize(model, data, QuantizationSettings.DEFAULT.withBits(4, 8)).model(), data, null), exact);
        double at2 = QuantizationModels.relativeError(QuantizationModels.outputs(
                Quantization.quantize(model, data, QuantizationSettings.DEFAULT.withBits(2, 2)).model(), data, null), exact);
        assertTrue(at8 < 0.05, "8 bits: " + at8);
        assertTrue(at4 > 2 * at8, "4-bit weights: " + at4 + " against " + at8);
        assertTrue(at2 > 2 * at4, "2 bits: " + at2 + " against " + at4);
        // Integer kernels compute what the QDQ graph says.
        float[] unfused = QuantizationModels.outputs(eight.model(), data, "level=none");
        assertTrue(QuantizationModels.relativeError(QuantizationModels.outputs(eight.model(), data, null), unfused) < 0.01);
        // Narrow weights: every integer within ±(2^(b−1) − 1), the largest magnitude of each channel at the end.
        Quantization.Result three = Quantization.quantize(model, data, QuantizationSettings.DEFAULT.withBits(3, 8));
        assertLargestIntegers(three.model(), "conv_stem/weight/quantized", 16, 3);
        assertLargestIntegers(three.model(), "fc/weight/quantized", 10, 3);
        // Mixed precision: the stem keeps 8-bit weights, the rest take 3.
        assertEquals(Quantization.layers(model).get(0), "node/conv_stem");
        Quantization.Result mixed = Quantization.quantize(model, data, QuantizationSettings.DEFAULT.withBits(3, 8).keeping(java.util.Set.of(
                "node/conv_stem")));
        assertLargestIntegers(mixed.model(), "conv_stem/weight/quantized", 16, 127);
        assertLargestIntegers(mixed.model(), "fc/weight/quantized", 10, 3);
        assertEquals(8, mixed.layers().get(0).bits());
        assertEquals(3, mixed.layers().get(9).bits());
    }

    /** Every output channel's largest integer of a per-channel weight is the width's end: the largest weight maps onto it. */
    private static void assertLargestIntegers(ModelProto model, String weight, int channels, int level) {
        byte[] q = model.getGraph().getInitializerList().stream().filter(t -> t.getName().equals(weight)).findFirst().orElseThrow().getRawData()
                .toByteArray();
        boolean columns = weight.startsWith("fc/");
        int[] largest = new int[channels];
        for (int i = 0; i < q.length; i++) {
            int c = columns ? i % channels : i / (q.length / channels);
            largest[c] = Math.max(largest[c], Math.abs(q[i]));
        }
        for (int c = 0; c < channels; c++) {
            assertEquals(level, largest[c], weight + " channel " + c);
        }
    }

    /**
     * Rounding weights to 3 bits shifts each output's mean by ΔW·E[x]; bias correction takes it back: over the calibration
     * samples the outputs' mean error against the float network shrinks, through a convolution and a dense layer alike.
     */
    @Test
    void biasCorrectionTakesBackTheMeanShiftOfRoundedWeights() throws Exception {
        SplittableRandom random = new SplittableRandom(8);
        ModelProto model = convThenDense(gaussian(random, FILTERS * 9, 0.5), gaussian(random, FILTERS, 0.2), gaussian(random, FILTERS * SIDE
                * SIDE * CLASSES, 0.1), gaussian(random, CLASSES, 0.2));
        // Inputs in [0, 1): a mean far from 0, which turns rounding errors into a shift.
        Dataset data = QuantizationModels.samples(new long[] {1, SIDE, SIDE}, 40, 0, 1, 6);
        float[] exact = QuantizationModels.outputs(model, data, null);
        QuantizationSettings narrow = new QuantizationSettings(3, 8, true, 100, 100, 1);
        Quantization.Result plain = Quantization.quantize(model, data, narrow);
        Quantization.Result corrected = Quantization.quantize(model, data, narrow.correctingBiases(true));
        assertTrue(corrected.layers().stream().allMatch(QuantizedLayer::biasCorrected));
        assertTrue(plain.layers().stream().noneMatch(QuantizedLayer::biasCorrected));
        double before = meanShift(QuantizationModels.outputs(plain.model(), data, null), exact);
        double after = meanShift(QuantizationModels.outputs(corrected.model(), data, null), exact);
        assertTrue(after < 0.3 * before, "the outputs' mean error: " + after + " corrected against " + before);
    }

    /** Σ over classes of |the mean over samples of (a − b)|. */
    private static double meanShift(float[] a, float[] b) {
        double total = 0;
        for (int c = 0; c < CLASSES; c++) {
            double sum = 0;
            for (int n = 0; n < a.length / CLASSES; n++) {
                sum += a[n * CLASSES + c] - b[n * CLASSES + c];
            }
            total += Math.abs(sum / (a.length / CLASSES));
        }
        return total;
    }

    /** One far outlier among the calibration samples sets the input's range by minimum and maximum, not at the 99.9th percentile. */
    @Test
    void aPercentileRangeLeavesOutliersOut() throws Exception {
        SplittableRandom random = new SplittableRandom(2);
        ModelProto model = convThenDense(gaussian(random, FILTERS * 9, 0.5), new float[FILTERS], gaussian(random, FILTERS * SIDE * SIDE * CLASSES,
                0.1), new float[CLASSES]);
        Dataset plain = QuantizationModels.samples(new long[] {1, SIDE, SIDE}, 100, 0, 1, 3);
        float[] x = new float[plain.size() * SIDE * SIDE];
        for (int i = 0; i < plain.size(); i++) {
            plain.features(i, x, i * SIDE * SIDE);
        }
        x[17] = 100;
        int[] labels = new int[plain.size()];
        Dataset data = Dataset.classification("outlier", new long[] {1, SIDE, SIDE}, x, labels, CLASSES);
        QuantizedTensor byExtremes = Quantization.quantize(model, data, QuantizationSettings.DEFAULT).tensors().get(0);
        QuantizedTensor byPercentile = Quantization.quantize(model, data, new QuantizationSettings(8, 8, true, 99.9, 512, 1)).tensors().get(0);
        assertEquals("x", byExtremes.name());
        assertEquals(100f, byExtremes.max(), 1e-4);
        assertTrue(byPercentile.max() > 0.95 && byPercentile.max() < 1.1, "cut at " + byPercentile.max());
    }

    @Test
    void whatCannotBeQuantizedIsNamed() throws Exception {
        Dataset data = QuantizationModels.samples(new long[] {1, SIDE, SIDE}, 8, 0, 1, 3);
        GraphProto.Builder relu = GraphProto.newBuilder().setName("relu").addInput(input("x", 1, SIDE, SIDE)).addOutput(output("y"))
                .addNode(NodeProto.newBuilder().setOpType("Relu").addInput("x").addOutput("y"));
        IllegalArgumentException none = assertThrows(IllegalArgumentException.class,
                () -> Quantization.quantize(model(relu, 21), data, QuantizationSettings.DEFAULT));
        assertTrue(none.getMessage().contains("nothing to quantize"), none.getMessage());
        SplittableRandom random = new SplittableRandom(2);
        ModelProto old = convThenDense(gaussian(random, FILTERS * 9, 0.5), new float[FILTERS], gaussian(random, FILTERS * SIDE * SIDE * CLASSES,
                0.1), new float[CLASSES]).toBuilder().clearOpsetImport().addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(11)).build();
        IllegalArgumentException opset = assertThrows(IllegalArgumentException.class, () -> Quantization.quantize(old, data,
                QuantizationSettings.DEFAULT));
        assertTrue(opset.getMessage().contains("opset 13") && opset.getMessage().contains("--per-tensor"), opset.getMessage());
        // Per tensor, opset 11 models quantize: one scale per layer.
        Quantization.Result perTensor = Quantization.quantize(old, data, new QuantizationSettings(8, 8, false, 100, 512, 1));
        assertEquals(1, perTensor.layers().get(0).scales());
        IllegalArgumentException bits = assertThrows(IllegalArgumentException.class, () -> new QuantizationSettings(1, 8, true, 100, 512, 1));
        assertTrue(bits.getMessage().contains("2 to 8 bits"), bits.getMessage());
    }

    // --- the network and its arithmetic written out

    private static ModelProto convThenDense(float[] kernel, float[] convBias, float[] dense, float[] denseBias) {
        int flat = FILTERS * SIDE * SIDE;
        GraphProto.Builder graph = GraphProto.newBuilder().setName("conv-dense").addInput(input("x", 1, SIDE, SIDE)).addOutput(output("y"))
                .addInitializer(Tensors.floats("k", new FloatTensor(new long[] {FILTERS, 1, 3, 3}, kernel)))
                .addInitializer(Tensors.floats("kb", new FloatTensor(new long[] {FILTERS}, convBias)))
                .addInitializer(Tensors.floats("w", new FloatTensor(new long[] {flat, CLASSES}, dense)))
                .addInitializer(Tensors.floats("wb", new FloatTensor(new long[] {CLASSES}, denseBias)))
                .addNode(NodeProto.newBuilder().setOpType("Conv").setName("conv").addInput("x").addInput("k").addInput("kb").addOutput("c")
                        .addAttribute(Attr.ints("kernel_shape", 3, 3)).addAttribute(Attr.ints("pads", 1, 1, 1, 1)))
                .addNode(NodeProto.newBuilder().setOpType("Relu").addInput("c").addOutput("r"))
                .addNode(NodeProto.newBuilder().setOpType("Flatten").addInput("r").addOutput("f").addAttribute(Attr.i("axis", 1)))
                .addNode(NodeProto.newBuilder().setOpType("Gemm").setName("dense").addInput("f").addInput("w").addInput("wb").addOutput("y"));
        return model(graph, 21);
    }

    private static ModelProto model(GraphProto.Builder graph, int opset) {
        return ModelProto.newBuilder().setIrVersion(8).addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(opset)).setGraph(graph).build();
    }

    private static ValueInfoProto input(String name, long... sample) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder().addDim(TensorShapeProto.Dimension.newBuilder().setDimParam("N"));
        for (long d : sample) {
            shape.addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(d));
        }
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder()
                .setElemType(1).setShape(shape))).build();
    }

    private static ValueInfoProto output(String name) {
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder().setElemType(1)))
                .build();
    }

    private static float[] gaussian(SplittableRandom random, int n, double deviation) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            // Sum of uniforms: near-normal without a library.
            values[i] = (float) (deviation * (random.nextDouble() + random.nextDouble() + random.nextDouble() - 1.5) * 2);
        }
        return values;
    }

    /** The step and zero point of [min, max] with 0 in it over 0..255, as floats: {scale, zeroPoint}. */
    private static float[] range(float[] values, float floor) {
        float low = floor;
        float high = 0;
        for (float v : values) {
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        float scale = (high - low) / 255;
        return new float[] {scale, Math.round(-low / scale)};
    }

    private static float[] fakeQuantized(float[] values, float[] step) {
        float[] rounded = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            double q = Math.max(0, Math.min(255, Math.rint(values[i] / step[0]) + step[1]));
            rounded[i] = (float) ((q - step[1]) * step[0]);
        }
        return rounded;
    }

    /**
     * Weights rounded to ±127 steps of each output channel's largest magnitude; channel of index i:
     * (i / inner) % channels.
     */
    private static float[] perChannel(float[] w, int channels, int inner) {
        float[] scales = scales(w, channels, inner);
        float[] rounded = new float[w.length];
        for (int i = 0; i < w.length; i++) {
            float s = scales[i / inner % channels];
            rounded[i] = (float) (Math.max(-127, Math.min(127, Math.rint(w[i] / s))) * s);
        }
        return rounded;
    }

    private static float[] scales(float[] w, int channels, int inner) {
        float[] largest = new float[channels];
        for (int i = 0; i < w.length; i++) {
            largest[i / inner % channels] = Math.max(largest[i / inner % channels], Math.abs(w[i]));
        }
        for (int c = 0; c < channels; c++) {
            largest[c] /= 127;
        }
        return largest;
    }

    private static float[] bias(float[] b, float inputScale, float[] w, int channels, int inner) {
        float[] scales = scales(w, channels, inner);
        float[] rounded = new float[b.length];
        for (int c = 0; c < b.length; c++) {
            float s = inputScale * scales[c];
            rounded[c] = (float) (Math.round((double) b[c] / s) * (double) s);
        }
        return rounded;
    }

    /** 3×3 convolution with padding 1 of one-channel pictures into FILTERS channels. */
    private static float[] convolve(float[] x, float[] kernel, float[] bias, int samples) {
        int size = SIDE * SIDE;
        float[] out = new float[samples * FILTERS * size];
        for (int n = 0; n < samples; n++) {
            for (int f = 0; f < FILTERS; f++) {
                for (int r = 0; r < SIDE; r++) {
                    for (int c = 0; c < SIDE; c++) {
                        double sum = bias[f];
                        for (int i = 0; i < 3; i++) {
                            for (int j = 0; j < 3; j++) {
                                int rr = r + i - 1;
                                int cc = c + j - 1;
                                if (rr >= 0 && rr < SIDE && cc >= 0 && cc < SIDE) {
                                    sum += (double) x[n * size + rr * SIDE + cc] * kernel[f * 9 + i * 3 + j];
                                }
                            }
                        }
                        out[((n * FILTERS) + f) * size + r * SIDE + c] = (float) sum;
                    }
                }
            }
        }
        return out;
    }

    private static double sqnr(float[] reference, float[] rounded) {
        double signal = 0;
        double noise = 0;
        for (int i = 0; i < reference.length; i++) {
            signal += (double) reference[i] * reference[i];
            noise += ((double) reference[i] - rounded[i]) * ((double) reference[i] - rounded[i]);
        }
        return 10 * Math.log10(signal / noise);
    }

    private static float[] relu(float[] values) {
        float[] out = values.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = Math.max(0, out[i]);
        }
        return out;
    }
}
