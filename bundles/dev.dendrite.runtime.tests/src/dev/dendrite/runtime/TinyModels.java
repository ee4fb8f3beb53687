package dev.dendrite.runtime;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;

/** Small ONNX models written out in the tests, independent of Dendrite's own graph code. */
final class TinyModels {

    private TinyModels() {
    }

    /** {@code y = relu(x · W + b)} with x [N, 2], W [2, 3] and b [3] as initializers. */
    static byte[] denseRelu(float[] weights, float[] bias) {
        GraphProto graph = GraphProto.newBuilder()
                .setName("dense_relu")
                .addInitializer(floats("W", weights, 2, 3))
                .addInitializer(floats("b", bias, 3))
                .addNode(NodeProto.newBuilder().setOpType("Gemm").addInput("x").addInput("W").addInput("b").addOutput("z"))
                .addNode(NodeProto.newBuilder().setOpType("Relu").addInput("z").addOutput("y"))
                .addInput(floatInput("x", "N", 2))
                .addOutput(floatInput("y", "N", 3))
                .build();
        return ModelProto.newBuilder().setIrVersion(10)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(21))
                .setGraph(graph).build().toByteArray();
    }

    private static TensorProto floats(String name, float[] values, long... dims) {
        TensorProto.Builder tensor = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT_VALUE);
        for (long dim : dims) {
            tensor.addDims(dim);
        }
        for (float value : values) {
            tensor.addFloatData(value);
        }
        return tensor.build();
    }

    private static ValueInfoProto floatInput(String name, String batch, long width) {
        TensorShapeProto shape = TensorShapeProto.newBuilder()
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimParam(batch))
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(width))
                .build();
        return ValueInfoProto.newBuilder().setName(name)
                .setType(TypeProto.newBuilder().setTensorType(
                        TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(shape)))
                .build();
    }
}
