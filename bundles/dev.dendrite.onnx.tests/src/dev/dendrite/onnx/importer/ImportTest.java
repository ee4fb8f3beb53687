package dev.dendrite.onnx.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import dev.dendrite.model.network.Activation;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Input;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.export.TestAccess;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.onnx.reference.Nd;

class ImportTest {

    /** A model as PyTorch exports nn.Linear: Gemm with W [out, in] and transB = 1. */
    private static ModelProto torchStyleMlp() {
        Random random = new Random(7);
        GraphBuilder g = new GraphBuilder("torch_mlp");
        g.reserve("input");
        g.input("input", GraphBuilder.ElementType.FLOAT, List.of("batch", 4L));
        String w1 = g.initializer("fc1.weight", random(random, 5, 4));
        String b1 = g.initializer("fc1.bias", random(random, 5));
        String w2 = g.initializer("fc2.weight", random(random, 3, 5));
        String b2 = g.initializer("fc2.bias", random(random, 3));
        String h = g.node("Gemm", List.of("input", w1, b1), "fc1_out", Attr.i("transB", 1));
        String r = g.node("Relu", List.of(h), "relu_out");
        g.nodeWithOutputs("Gemm", List.of(r, w2, b2), List.of("logits"), Attr.i("transB", 1));
        g.output("logits", GraphBuilder.ElementType.FLOAT, List.of("batch", 3L));
        return g.model("test", "");
    }

    private static FloatTensor random(Random random, long... shape) {
        FloatTensor t = FloatTensor.zeros(shape);
        for (int i = 0; i < t.size(); i++) {
            t.values()[i] = (float) random.nextGaussian();
        }
        return t;
    }

    @Test
    void aTorchStyleModelBecomesLayersAndComputesTheSame() throws Exception {
        ModelProto model = torchStyleMlp();
        ImportResult imported = OnnxImporter.read(model.toByteArray(), "torch_mlp.onnx", false);
        var layers = imported.network().getLayers();
        assertInstanceOf(Input.class, layers.get(0));
        assertEquals(List.of(4), ((Input) layers.get(0)).getDims());
        assertEquals(5, ((Dense) layers.get(1)).getUnits());
        assertInstanceOf(Activation.class, layers.get(2));
        assertArrayEquals(new long[] {4, 5}, imported.weights().get(layers.get(1).getId(), "weight").orElseThrow().shape(),
                "Gemm's transposed [out, in] weight is stored as [in, out]");
        ModelProto reexported = OnnxExporter.export(imported.network(), imported.weights(), "test").model();
        Nd x = Nd.zeros(3, 4);
        Random random = new Random(1);
        for (int i = 0; i < x.v.length; i++) {
            x.v[i] = (float) random.nextGaussian();
        }
        float[] original = TestAccess.run(model, Map.of("input", x)).get(0);
        float[] again = TestAccess.run(reexported, Map.of("input", x)).get(0);
        assertArrayEquals(original, again, 1e-5f);
    }

    @Test
    void unsupportedOperatorsAreListedInOneMessage() {
        GraphBuilder g = new GraphBuilder("odd");
        g.reserve("x");
        g.input("x", GraphBuilder.ElementType.FLOAT, List.of("N", 4L));
        String c = g.node("Cos", List.of("x"), "cos");
        String e1 = g.node("Einsum", List.of(c, c), "e1", Attr.s("equation", "ij,ij->ij"));
        g.nodeWithOutputs("Einsum", List.of(e1, c), List.of("y"), Attr.s("equation", "ij,ij->ij"));
        g.output("y", GraphBuilder.ElementType.FLOAT, List.of("N", 4L));
        UnsupportedOperatorsException error = assertThrows(UnsupportedOperatorsException.class,
                () -> OnnxImporter.read(g.model("t", "").toByteArray(), "odd.onnx", false));
        // Cos becomes a generic operator layer (its output has its input's shape); Einsum's output shape is not known here.
        assertTrue(error.getMessage().startsWith("odd.onnx uses operators Dendrite cannot express as layers: Einsum ×2 (first: Einsum node"),
                error.getMessage());
        assertEquals(Map.of("Einsum", 2), error.counts());
    }

    @Test
    void opsetsOutsideOneToTwentySixAreRefused() {
        for (int opset : new int[] {0, 30}) {
            ModelProto model = torchStyleMlp().toBuilder().setOpsetImport(0, OperatorSetIdProto.newBuilder().setVersion(opset)).build();
            OnnxFormatException error = assertThrows(OnnxFormatException.class, () -> OnnxImporter.read(model.toByteArray(), "m.onnx", false));
            assertEquals("m.onnx uses opset " + opset + "; Dendrite imports opsets 1 to 26", error.getMessage());
        }
    }

    @Test
    void compositeLayersWithoutTheirEmbeddedNetworkNameWhatIsMissing() throws Exception {
        var network = dev.dendrite.model.templates.TemplateLibrary.find("gcn-node-classifier").orElseThrow().create();
        ModelProto model = new TestAccess(3).export(network).model();
        UnsupportedOperatorsException error = assertThrows(UnsupportedOperatorsException.class,
                () -> OnnxImporter.read(model.toByteArray(), "gcn.onnx", true));
        assertTrue(error.counts().containsKey("ScatterND"), error.getMessage());
        assertTrue(OnnxImporter.read(model.toByteArray(), "gcn.onnx", false).fromEmbeddedNetwork(), "but its embedded network imports");
    }
}
