package dev.dendrite.onnx.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Reshape;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * Models as other tools write them: weights produced by nodes rather than initializers, shapes
 * computed by PyTorch's view idiom, old opsets. Each imports, and its re-export computes what the
 * original computes in ONNX Runtime.
 */
class ImportCorpusTest {

    private static final Random RANDOM = new Random(11);

    private static FloatTensor random(long... shape) {
        FloatTensor t = FloatTensor.zeros(shape);
        for (int i = 0; i < t.size(); i++) {
            t.values()[i] = (float) RANDOM.nextGaussian() * 0.5f;
        }
        return t;
    }

    private static ModelProto withOpset(ModelProto model, int opset) {
        return model.toBuilder().setOpsetImport(0, OperatorSetIdProto.newBuilder().setVersion(opset)).build();
    }

    /** The outputs of a model on an input, in ONNX Runtime; graph inputs that are initializers (old IR) are not fed. */
    static List<float[]> run(ModelProto model, FloatTensor x) throws Exception {
        Set<String> initializers = model.getGraph().getInitializerList().stream().map(TensorProto::getName).collect(Collectors.toSet());
        String input = model.getGraph().getInputList().stream().map(v -> v.getName()).filter(n -> !initializers.contains(n)).findFirst()
                .orElseThrow();
        List<float[]> outputs = new ArrayList<>();
        try (ModelSession session = OnnxRuntime.open(model.toByteArray(), "model", RuntimeSettings.forIde());
             OnnxTensor feed = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x.values()), x.shape());
             OrtSession.Result result = session.session().run(Map.of(input, feed))) {
            for (var output : model.getGraph().getOutputList()) {
                FloatBuffer buffer = ((OnnxTensor) result.get(output.getName()).orElseThrow()).getFloatBuffer();
                float[] values = new float[buffer.remaining()];
                buffer.get(values);
                outputs.add(values);
            }
        }
        return outputs;
    }

    /** Imports, re-exports and compares the two models' outputs (relative difference ≤ 1e-4); returns the import. */
    static ImportResult importsAndComputesTheSame(ModelProto model, String name, FloatTensor x) throws Exception {
        return importsAndComputesTheSame(model, model, name, x);
    }

    /**
     * As above, where ONNX Runtime cannot run the model itself (operator versions it no longer
     * implements): {@code reference} is the same computation written with current operator versions.
     */
    static ImportResult importsAndComputesTheSame(ModelProto model, ModelProto reference, String name, FloatTensor x) throws Exception {
        ImportResult imported = OnnxImporter.read(model.toByteArray(), name, false);
        ModelProto again = OnnxExporter.export(imported.network(), imported.weights(), "test").model();
        float[] expected = run(reference, x).get(0);
        float[] got = run(again, x).get(0);
        assertEquals(expected.length, got.length, name + ": output size");
        double scale = 0;
        for (float v : expected) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < expected.length; i++) {
            assertTrue(Math.abs(expected[i] - got[i]) <= 1e-4 * Math.max(1, scale), name + ": output " + i + " is " + got[i] + ", the original "
                    + expected[i]);
        }
        return imported;
    }

    @Test
    void weightsMadeByNodesBecomeParameters() throws Exception {
        GraphBuilder g = new GraphBuilder("made_weights");
        g.reserve("x");
        g.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", 2L, 6L, 6L));
        // A kernel stored as [kh, kw, in, out] and transposed into place, as TensorFlow converters write it.
        FloatTensor hwio = random(3, 3, 2, 4);
        String kernel = g.node("Transpose", List.of(g.initializer("kernel_hwio", hwio)), "kernel", Attr.ints("perm", 3, 2, 0, 1));
        String bias = g.node("Identity", List.of(g.initializer("conv_bias", random(4))), "bias");
        String conv = g.node("Conv", List.of("x", kernel, bias), "conv", Attr.ints("kernel_shape", 3, 3));
        String relu = g.node("Relu", List.of(conv), "relu");
        String flat = g.node("Flatten", List.of(relu), "flat");
        // A dense weight built from a Constant node and ConstantOfShape arithmetic: W = w0 + 0.25.
        TensorProto shape = TensorProto.newBuilder().setDataType(TensorProto.DataType.INT64_VALUE).addDims(2).addInt64Data(64).addInt64Data(3)
                .build();
        String quarter = g.node("ConstantOfShape", List.of(g.node("Constant", List.of(), "w_shape", Attr.tensor("value", shape))), "quarter",
                Attr.tensor("value", TensorProto.newBuilder().setDataType(TensorProto.DataType.FLOAT_VALUE).addDims(1).addFloatData(0.25f)
                        .build()));
        String weight = g.node("Add", List.of(g.initializer("w0", random(64, 3)), quarter), "w");
        g.nodeWithOutputs("MatMul", List.of(flat, weight), List.of("y"));
        g.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", 3L));
        ImportResult imported = importsAndComputesTheSame(g.model("test", ""), "made_weights.onnx", random(2, 2, 6, 6));
        assertTrue(imported.network().getLayers().stream().anyMatch(Convolution.class::isInstance));
        assertTrue(imported.network().getLayers().stream().anyMatch(Dense.class::isInstance), "the folded weight makes a Dense layer");
    }

    @Test
    void pyTorchsViewIdiomFoldsToAReshape() throws Exception {
        GraphBuilder g = new GraphBuilder("torch_view");
        g.reserve("x");
        g.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", 3L, 4L, 4L));
        String conv = g.node("Conv", List.of("x", g.initializer("k", random(5, 3, 3, 3)), g.initializer("b", random(5))), "conv",
                Attr.ints("kernel_shape", 3, 3), Attr.ints("pads", 1, 1, 1, 1));
        String relu = g.node("Relu", List.of(conv), "relu");
        // x.view(x.size(0), -1) as torch.onnx writes it.
        String shape = g.node("Shape", List.of(relu), "shape");
        String batch = g.node("Gather", List.of(shape, g.longScalar("zero", 0)), "batch", Attr.i("axis", 0));
        String batch1 = g.node("Unsqueeze", List.of(batch, g.longs("axes", 0)), "batch1");
        String target = g.node("Concat", List.of(batch1, g.longs("minus_one", -1)), "target", Attr.i("axis", 0));
        String flat = g.node("Reshape", List.of(relu, target), "flat");
        // And a Cast and Div in the mix: the channels halved, as some exports compute a split size.
        String channels = g.node("Gather", List.of(shape, g.longScalar("one", 1)), "channels", Attr.i("axis", 0));
        g.node("Div", List.of(g.node("Cast", List.of(channels), "channels64", Attr.i("to", TensorProto.DataType.INT64_VALUE)),
                g.longScalar("two", 2)), "half");
        g.nodeWithOutputs("Gemm", List.of(flat, g.initializer("w", random(4, 80)), g.initializer("c", random(4))), List.of("y"),
                Attr.i("transB", 1));
        g.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", 4L));
        ImportResult imported = importsAndComputesTheSame(g.model("test", ""), "torch_view.onnx", random(3, 3, 4, 4));
        Reshape reshape = (Reshape) imported.network().getLayers().stream().filter(Reshape.class::isInstance).findFirst().orElseThrow();
        assertEquals(List.of(-1), reshape.getDims(), "[N, -1]: the batch kept, the rest inferred");
    }

    /** Conv, BatchNormalization, Relu, Dropout, Gemm, Softmax: at opset 6 with its attributes, or the same at opset 9. */
    private static ModelProto opset6(boolean old) {
        Random random = new Random(5);
        GraphBuilder g = new GraphBuilder("opset6");
        g.reserve("x");
        g.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", 2L, 5L, 5L));
        String conv = g.node("Conv", List.of("x", g.initializer("k", seeded(random, 4, 2, 3, 3))), "conv", Attr.ints("kernel_shape", 3, 3));
        FloatTensor variance = seeded(random, 4);
        for (int i = 0; i < 4; i++) {
            variance.values()[i] = 0.5f + Math.abs(variance.values()[i]);
        }
        List<String> bnInputs = List.of(conv, g.initializer("gamma", seeded(random, 4)), g.initializer("beta", seeded(random, 4)),
                g.initializer("mean", seeded(random, 4)), g.initializer("var", variance));
        String norm = old ? g.node("BatchNormalization", bnInputs, "bn", Attr.i("is_test", 1), Attr.i("spatial", 1), Attr.f("epsilon", 1e-5))
                : g.node("BatchNormalization", bnInputs, "bn", Attr.f("epsilon", 1e-5));
        String relu = g.node("Relu", List.of(norm), "relu");
        String drop = old ? g.node("Dropout", List.of(relu), "drop", Attr.i("is_test", 1), Attr.f("ratio", 0.3))
                : g.node("Dropout", List.of(relu), "drop", Attr.f("ratio", 0.3));
        String flat = g.node("Flatten", List.of(drop), "flat");
        List<String> gemmInputs = List.of(flat, g.initializer("w", seeded(random, 36, 3)), g.initializer("c", seeded(random, 3)));
        String logits = old ? g.node("Gemm", gemmInputs, "logits", Attr.i("broadcast", 1)) : g.node("Gemm", gemmInputs, "logits");
        g.nodeWithOutputs("Softmax", List.of(logits), List.of("y"));
        g.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", 3L));
        return withOpset(g.model("test", ""), old ? 6 : 9);
    }

    /** Gemm then Reshape: at opset 4 the target is an attribute, at opset 9 an input. */
    private static ModelProto opset4(boolean old) {
        Random random = new Random(6);
        GraphBuilder h = new GraphBuilder("opset4");
        h.reserve("x");
        h.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", 12L));
        List<String> gemmInputs = List.of("x", h.initializer("w", seeded(random, 12, 12)), h.initializer("c", seeded(random, 12)));
        String dense = old ? h.node("Gemm", gemmInputs, "dense", Attr.i("broadcast", 1)) : h.node("Gemm", gemmInputs, "dense");
        String folded = old ? h.node("Reshape", List.of(dense), "folded", Attr.ints("shape", 0, 3, 4))
                : h.node("Reshape", List.of(dense, h.longs("target", 0, 3, 4)), "folded");
        h.nodeWithOutputs("Relu", List.of(folded), List.of("y"));
        h.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", 3L, 4L));
        return withOpset(h.model("test", ""), old ? 4 : 9);
    }

    private static FloatTensor seeded(Random random, long... shape) {
        FloatTensor t = FloatTensor.zeros(shape);
        for (int i = 0; i < t.size(); i++) {
            t.values()[i] = (float) random.nextGaussian() * 0.5f;
        }
        return t;
    }

    @Test
    void oldOpsetsReadTheirOwnAttributes() throws Exception {
        importsAndComputesTheSame(opset6(true), opset6(false), "opset6.onnx", random(2, 2, 5, 5));
        ImportResult imported = importsAndComputesTheSame(opset4(true), opset4(false), "opset4.onnx", random(2, 12));
        Reshape reshape = (Reshape) imported.network().getLayers().stream().filter(Reshape.class::isInstance).findFirst().orElseThrow();
        assertEquals(List.of(3, 4), reshape.getDims());
        var exported = OnnxExporter.export(imported.network(), imported.weights(), "test").model();
        assertTrue(exported.getOpsetImport(0).getVersion() >= 17, "exports use the current opset");
        // What the old version means differently is refused by name: batch statistics (is_test = 0) and per-element statistics.
        ModelProto training = opset6(true);
        var graph = training.getGraph().toBuilder();
        for (int i = 0; i < graph.getNodeCount(); i++) {
            if (graph.getNode(i).getOpType().equals("BatchNormalization")) {
                graph.setNode(i, graph.getNode(i).toBuilder().clearAttribute().addAttribute(Attr.i("is_test", 0)).build());
            }
        }
        UnsupportedOperatorsException error = org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperatorsException.class,
                () -> OnnxImporter.read(training.toBuilder().setGraph(graph).build().toByteArray(), "train.onnx", false));
        assertTrue(error.getMessage().contains("is_test = 0"), error.getMessage());
    }
}
