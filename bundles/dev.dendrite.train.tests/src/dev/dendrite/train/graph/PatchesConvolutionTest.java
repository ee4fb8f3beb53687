package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;

/**
 * Convolutions with kernels of more than nine taps run in the train step as products of patches
 * ("convolution-patches"): the same gradients as the Conv they replace, checked against finite
 * differences and against the step without the rewrite, on a non-square kernel with lopsided
 * padding and several input channels as well as one channel with a bias.
 */
class PatchesConvolutionTest {

    private static final int ROWS = 5;

    /** image [2, 9, 8] → 4×3 kernel, 2 → 3 channels, pads (1, 2, 0, 1), no bias → tanh → 5×5 kernel, 3 → 2, padding 2, bias → 3 classes. */
    private static Network lopsided() {
        NetworkBuilder b = new NetworkBuilder("patches", "two convolutions the patches step rewrites");
        Layer x = b.input("image", 2, 9, 8);
        Convolution first = b.conv(x, "first", 3, 4, 1, 0);
        first.getKernelShape().addAll(List.of(4, 3));
        first.getPads().addAll(List.of(1, 2, 0, 1));
        first.setBias(false);
        Layer y = b.activation(first, ActivationFunction.TANH); // smooth: finite differences step over no kink
        y = b.conv(y, "second", 2, 5, 1, 2);
        b.loss(b.dense(b.flatten(y), "out", 3), LossKind.CROSS_ENTROPY);
        return b.training("test", 1, ROWS, OptimizerKind.SGD, 1.0).network();
    }

    @Test
    void bothConvolutionsBecomeProductsOfPatchesAndTheEvaluationKeepsThem() throws Exception {
        TrainingGraphs graphs = build(lopsided(), TrainStepPipeline.standard());
        assertEquals(0, count(graphs.trainStep(), "Conv"), "no forward Conv left; the input gradient of 'second' is a ConvTranspose");
        assertEquals(2, graphs.trainStep().getGraph().getNodeList().stream()
                .filter(n -> n.getOpType().equals("Gemm") && n.getName().contains("/patches/product")).count());
        assertEquals(2, count(graphs.evaluation(), "Conv"));
        assertTrue(count(build(lopsided(), TrainStepPipeline.standard().without("convolution-patches")).trainStep(), "Conv") >= 2,
                "without the step the forward Convs stay");
    }

    @Test
    void gradientsAgreeWithFiniteDifferences() throws Exception {
        float[] x = images(ROWS);
        try (StepRunner runner = new StepRunner(build(lopsided(), TrainStepPipeline.standard()))) {
            assertEquals(5, runner.checkGradientsAgainstFiniteDifferences("patches: ", x, new long[] {ROWS, 2, 9, 8}, labels(ROWS), 1));
        }
    }

    @Test
    void stepsMatchTheStepWithoutTheRewriteToFloatRounding() throws Exception {
        assertSameSteps(lopsided(), new long[] {ROWS, 2, 9, 8});
        assertSameSteps(TemplateLibrary.find("lenet-5").orElseThrow().create(), new long[] {ROWS, 1, 28, 28});
    }

    @Test
    void maskedKernelsOfLotteryTicketsAreRewrittenToo() throws Exception {
        Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(lenet).with("test", 1, ROWS, OptimizerKind.SGD, 0.1, 1L, null);
        GraphOptions masks = new GraphOptions(true, false);
        assertEquals(0, count(TrainStepPipeline.standard().build(lenet, new Weights(), config, masks).trainStep(), "Conv"));
        assertSameSteps(lenet, new long[] {ROWS, 1, 28, 28}, masks);
    }

