package dev.dendrite.analysis.manifold;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.analysis.ood.ClassifierTaps;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.importer.TensorReader;

/**
 * A classifier's last dense layer in its ONNX graph: the penultimate features it reads, the logits it
 * writes and its weights as a row per class, whether a Dendrite export wrote it (Gemm of [in, out]),
 * PyTorch (Gemm with transB, [out, in]) or a MatMul and Add.
 *
 * @param features the tensor the layer reads
 * @param logits the tensor of the logits
 * @param weights {@code classes × width}, a row per class; null where the weights are no initializer of the model
 * @param weightName the weights' tensor (also their name in a run's kept weights)
 * @param transposed whether the tensor is [classes, width] (PyTorch's) rather than [width, classes]
 */
public record ClassifierLayer(String features, String logits, int classes, int width, double[] weights, String weightName, boolean transposed) {

    /** Operators that pass a tensor on unchanged in value (a layer's id is then the tensor before them). */
    private static final Set<String> PASSING = Set.of("Identity", "Flatten", "Reshape", "Squeeze", "Dropout");

    /** @throws IllegalArgumentException naming why the model has no dense last layer */
    public static ClassifierLayer of(ModelProto model) {
        ClassifierTaps taps = ClassifierTaps.of(model);
        if (taps.features() == null) {
            throw new IllegalArgumentException("neural collapse reads the features a dense last layer classifies, and " + taps.whyNoFeatures());
        }
        GraphProto graph = model.getGraph();
        Map<String, NodeProto> producers = producers(graph);
        NodeProto dense = producers.get(taps.logits());
        while (dense != null && PASSING.contains(dense.getOpType())) {
            dense = producers.get(dense.getInput(0));
        }
        String weightName;
        boolean transposed = false;
        if (dense.getOpType().equals("Gemm")) {
            weightName = dense.getInput(1);
            transposed = dense.getAttributeList().stream().anyMatch(a -> a.getName().equals("transB") && a.getType() == AttributeProto.AttributeType.INT
                    && a.getI() == 1);
        } else {
            NodeProto product = dense.getOpType().equals("MatMul") ? dense : dense.getInputList().stream().map(producers::get).filter(p -> p != null
                    && p.getOpType().equals("MatMul")).findFirst().orElseThrow();
            weightName = product.getInput(1);
        }
        TensorProto initializer = graph.getInitializerList().stream().filter(t -> t.getName().equals(weightName)).findFirst().orElse(null);
        if (initializer == null) {
            return new ClassifierLayer(taps.features(), taps.logits(), -1, -1, null, weightName, transposed);
        }
        FloatTensor w;
        try {
            w = TensorReader.floats(initializer, "the classifier's weights");
        } catch (OnnxFormatException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
        double[] weights = rows(w, transposed, weightName);
        int classes = (int) w.shape()[transposed ? 0 : 1];
        return new ClassifierLayer(taps.features(), taps.logits(), classes, weights.length / classes, weights, weightName, transposed);
    }

    /** The same layer's weights at another point of training (a run's kept weights), a row per class; null where {@code w} is none. */
    public double[] rowsOf(FloatTensor w) {
        if (w == null || w.rank() != 2 || w.size() != (long) classes * width) {
            return null;
        }
        return rows(w, transposed, weightName);
    }

    private static double[] rows(FloatTensor w, boolean transposed, String name) {
        if (w.rank() != 2) {
            throw new IllegalArgumentException("the last layer's weights '" + name + "' are " + w.shapeText() + ", not a matrix");
        }
        int rows = (int) w.shape()[0];
        int columns = (int) w.shape()[1];
        int classes = transposed ? rows : columns;
        int width = transposed ? columns : rows;
        double[] weights = new double[classes * width];
        for (int c = 0; c < classes; c++) {
            for (int d = 0; d < width; d++) {
                weights[c * width + d] = transposed ? w.values()[c * columns + d] : w.values()[d * columns + c];
            }
        }
        return weights;
    }

    /**
     * The first of {@code tensor} and the tensors it passes on from (through Flatten, Reshape and the like) that {@code recorded}
     * holds: a layer's id for a tensor a shape operator made of its output; null where none is.
     */
    public static String recordedAs(ModelProto model, String tensor, Set<String> recorded) {
        Map<String, NodeProto> producers = producers(model.getGraph());
        String at = tensor;
        while (at != null) {
            if (recorded.contains(at)) {
                return at;
            }
            NodeProto node = producers.get(at);
            at = node != null && PASSING.contains(node.getOpType()) ? node.getInput(0) : null;
        }
        return null;
    }

    private static Map<String, NodeProto> producers(GraphProto graph) {
        Map<String, NodeProto> producers = new HashMap<>();
        graph.getNodeList().forEach(n -> n.getOutputList().forEach(o -> producers.put(o, n)));
        return producers;
    }
}
