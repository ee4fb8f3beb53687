package dev.dendrite.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;

class BlockedConvolutionsTest {

    private static final RuntimeSettings PLAIN = RuntimeSettings.forIde().withSessionOptions("blockedconv=0");

    @Test
    void x86ProcessorsHaveABlockAndItIsOneOfMlassSizes() {
        String arch = System.getProperty("os.arch");
        int block = ConvolutionBlocks.size();
        if (arch.equals("amd64") || arch.equals("x86_64")) {
            assertTrue(block == 4 || block == 8 || block == 16, "block " + block);
        } else {
            assertEquals(0, block);
        }
    }

    @Test
    void fedKernelConvolutionsRunBlockedAndComputeWhatConvComputes() throws Exception {
        int block = ConvolutionBlocks.size();
        // A 3×3 convolution with a bias (32 → 32), its kernel's flip (Transpose then Slice with step -1, as the input
        // gradient's kernel is made) applied to the result, a strided 1×1 projection (32 → 64) and a 1×1 convolution
        // beside the first, on the same input.
        GraphProto.Builder g = GraphProto.newBuilder().setName("convolutions")
                .addInput(ConvolutionBlocks.floatInput("x", 2, 32, 9, 9)).addInput(ConvolutionBlocks.floatInput("w", 32, 32, 3, 3)).addInput(ConvolutionBlocks.floatInput("b", 32)).addInput(ConvolutionBlocks.floatInput("p", 64, 32, 1, 1))
                .addInput(ConvolutionBlocks.floatInput("s", 32, 32, 1, 1))
                .addInitializer(BlockedConvolutions.longs("flip_starts", -1, -1)).addInitializer(BlockedConvolutions.longs("flip_ends", Long.MIN_VALUE, Long.MIN_VALUE))
                .addInitializer(BlockedConvolutions.longs("flip_axes", 2, 3)).addInitializer(BlockedConvolutions.longs("flip_steps", -1, -1))
                .addNode(conv("conv", List.of("x", "w", "b"), "y", BlockedConvolutions.ints("pads", 1, 1, 1, 1)))
                .addNode(NodeProto.newBuilder().setOpType("Transpose").addInput("w").addOutput("wt").addAttribute(BlockedConvolutions.ints("perm", 1, 0, 2, 3)))
                .addNode(NodeProto.newBuilder().setOpType("Slice").addInput("wt").addInput("flip_starts").addInput("flip_ends")
                        .addInput("flip_axes").addInput("flip_steps").addOutput("w_flipped"))
                .addNode(conv("conv_flipped", List.of("y", "w_flipped"), "z", BlockedConvolutions.ints("pads", 1, 1, 1, 1)))
                .addNode(conv("projection", List.of("z", "p"), "q", BlockedConvolutions.ints("strides", 2, 2)))
                .addNode(conv("beside", List.of("x", "s"), "r"))
                .addOutput(ConvolutionBlocks.floatInput("y", 2, 32, 9, 9)).addOutput(ConvolutionBlocks.floatInput("q", 2, 64, 5, 5)).addOutput(ConvolutionBlocks.floatInput("r", 2, 32, 9, 9));
        ModelProto model = model(g);
        // The two convolutions of x share one reordered x.
        ModelProto rewritten = BlockedConvolutions.rewrite(model, 16);
        assertEquals(4, BlockedConvolutions.count(rewritten));
        assertEquals(3, rewritten.getGraph().getNodeList().stream().filter(n -> n.getOpType().equals("ReorderInput")).count());
        Map<String, float[]> values = Map.of("x", random(2 * 32 * 81, 1), "w", random(32 * 32 * 9, 2), "b", random(32, 3),
                "p", random(64 * 32, 4), "s", random(32 * 32, 5));
        Map<String, long[]> shapes = Map.of("x", new long[] {2, 32, 9, 9}, "w", new long[] {32, 32, 3, 3}, "b", new long[] {32},
                "p", new long[] {64, 32, 1, 1}, "s", new long[] {32, 32, 1, 1});
        try (ModelSession blocked = OnnxRuntime.open(model.toByteArray(), "blocked", RuntimeSettings.forIde());
                ModelSession plain = OnnxRuntime.open(model.toByteArray(), "plain", PLAIN)) {
            assertEquals(block == 0 ? 0 : 4, blocked.blockedConvolutions());
            assertEquals(0, plain.blockedConvolutions());
            Map<String, float[]> a = run(blocked, values, shapes);
            Map<String, float[]> b = run(plain, values, shapes);
            for (String out : List.of("y", "q", "r")) {
                assertClose(b.get(out), a.get(out), out);
            }
        }
    }

