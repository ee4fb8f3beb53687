package dev.dendrite.analysis.robustness;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.onnx.graph.NodeAttributes;
import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.importer.TensorReader;

/** A Gemm of constant weights read as z = W·h + b: W as [outputs][inputs] whatever its transposition, α and β applied. */
final class DenseLayer {

    private DenseLayer() {
    }

    /** W·α as [outputs][inputs], or null where the node is no such Gemm (another operator, a transposed input, weights computed). */
    static float[][] weights(NodeProto node, GraphProto graph) {
        if (!node.getOpType().equals("Gemm") || NodeAttributes.i(node, "transA", 0) != 0) {
            return null;
        }
        TensorProto b = initializer(graph, node.getInput(1));
        if (b == null || b.getDimsCount() != 2) {
            return null;
        }
        float[] values = floats(b);
        if (values == null) {
            return null;
        }
        boolean transposed = NodeAttributes.i(node, "transB", 0) != 0;
        int rows = (int) b.getDims(0);
        int columns = (int) b.getDims(1);
        int outputs = transposed ? rows : columns;
        int inputs = transposed ? columns : rows;
        float alpha = NodeAttributes.f(node, "alpha", 1f);
        float[][] w = new float[outputs][inputs];
        for (int o = 0; o < outputs; o++) {
            for (int i = 0; i < inputs; i++) {
                w[o][i] = alpha * (transposed ? values[o * columns + i] : values[i * columns + o]);
            }
        }
        return w;
    }

    /** b·β, zeros without a bias; a bias broadcast from one value is spread over the outputs. */
    static float[] bias(NodeProto node, GraphProto graph, int outputs) {
        float[] bias = new float[outputs];
        TensorProto c = node.getInputCount() > 2 ? initializer(graph, node.getInput(2)) : null;
        float[] values = c == null ? null : floats(c);
        if (values != null) {
            float beta = NodeAttributes.f(node, "beta", 1f);
            for (int o = 0; o < outputs; o++) {
                bias[o] = beta * values[values.length == 1 ? 0 : o];
            }
        }
        return bias;
    }

    private static TensorProto initializer(GraphProto graph, String name) {
        return graph.getInitializerList().stream().filter(t -> t.getName().equals(name)).findFirst().orElse(null);
    }

    private static float[] floats(TensorProto tensor) {
        try {
            return TensorReader.floats(tensor, "the model").values();
        } catch (OnnxFormatException e) {
            return null;
        }
    }
}
