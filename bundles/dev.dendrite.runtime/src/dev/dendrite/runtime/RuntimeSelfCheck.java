package dev.dendrite.runtime;

import java.util.Arrays;
import java.util.Map;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;

/**
 * Proves that ONNX Runtime loads and computes correctly here: runs {@code y = x*x + x} on
 * {@code [1, 2, 3]} and expects {@code [2, 6, 12]}. Used by {@code dendrite doctor} and the
 * workbench's runtime view.
 */
public final class RuntimeSelfCheck {

    private static final float[] INPUT = {1f, 2f, 3f};
    private static final float[] EXPECTED = {2f, 6f, 12f};

    private RuntimeSelfCheck() {
    }

    /** The outcome; {@code detail} is one line a user can read. */
    public record Result(boolean passed, Device device, String detail, String fallbackReason) {
    }

    public static Result run(RuntimeSettings settings) {
        try (ModelSession session = OnnxRuntime.open(polynomialModel().toByteArray(), "self-check model", settings)) {
            float[] actual = session.runFloats(Map.of("x", FloatArray.of(new long[] {3}, INPUT))).get("y").values();
            boolean passed = Arrays.equals(actual, EXPECTED);
            String detail = passed ? "y = x*x + x on [1, 2, 3] gave [2, 6, 12]"
                    : "y = x*x + x on [1, 2, 3] gave " + Arrays.toString(actual) + " instead of [2, 6, 12]";
            return new Result(passed, session.device(), detail, session.fallbackReason().orElse(null));
        } catch (Exception | LinkageError e) {
            // LinkageError: the native library could not be loaded on this platform.
            return new Result(false, settings.device(), "ONNX Runtime failed: " + e, null);
        }
    }

    static ModelProto polynomialModel() {
        GraphProto graph = GraphProto.newBuilder()
                .setName("dendrite_self_check")
                .addNode(NodeProto.newBuilder().setOpType("Mul").addInput("x").addInput("x").addOutput("x2"))
                .addNode(NodeProto.newBuilder().setOpType("Add").addInput("x2").addInput("x").addOutput("y"))
                .addInput(floatVector("x", 3))
                .addOutput(floatVector("y", 3))
                .build();
        return ModelProto.newBuilder()
                .setIrVersion(10)
                .setProducerName("dendrite")
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(21))
                .setGraph(graph)
                .build();
    }

    private static ValueInfoProto floatVector(String name, long length) {
        TensorShapeProto shape = TensorShapeProto.newBuilder()
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(length))
                .build();
        TypeProto type = TypeProto.newBuilder()
                .setTensorType(TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(shape))
                .build();
        return ValueInfoProto.newBuilder().setName(name).setType(type).build();
    }
}
