package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;

/** What running a step at two small batches tells about its tensors: which carry the batch, and their bytes per sample. */
class BatchProbeTest {

    /** x [N, 3] float: w = tile(x) [N, 6], s = Σ w over samples [6]. */
    private static ModelProto tiledSum() {
        TypeProto.Tensor.Builder x = TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE)
                .setShape(TensorShapeProto.newBuilder().addDim(TensorShapeProto.Dimension.newBuilder().setDimParam("N"))
                        .addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(3)));
        GraphProto g = GraphProto.newBuilder().setName("tiled")
                .addInput(ValueInfoProto.newBuilder().setName("x").setType(TypeProto.newBuilder().setTensorType(x)))
                .addInitializer(TensorProto.newBuilder().setName("reps").setDataType(TensorProto.DataType.INT64_VALUE).addDims(2)
                        .addInt64Data(1).addInt64Data(2))
                .addInitializer(TensorProto.newBuilder().setName("axes").setDataType(TensorProto.DataType.INT64_VALUE).addDims(1)
                        .addInt64Data(0))
                .addNode(NodeProto.newBuilder().setOpType("Tile").setName("tile").addInput("x").addInput("reps").addOutput("w"))
                .addNode(NodeProto.newBuilder().setOpType("ReduceSum").setName("sum").addInput("w").addInput("axes").addOutput("s")
                        .addAttribute(AttributeProto.newBuilder().setName("keepdims").setType(AttributeProto.AttributeType.INT).setI(0)))
                .addOutput(ValueInfoProto.newBuilder().setName("s").setType(TypeProto.newBuilder()
                        .setTensorType(TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE))))
                .build();
        return ModelProto.newBuilder().setIrVersion(8).addOpsetImport(OperatorSetIdProto.newBuilder().setVersion(17)).setGraph(g).build();
    }

    @Test
    void tellsWhichTensorsCarryTheBatchAndTheirBytesPerSample() throws Exception {
        BatchProbe probe = BatchProbe.of(tiledSum());
        assertEquals(Set.of("x"), probe.batchInputs());
        assertEquals(Map.of("x", true, "w", true, "s", false), Map.of("x", probe.batched().get("x"), "w", probe.batched().get("w"),
                "s", probe.batched().get("s")));
        assertEquals(12L, probe.bytesPerSample().get("x"), "three floats");
        assertEquals(24L, probe.bytesPerSample().get("w"), "six floats");
        assertNull(probe.bytesPerSample().get("s"), "the sum over samples has no bytes per sample");
        assertFalse(probe.bytesPerSample().containsKey("reps"));
    }
}
