package dev.dendrite.onnx.importer;

import java.util.ArrayList;
import java.util.List;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.OnnxOperator;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.Dim;
import dev.dendrite.model.shape.Shape;
import dev.dendrite.onnx.export.OperatorLowering;
import dev.dendrite.onnx.importer.ImportState.Source;

/**
 * Any standard operator without a Dendrite layer (or in a form Dendrite's layer does not cover)
 * becomes a generic operator layer: its data inputs are the layer's ports, its constant inputs and
 * attributes are kept in its definition, and its per-sample output dims come from the model's own
 * shape annotations or from {@link OperatorShapes}. It exports exactly as it came.
 */
final class GenericOps {

    /**
     * The oldest opset whose version of each operator reads the same inputs and attributes, with
     * the same meaning, as the version Dendrite exports (opset {@value dev.dendrite.onnx.graph.GraphBuilder#OPSET}):
     * older forms (Clip's bounds as attributes, Pad's pads as an attribute, axes as attributes,
     * Softmax's flattening) would not re-export faithfully, so they stay refused by name.
     */
    private static final java.util.Map<String, Integer> SINCE = since();

    private static java.util.Map<String, Integer> since() {
        java.util.Map<String, Integer> since = new java.util.HashMap<>();
        for (String op : List.of("Transpose", "LRN", "Softplus", "Softsign", "LpNormalization", "Not", "Identity", "DepthToSpace",
                "SpaceToDepth", "MaxPool", "AveragePool", "LpPool", "Conv", "ArgMax", "ArgMin", "MatMul", "GlobalAveragePool", "GlobalMaxPool",
                "Flatten", "Gather", "Shape", "Size")) {
            since.put(op, 1);
        }
        // Later versions of these only added types or attributes whose defaults keep the older meaning.
        since.put("Concat", 4);
        since.put("Gemm", 7);
        since.put("OneHot", 9);
        since.put("ConstantOfShape", 9);
        since.put("TopK", 10);
        for (String op : List.of("ConvTranspose", "Range", "GatherElements", "GatherND", "ScatterElements", "ScatterND")) {
            since.put(op, 11);
        }
        since.put("Einsum", 12);
        since.put("LayerNormalization", 17);
        for (String op : List.of("Abs", "Neg", "Exp", "Log", "Sqrt", "Reciprocal", "Floor", "Ceil", "Relu", "Sigmoid", "Tanh", "LeakyRelu",
                "Elu", "Selu", "HardSigmoid", "InstanceNormalization", "Cast", "Tile")) {
            since.put(op, 6);
        }
        for (String op : List.of("Add", "Sub", "Mul", "Div", "Pow", "PRelu", "Equal", "Less", "Greater", "And", "Or", "Xor", "Sin", "Cos",
                "Tan", "Asin", "Acos", "Atan")) {
            since.put(op, 7);
        }
        for (String op : List.of("Max", "Min", "Mean", "Sum", "Expand")) {
            since.put(op, 8);
        }
        for (String op : List.of("Where", "Sign", "Erf", "Shrink", "MeanVarianceNormalization", "BatchNormalization", "Sinh", "Cosh",
                "Asinh", "Acosh", "Atanh", "IsNaN")) {
            since.put(op, 9);
        }
        for (String op : List.of("Mod", "ThresholdedRelu", "IsInf")) {
            since.put(op, 10);
        }
        for (String op : List.of("Clip", "Pad", "Resize", "Round", "CumSum", "BitShift", "Slice")) {
            since.put(op, 11);
        }
        for (String op : List.of("Dropout", "Celu", "LessOrEqual", "GreaterOrEqual")) {
            since.put(op, 12);
        }
        for (String op : List.of("Softmax", "LogSoftmax", "Hardmax", "ReduceSum", "Squeeze", "Unsqueeze")) {
            since.put(op, 13);
        }
        for (String op : List.of("HardSwish", "Trilu")) {
            since.put(op, 14);
        }
        for (String op : List.of("Mish", "ReduceMean", "ReduceMax", "ReduceMin", "ReduceProd", "ReduceL1", "ReduceL2", "ReduceLogSum",
                "ReduceLogSumExp", "ReduceSumSquare")) {
            since.put(op, 18);
        }
        since.put("Gelu", 20);
        return java.util.Map.copyOf(since);
    }

    /** Inputs that hold learnt values (kernels, biases, slopes, scales): kept as the layer's trainable parameters. */
    private static final java.util.Map<String, java.util.Set<Integer>> LEARNT = java.util.Map.of("Conv", java.util.Set.of(1, 2),
            "ConvTranspose", java.util.Set.of(1, 2), "Gemm", java.util.Set.of(1, 2), "MatMul", java.util.Set.of(1), "PRelu",
            java.util.Set.of(1), "InstanceNormalization", java.util.Set.of(1, 2));
    /** Elementwise operators whose constant operand (of two or more values) is learnt: a per-channel bias or scale. */
    private static final java.util.Set<String> LEARNT_OPERAND = java.util.Set.of("Add", "Sub", "Mul", "Div");

    private GenericOps() {
    }

    /** Whether a constant input of a node is a learnt value, to be a trainable parameter rather than a fixed constant. */
    private static boolean learnt(NodeProto node, int input, TensorProto constant) {
        if (constant.getDataType() != TensorProto.DataType.FLOAT_VALUE || constant.getDimsCount() == 0) {
            return false;
        }
        long elements = constant.getDimsList().stream().mapToLong(Long::longValue).reduce(1, (a, b) -> a * b);
        return LEARNT.getOrDefault(node.getOpType(), java.util.Set.of()).contains(input) || LEARNT_OPERAND.contains(node.getOpType())
                && elements >= 2;
    }

