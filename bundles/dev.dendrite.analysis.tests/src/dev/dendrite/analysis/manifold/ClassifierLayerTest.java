package dev.dendrite.analysis.manifold;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.data.Dataset;

/** The last dense layer found in a Dendrite export and in PyTorch's form (Gemm with transB): its weights compute the model's logits. */
class ClassifierLayerTest {

    private static final int FEATURES = 5;
    private static final int HIDDEN = 4;
    private static final int CLASSES = 3;

    @Test
    void theWeightsAsARowPerClassComputeTheLogitsInEitherLayout() throws Exception {
        NetworkBuilder b = new NetworkBuilder("mlp", "a classifier without a last bias");
        Dense scores = b.dense(b.dense(b.input("x", FEATURES), "hidden", HIDDEN, ActivationFunction.RELU), "scores", CLASSES);
        scores.setBias(false);
        b.loss(scores, LossKind.CROSS_ENTROPY);
        ModelProto model = OnnxExporter.export(b.network(), new Weights(), "test").model();
        Dataset data = gaussian(40);
        ClassifierLayer layer = ClassifierLayer.of(model);
        assertEquals("scores", layer.logits());
        assertEquals(CLASSES, layer.classes());
        assertEquals(HIDDEN, layer.width());
        assertLogitsComputed(model, layer, data);

        ModelProto pytorch = transposedB(model);
        ClassifierLayer read = ClassifierLayer.of(pytorch);
        assertArrayEquals(layer.weights(), read.weights(), 0, "PyTorch's [out, in] with transB gives the same rows");
        assertLogitsComputed(pytorch, read, data);
    }

    @Test
    void aModelWhoseLastLayerIsNoDenseOneIsNamed() throws Exception {
        NetworkBuilder b = new NetworkBuilder("squashed", "logits through a sigmoid");
        b.loss(b.activation(b.input("x", FEATURES), ActivationFunction.SIGMOID), LossKind.MSE);
        ModelProto model = OnnxExporter.export(b.network(), new Weights(), "test").model();
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ClassifierLayer.of(model));
        assertEquals("neural collapse reads the features a dense last layer classifies, and the logits come from a Sigmoid, not a dense layer",
                e.getMessage());
    }

    private static void assertLogitsComputed(ModelProto model, ClassifierLayer layer, Dataset data) throws Exception {
        LayerActivations read = LayerActivations.of(model, data, data.size(), List.of(layer.features(), layer.logits()));
        float[] features = read.values().get(layer.features());
        float[] logits = read.values().get(layer.logits());
        assertEquals(HIDDEN, read.width(layer.features()));
        for (int i = 0; i < data.size(); i++) {
            for (int c = 0; c < CLASSES; c++) {
                double dot = 0;
                for (int d = 0; d < HIDDEN; d++) {
                    dot += layer.weights()[c * HIDDEN + d] * features[i * HIDDEN + d];
                }
                assertEquals(logits[i * CLASSES + c], dot, 1e-5, "sample " + i + ", class " + c);
            }
        }
    }

    /** The model with its last Gemm's weights stored [out, in] and read through transB = 1, as PyTorch exports a Linear. */
    private static ModelProto transposedB(ModelProto model) throws Exception {
        ModelProto.Builder copy = model.toBuilder();
        var graph = copy.getGraphBuilder();
        int at = -1;
        for (int i = 0; i < graph.getNodeCount(); i++) {
            if (graph.getNode(i).getOutput(0).equals("scores")) {
                at = i;
            }
        }
        NodeProto gemm = graph.getNode(at);
        assertEquals("Gemm", gemm.getOpType());
        String weightName = gemm.getInput(1);
        for (int i = 0; i < graph.getInitializerCount(); i++) {
            TensorProto w = graph.getInitializer(i);
            if (w.getName().equals(weightName)) {
                var values = dev.dendrite.onnx.importer.TensorReader.floats(w, "test");
                int rows = (int) values.shape()[0];
                int columns = (int) values.shape()[1];
                TensorProto.Builder t = TensorProto.newBuilder().setName(weightName).setDataType(TensorProto.DataType.FLOAT_VALUE)
                        .addDims(columns).addDims(rows);
                for (int c = 0; c < columns; c++) {
                    for (int r = 0; r < rows; r++) {
                        t.addFloatData(values.values()[r * columns + c]);
                    }
                }
                graph.setInitializer(i, t);
            }
        }
        graph.setNode(at, gemm.toBuilder().addAttribute(AttributeProto.newBuilder().setName("transB").setType(AttributeProto.AttributeType.INT)
                .setI(1)));
        return copy.build();
    }

    private static Dataset gaussian(int n) {
        SplittableRandom random = new SplittableRandom(3);
        float[] x = new float[n * FEATURES];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        return Dataset.classification("gaussian", new long[] {FEATURES}, x, new int[n], CLASSES);
    }
}