    @Test
    void convolutionsTheBlockedKernelsDoNotTakeKeepConv() {
        int block = 16;
        GraphProto.Builder g = GraphProto.newBuilder().setName("kept")
                .addInput(ConvolutionBlocks.floatInput("x", 1, 32, 8, 8)).addInput(ConvolutionBlocks.floatInput("w", 32, 32, 3, 3)).addInput(ConvolutionBlocks.floatInput("w_grouped", 32, 16, 3, 3))
                .addInput(ConvolutionBlocks.floatInput("w_rgb", 16, 3, 3, 3)).addInput(ConvolutionBlocks.floatInput("rgb", 1, 3, 8, 8)).addInput(ConvolutionBlocks.floatInput("w_odd", 24, 32, 1, 1))
                .addInput(unshaped("w_unknown"))
                .addInitializer(floats("w_constant", 32 * 32 * 9, 32, 32, 3, 3))
                .addNode(conv("grouped", List.of("x", "w_grouped"), "a", BlockedConvolutions.ints("pads", 1, 1, 1, 1), attribute("group", 2)))
                .addNode(conv("dilated", List.of("x", "w"), "b", BlockedConvolutions.ints("dilations", 2, 2)))
                .addNode(conv("three_channels", List.of("rgb", "w_rgb"), "c"))
                .addNode(conv("24_outputs", List.of("x", "w_odd"), "d"))
                .addNode(conv("constant", List.of("x", "w_constant"), "e"))
                .addNode(NodeProto.newBuilder().setOpType("Neg").addInput("w").addOutput("w_negated"))
                .addNode(conv("computed_unknown_shape", List.of("x", "w_negated"), "f"))
                .addNode(conv("unshaped_input", List.of("x", "w_unknown"), "h"))
                .addOutput(unshaped("a"));
        ModelProto model = model(g);
        assertNull(BlockedConvolutions.rewrite(model, block), "nothing to rewrite");
        assertNull(BlockedConvolutions.rewrite(model, 1), "no blocks");
        // The same graph with one plain convolution added: only that one is rewritten.
        ModelProto withOne = model(g.addNode(conv("plain", List.of("x", "w"), "k", BlockedConvolutions.ints("strides", 2, 2))));
        ModelProto rewritten = BlockedConvolutions.rewrite(withOne, block);
        assertNotNull(rewritten);
        assertEquals(1, BlockedConvolutions.count(rewritten));
        assertEquals(7, rewritten.getGraph().getNodeList().stream().filter(n -> n.getOpType().equals("Conv") && n.getDomain().isEmpty()).count());
        assertTrue(rewritten.getOpsetImportList().stream().anyMatch(o -> o.getDomain().equals(BlockedConvolutions.DOMAIN)));
    }

    @Test
    void theRewriteIsOffWhereTheSessionOptionsSaySoAndTheOptionTakesOnlyZeroOrOne() {
        assertTrue(SessionTuning.blockedConvolutions(null));
        assertTrue(SessionTuning.blockedConvolutions("level=all"));
        assertTrue(SessionTuning.blockedConvolutions("blockedconv=1"));
        assertTrue(!SessionTuning.blockedConvolutions("blockedconv=0;arena=1"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SessionTuning.parse("blockedconv=yes"));
        assertTrue(e.getMessage().contains("blockedconv"), e.getMessage());
    }

    private static Map<String, float[]> run(ModelSession session, Map<String, float[]> values, Map<String, long[]> shapes) throws Exception {
        OrtEnvironment env = OnnxRuntime.environment();
        Map<String, OnnxTensor> feeds = new HashMap<>();
        List<OnnxTensor> owned = new ArrayList<>();
        try {
            for (var e : values.entrySet()) {
                OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(e.getValue()), shapes.get(e.getKey()));
                owned.add(t);
                feeds.put(e.getKey(), t);
            }
            Map<String, float[]> out = new HashMap<>();
            try (OrtSession.Result result = session.session().run(feeds)) {
                for (var e : result) {
                    FloatBuffer f = ((OnnxTensor) e.getValue()).getFloatBuffer();
                    float[] v = new float[f.remaining()];
                    f.get(v);
                    out.put(e.getKey(), v);
                }
            }
            return out;
        } finally {
            owned.forEach(OnnxTensor::close);
        }
    }

    private static void assertClose(float[] expected, float[] actual, String name) {
        assertEquals(expected.length, actual.length, name);
        double scale = 1;
        for (float e : expected) {
            scale = Math.max(scale, Math.abs(e));
        }
        for (int i = 0; i < expected.length; i++) {
            assertTrue(Math.abs(expected[i] - actual[i]) <= 1e-5 * scale, name + "[" + i + "]: " + expected[i] + " vs " + actual[i]);
        }
    }

    private static float[] random(int n, long seed) {
        Random r = new Random(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) r.nextGaussian();
        }
        return v;
    }

    private static ModelProto model(GraphProto.Builder g) {
        return ModelProto.newBuilder().setIrVersion(9).setGraph(g).addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(17))
                .build();
    }

    private static NodeProto conv(String name, List<String> inputs, String output, AttributeProto... attributes) {
        NodeProto.Builder n = NodeProto.newBuilder().setOpType("Conv").setName(name).addAllInput(inputs).addOutput(output);
        for (AttributeProto a : attributes) {
            n.addAttribute(a);
        }
        return n.build();
    }

    private static AttributeProto attribute(String name, long value) {
        return AttributeProto.newBuilder().setName(name).setType(AttributeProto.AttributeType.INT).setI(value).build();
    }

    private static TensorProto floats(String name, int count, long... dims) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT_VALUE);
        for (long d : dims) {
            t.addDims(d);
        }
        for (int i = 0; i < count; i++) {
            t.addFloatData(0.01f * (i % 7));
        }
        return t.build();
    }

    private static ValueInfoProto unshaped(String name) {
        return ValueInfoProto.newBuilder().setName(name).setType(TypeProto.newBuilder()
                .setTensorType(TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE))).build();
    }
}
