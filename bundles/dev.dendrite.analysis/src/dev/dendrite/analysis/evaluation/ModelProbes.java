package dev.dendrite.analysis.evaluation;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;

/** A model that also outputs some of its float tensors, after its own outputs, so that one run tells their values and shapes. */
public final class ModelProbes {

    private ModelProbes() {
    }

    /** {@code model} with {@code tensors} (float) as outputs more; those already outputs stay as they are. */
    public static ModelProto exposing(ModelProto model, Collection<String> tensors) {
        if (tensors.isEmpty()) {
            return model;
        }
        Set<String> declared = new HashSet<>();
        model.getGraph().getOutputList().forEach(o -> declared.add(o.getName()));
        var graph = model.getGraph().toBuilder();
        for (String tensor : tensors) {
            if (declared.add(tensor)) {
                graph.addOutput(ValueInfoProto.newBuilder().setName(tensor).setType(TypeProto.newBuilder()
                        .setTensorType(TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE))));
            }
        }
        return model.toBuilder().setGraph(graph).build();
    }
}