    /**
     * A ConvTranspose before opset 11 with its pads given: version 1 differed only in how it worked out
     * implicit padding ({@code auto_pad}, {@code output_shape}), without the dilation.
     */
    private static boolean explicitConvTranspose(NodeProto node) {
        return node.getOpType().equals("ConvTranspose") && node.getAttributeList().stream().noneMatch(a -> a.getName().equals("output_shape")
                || a.getName().equals("auto_pad") && !a.getS().toStringUtf8().equals("NOTSET"));
    }

    /** True when the node became a generic layer; otherwise the reason is recorded as unsupported. */
    static boolean operator(NodeProto original, ImportState s, String why) throws OnnxFormatException {
        NodeProto upgraded = OperatorUpgrades.upgrade(original, s);
        NodeProto node = upgraded != null ? upgraded : original;
        Integer since = SINCE.get(node.getOpType());
        long current = dev.dendrite.onnx.graph.GraphBuilder.OPSET;
        if (upgraded == null && (since == null ? s.opset < current : s.opset < since) && !explicitConvTranspose(node)) {
            s.unsupported(node, why + "; " + node.getOpType() + " at opset " + s.opset + (since == null ? " is not known to read its "
                    + "settings as the opset-" + current + " version Dendrite writes does" : " reads its settings differently from the opset-"
                    + current + " version Dendrite writes"));
            return false;
        }
        NodeProto.Builder renamed = node.toBuilder().clearInput();
        List<TensorProto> constants = new ArrayList<>();
        java.util.Map<String, dev.dendrite.onnx.graph.FloatTensor> parameters = new java.util.LinkedHashMap<>();
        List<Source> data = new ArrayList<>();
        List<long[]> dims = new ArrayList<>();
        List<TensorProto> values = new ArrayList<>();
        for (int i = 0; i < node.getInputCount(); i++) {
            String input = node.getInput(i);
            Source source = input.isEmpty() ? null : s.tensors.get(input);
            TensorProto constant = input.isEmpty() ? null : s.constants.get(input);
            if (input.isEmpty()) {
                renamed.addInput("");
                dims.add(null);
                values.add(null);
            } else if (source != null) {
                renamed.addInput(OperatorLowering.DATA + data.size());
                data.add(source);
                dims.add(dims(s.shapeOf(source)));
                values.add(null);
            } else if (constant != null) {
                String name = OperatorLowering.CONSTANT + (constants.size() + parameters.size());
                renamed.addInput(name);
                if (learnt(node, i, constant)) {
                    parameters.put(name, s.floats(constant));
                } else {
                    constants.add(constant.toBuilder().setName(name).build());
                }
                dims.add(constant.getDimsList().stream().mapToLong(Long::longValue).toArray());
                values.add(constant);
            } else {
                s.unsupported(node, why + "; input '" + input + "' is neither a layer's output nor a constant");
                return false;
            }
        }
        if (data.isEmpty() || data.size() > Ports.MAX_VARIADIC_INPUTS) {
            s.unsupported(node, why + "; as a generic operator it needs 1 to " + Ports.MAX_VARIADIC_INPUTS + " data inputs");
            return false;
        }
        boolean unknown = false;
        for (int i = 0; i < node.getInputCount(); i++) {
            unknown |= values.get(i) == null && !node.getInput(i).isEmpty() && dims.get(i) == null;
        }
        if (unknown) {
            s.unsupported(node, why + "; its data inputs have dims Dendrite does not know");
            return false;
        }
        for (int i = 1; i < node.getOutputCount(); i++) {
            if (!node.getOutput(i).isEmpty() && s.consumers.containsKey(node.getOutput(i))) {
                s.unsupported(node, why + "; its output " + i + " is used, and a generic operator layer has one output");
                return false;
            }
        }
        long[] out = s.declaredDims(node.getOutput(0));
        if (out == null) {
            out = OperatorShapes.infer(node, dims, values, s);
        }
        if (out == null || out.length < 1 || out[0] != OperatorShapes.BATCH) {
            s.unsupported(node, why + "; the output shape of " + node.getOpType() + " is not known (annotate the model with ONNX shape "
                    + "inference, or it changes the batch dim)");
            return false;
        }
        OnnxOperator layer = NetworkFactory.eINSTANCE.createOnnxOperator();
        layer.setOpType(node.getOpType());
        layer.setDomain(node.getDomain());
        layer.setInputs(data.size());
        for (int i = 1; i < out.length; i++) {
            if (out[i] < 1 || out[i] > Integer.MAX_VALUE) {
                s.unsupported(node, why + "; its output dim " + i + " is " + out[i]);
                return false;
            }
            layer.getOutputDims().add((int) out[i]);
        }
        layer.setDefinition(OperatorLowering.encode(renamed.setName("operator").build(), constants, parameters));
        layer.setParameterCount(parameters.values().stream().mapToLong(t -> t.size()).sum());
        s.add(layer, node, null);
        parameters.forEach((name, value) -> s.weights.put(layer.getId(), name, value));
        for (int i = 0; i < data.size(); i++) {
            s.connect(data.get(i), layer, Ports.IN + i);
        }
        s.tensors.put(node.getOutput(0), new Source(layer, Ports.OUT));
        return true;
    }

    /** Dims with the batch as {@link OperatorShapes#BATCH}; null when another dim is symbolic or the shape unknown. */
    static long[] dims(Shape shape) {
        if (shape == null || shape.rank() == 0 || !shape.dim(0).equals(Dim.BATCH)) {
            return null;
        }
        long[] dims = new long[shape.rank()];
        dims[0] = OperatorShapes.BATCH;
        for (int i = 1; i < dims.length; i++) {
            if (!shape.dim(i).isFixed()) {
                return null;
            }
            dims[i] = shape.size(i);
        }
        return dims;
    }
}
