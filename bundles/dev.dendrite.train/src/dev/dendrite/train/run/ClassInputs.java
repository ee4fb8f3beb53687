package dev.dendrite.train.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.TensorInfo;
import dev.dendrite.runtime.ModelSession;

/**
 * The inputs a model reads each sample's class at, beside its data: Dendrite exports a label input (a conditional
 * autoencoder's, a conditional GAN's discriminator's) as int64 [N, 1]. A model of one input has none, whatever its type.
 */
public final class ClassInputs {

    private ClassInputs() {
    }

    /** The class inputs among the graph's inputs that no initialiser feeds. */
    public static List<String> of(GraphProto graph) {
        java.util.Set<String> initialised = new java.util.HashSet<>();
        graph.getInitializerList().forEach(t -> initialised.add(t.getName()));
        List<ValueInfoProto> inputs = graph.getInputList().stream().filter(i -> !initialised.contains(i.getName())).toList();
        List<String> classes = new ArrayList<>();
        for (ValueInfoProto input : inputs) {
            var type = input.getType().getTensorType();
            boolean one = type.getShape().getDimCount() == 2 && type.getShape().getDim(1).getDimValue() == 1;
            if (inputs.size() > 1 && type.getElemType() == TensorProto.DataType.INT64_VALUE && one) {
                classes.add(input.getName());
            }
        }
        return classes;
    }

    /** The class inputs of an open session. */
    public static List<String> of(ModelSession session) throws OrtException {
        Map<String, NodeInfo> inputs = session.session().getInputInfo();
        List<String> classes = new ArrayList<>();
        for (var input : inputs.entrySet()) {
            if (inputs.size() > 1 && input.getValue().getInfo() instanceof TensorInfo tensor && tensor.type == OnnxJavaType.INT64
                    && tensor.getShape().length == 2 && tensor.getShape()[1] == 1) {
                classes.add(input.getKey());
            }
        }
        return classes;
    }

    /** Labels of samples {@code from} to {@code from + rows} of {@code data} as a class input's values, [rows, 1]. */
    public static long[] labels(dev.dendrite.train.data.Dataset data, int from, int rows) {
        long[] labels = new long[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = data.label(from + i);
        }
        return labels;
    }
}