    @Test
    void onlyStrideOneKernelsOfMoreThanNineTapsOnSmallImagesQualify() {
        long[] image = {-1, 6, 14, 14};
        long[] kernel = {16, 6, 5, 5};
        assertTrue(PatchesConvolutionStep.qualifies(conv(), image, kernel), "LeNet-5's second convolution");
        assertFalse(PatchesConvolutionStep.qualifies(conv(), image, new long[] {16, 6, 3, 3}), "3×3 keeps the forms tuned for it");
        assertFalse(PatchesConvolutionStep.qualifies(conv(Attr.ints("strides", 2, 2)), image, kernel), "strided");
        assertFalse(PatchesConvolutionStep.qualifies(conv(Attr.ints("dilations", 2, 2)), image, kernel), "dilated");
        assertFalse(PatchesConvolutionStep.qualifies(conv(Attr.i("group", 2)), image, new long[] {16, 3, 5, 5}), "grouped");
        assertFalse(PatchesConvolutionStep.qualifies(conv(Attr.s("auto_pad", "SAME_UPPER")), image, kernel), "implicit padding");
        assertFalse(PatchesConvolutionStep.qualifies(conv(), new long[] {-1, 6, -1, -1}, kernel), "size unknown");
        assertFalse(PatchesConvolutionStep.qualifies(conv(), new long[] {-1, 6, 64, 64}, kernel), "150 × 60² patch values per sample");
    }

    private static NodeProto conv(ai.onnx.proto.OnnxMl.AttributeProto... attributes) {
        return NodeProto.newBuilder().setOpType("Conv").addInput("x").addInput("w").addOutput("y").addAllAttribute(List.of(attributes)).build();
    }

    /** One SGD step (rate 0.1) of the standard step and of the step keeping the Conv, from the same values: every tensor agrees. */
    private static void assertSameSteps(Network network, long[] shape) throws Exception {
        assertSameSteps(network, shape, GraphOptions.DEFAULT);
    }

    /** As {@link #assertSameSteps(Network, long[])} with {@code options}; every third entry of each pruning mask is zero. */
    private static void assertSameSteps(Network network, long[] shape, GraphOptions options) throws Exception {
        int rows = (int) shape[0];
        float[] x = new float[Math.toIntExact(java.util.Arrays.stream(shape).reduce(1, Math::multiplyExact))];
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, rows, OptimizerKind.SGD, 0.1, 1L, null);
        TrainingGraphs patches = TrainStepPipeline.standard().build(network, new Weights(), config, options);
        TrainingGraphs plain = TrainStepPipeline.standard().without("convolution-patches").build(network, new Weights(), config,
                options);
        try (StepRunner a = new StepRunner(patches); StepRunner b = new StepRunner(plain)) {
            int masks = 0;
            for (String name : a.values.keySet()) {
                if (name.endsWith(":mask")) {
                    masks++;
                    float[] mask = a.values.get(name);
                    for (int i = 0; i < mask.length; i += 3) {
                        mask[i] = 0f;
                    }
                    b.values.put(name, mask.clone());
                }
            }
            assertEquals(options.pruningMasks(), masks > 0, "masks fed: " + masks);
            Map<String, float[]> outputs = a.run(x, shape, null, null, labels(rows), new long[] {rows}, 0.1, 1, true);
            Map<String, float[]> expected = b.run(x, shape, null, null, labels(rows), new long[] {rows}, 0.1, 1, true);
            assertEquals(expected.get("loss")[0], outputs.get("loss")[0], 1e-5f, network.getName() + ": loss");
            for (String name : a.values.keySet()) {
                float[] got = a.values.get(name);
                float[] want = b.values.get(name);
                for (int i = 0; i < want.length; i++) {
                    assertEquals(want[i], got[i], 1e-5f + 1e-4f * Math.abs(want[i]), network.getName() + ": " + name + "[" + i + "]");
                }
            }
        }
    }

    private static TrainingGraphs build(Network network, TrainStepPipeline pipeline) throws Exception {
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, ROWS, OptimizerKind.SGD, 1.0, 1L, null);
        return pipeline.build(network, new Weights(), config, GraphOptions.DEFAULT);
    }

    private static long count(ModelProto model, String op) {
        return model.getGraph().getNodeList().stream().filter(n -> n.getOpType().equals(op)).count();
    }

    private static float[] images(int rows) {
        SplittableRandom random = new SplittableRandom(3);
        float[] x = new float[rows * 2 * 9 * 8];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        return x;
    }

    private static long[] labels(int rows) {
        long[] labels = new long[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = i % 3;
        }
        return labels;
    }
}
