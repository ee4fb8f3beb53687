package dev.dendrite.analysis.evaluation;

import java.nio.FloatBuffer;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import dev.dendrite.runtime.OnnxRuntime;

/**
 * A graph that reads one of its tensors, x, everywhere as α·x, α a scalar input: at α = 1 it is the
 * model itself, and stepping α from 0 to 1 walks the straight path from the zero baseline to x,
 * along which integrated gradients average the gradient (Sundararajan et al., 2017). Works for a
 * graph input (pictures, values) and for a tensor inside (the embedded tokens).
 */
public final class PathScaling {

    /** The scalar input α. */
    static final String ALPHA = "saliency/alpha";
    /** The scaled tensor, α·x, which every former reader of x reads. */
    static final String SCALED = "saliency/scaled";

    private PathScaling() {
    }

    /** {@code source} with the input {@link #ALPHA} and x's readers reading {@link #SCALED} = α·x, placed right after x is made. */
    static GraphProto scaledAt(GraphProto source, String x) {
        TypeProto scalar = TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE)
                .setShape(TensorShapeProto.newBuilder())).build();
        return multipliedAt(source, x, ALPHA, scalar, SCALED);
    }

    /**
     * {@code source} with the input {@code factor} (of {@code factorType}, broadcast against x) and x's readers reading {@code product}
     * = x·factor, placed right after x is made: a scale along a path, or a mask of units.
     *
     * @throws IllegalArgumentException where no node of the graph makes x and it is no input
     */
    public static GraphProto multipliedAt(GraphProto source, String x, String factor, TypeProto factorType, String product) {
        return appliedAt(source, x, "Mul", factor, factorType, product);
    }

    /**
     * As {@link #multipliedAt}, with any binary operator: x's readers read {@code result} = op(x, {@code operand}), the operand a new
     * input of {@code operandType}.
     */
    public static GraphProto appliedAt(GraphProto source, String x, String op, String operand, TypeProto operandType, String result) {
        GraphProto.Builder graph = source.toBuilder().clearNode();
        NodeProto applied = NodeProto.newBuilder().setOpType(op).setName("node/" + result).addInput(x).addInput(operand).addOutput(result)
                .build();
        boolean placed = source.getInputList().stream().anyMatch(i -> i.getName().equals(x));
        if (placed) {
            graph.addNode(applied);
        }
        for (NodeProto node : source.getNodeList()) {
            NodeProto.Builder reading = node.toBuilder();
            for (int i = 0; i < reading.getInputCount(); i++) {
                if (reading.getInput(i).equals(x)) {
                    reading.setInput(i, result);
                }
            }
            graph.addNode(reading);
            if (!placed && node.getOutputList().contains(x)) {
                graph.addNode(applied);
                placed = true;
            }
        }
        if (!placed) {
            throw new IllegalArgumentException("no node of the model makes " + x);
        }
        graph.addInput(ValueInfoProto.newBuilder().setName(operand).setType(operandType));
        // A graph output that was x stays x's value: the readers alone see the result.
        return graph.build();
    }

    /** α as the scalar tensor the graph is fed. */
    static OnnxTensor alpha(float value) throws OrtException {
        return OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(new float[] {value}), new long[0]);
    }

    /** The midpoints of {@code steps} equal stretches of [0, 1]: the path's points integrated gradients average over. */
    static float[] midpoints(int steps) {
        float[] alphas = new float[steps];
        for (int k = 0; k < steps; k++) {
            alphas[k] = (k + 0.5f) / steps;
        }
        return alphas;
    }
}
