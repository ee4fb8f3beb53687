package dev.dendrite.onnx.importer;

import static dev.dendrite.onnx.importer.ImportState.floatAttribute;
import static dev.dendrite.onnx.importer.ImportState.intAttribute;
import static dev.dendrite.onnx.importer.ImportState.intsAttribute;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.Activation;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.Concat;
import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Dropout;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.Reshape;
import dev.dendrite.model.network.normalization.BatchNorm;
import dev.dendrite.model.network.normalization.InputNormalization;
import dev.dendrite.model.network.normalization.LayerNorm;
import dev.dendrite.model.network.normalization.NormalizationFactory;
import dev.dendrite.model.network.sequence.Embedding;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.network.sequence.SequencePooling;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.importer.ImportState.Source;

/** Maps dense, activation, merge, reshape, normalisation, dropout and embedding operators to layers. */
final class CoreOps {

    private static final NetworkFactory F = NetworkFactory.eINSTANCE;

    private CoreOps() {
    }

    /** Gemm(x, W, b) without transA: a Dense layer (W stored [in, out], alpha and beta folded into W and b). */
    static void gemm(NodeProto node, ImportState s) throws OnnxFormatException {
        Source x = s.data(node, 0);
        TensorProto w = s.constant(node, 1);
        if (x == null || w == null || w.getDimsCount() != 2) {
            s.unsupported(node, "Gemm maps to Dense only with a data input and a constant 2-D weight");
            return;
        }
        if (intAttribute(node, "transA", 0) != 0) {
            s.unsupported(node, "Gemm with transA (the data transposed)");
            return;
        }
        // Gemm's alpha and beta fold into the weight and the bias.
        FloatTensor weight = s.floats(w).scaled(floatAttribute(node, "alpha", 1f));
        if (intAttribute(node, "transB", 0) != 0) {
            weight = transpose(weight);
        }
        TensorProto b = s.constant(node, 2);
        FloatTensor bias = b == null ? null : flattenBias(s.floats(b).scaled(floatAttribute(node, "beta", 1f)), weight.shape()[1]);
        if (b != null && bias == null) {
            s.unsupported(node, "Gemm bias is not a vector of the output width");
            return;
        }
        dense(node, s, x, weight, bias, node.getOutput(0));
    }

    /** MatMul(x, W) with a constant W, and a following Add of a constant bias fused into it. */
    static void matMul(NodeProto node, ImportState s) throws OnnxFormatException {
        Source x = s.data(node, 0);
        TensorProto w = s.constant(node, 1);
        if (x == null || w == null || w.getDimsCount() != 2) {
            s.unsupported(node, "MatMul maps to Dense only with a data input and a constant 2-D weight");
            return;
        }
        FloatTensor weight = s.floats(w);
        String output = node.getOutput(0);
        FloatTensor bias = null;
        NodeProto next = s.onlyConsumer(output);
        if (next != null && next.getOpType().equals("Add") && next.getInputCount() == 2) {
            TensorProto b = s.constants.get(next.getInput(next.getInput(0).equals(output) ? 1 : 0));
            if (b != null) {
                bias = flattenBias(s.floats(b), weight.shape()[1]);
                if (bias != null) {
                    s.absorbed.add(next);
                    output = next.getOutput(0);
                }
            }
        }
        dense(node, s, x, weight, bias, output);
    }

    private static void dense(NodeProto node, ImportState s, Source x, FloatTensor weight, FloatTensor bias, String output) {
        Dense dense = F.createDense();
        dense.setUnits((int) weight.shape()[1]);
        dense.setBias(bias != null);
        s.add(dense, node, x);
        s.weights.put(dense.getId(), "weight", weight);
        if (bias != null) {
            s.weights.put(dense.getId(), "bias", bias);
        }
        s.tensors.put(output, new Source(dense, Ports.OUT));
    }

    /**
     * A mean over axis 1 of a sequence [N, T, F], dropping the axis: the average over its steps, a
     * SequencePooling layer; any other mean stays a generic operator.
     */
    static void poolOverSteps(NodeProto node, ImportState s, dev.dendrite.model.network.PoolType type) throws OnnxFormatException {
        Source x = s.data(node, 0);
        var shape = x == null ? null : s.shapeOf(x);
        if (shape == null || shape.rank() != 3 || !reducesOnly(node, s, 1)) {
            s.unsupported(node, node.getOpType() + " maps to a layer only as the " + (type == dev.dendrite.model.network.PoolType.MAX ? "max"
                    : "average") + " over the steps of a sequence [N, T, F] (dim 1, keepdims 0)");
            return;
        }
        s.tensors.put(node.getOutput(0), new Source(stepPooling(node, s, type, x), Ports.OUT));
    }

    /** Whether a Reduce node takes dim {@code axis} of a rank-3 tensor (given from either end) away, and only it. */
    static boolean reducesOnly(NodeProto node, ImportState s, int axis) throws OnnxFormatException {
        long[] axes = s.axes(node);
        return axes != null && axes.length == 1 && (axes[0] == axis || axes[0] == axis - 3) && ImportState.intAttribute(node, "keepdims", 1) == 0;
    }

    /** A SequencePooling of the sequence x: its average or max over the steps. */
    static SequencePooling stepPooling(NodeProto node, ImportState s, dev.dendrite.model.network.PoolType type,
            Source x) {
        var pool = SequenceFactory.eINSTANCE.createSequencePooling();
        pool.setPoolType(type);
        return s.add(pool, node, x);
    }

    static void activation(NodeProto node, ImportState s, ActivationFunction function) {
        Source x = s.data(node, 0);
        if (x == null) {
            s.unsupported(node, "activation of a constant");
            return;
        }
        Source out = activation(node, s, function, x);
        if (out != null) {
            s.tensors.put(node.getOutput(0), out);
        }
    }

    /** The activation layer of {@code x}, or null (the node named unsupported) when no setting of it expresses the node. */
    static Source activation(NodeProto node, ImportState s, ActivationFunction function, Source x) {
        Activation activation = F.createActivation();
        activation.setFunction(function);
        switch (function) {
            case LEAKY_RELU -> activation.setAlpha(floatAttribute(node, "alpha", 0.01f));
            case ELU -> activation.setAlpha(floatAttribute(node, "alpha", 1f));
            case SOFTMAX, LOG_SOFTMAX -> {
                if (s.opset < 13) {
                    // Before opset 13 the input is flattened to 2-D at axis (default 1): the same only when that leaves one axis.
                    long axis = intAttribute(node, "axis", 1);
                    var shape = s.shapeOf(x);
                    int rank = shape == null ? -1 : shape.rank();
                    if (rank < 0 || (axis < 0 ? axis + rank : axis) != rank - 1) {
                        s.unsupported(node, node.getOpType() + " before opset 13 over the flattened dims from axis " + axis);
                        return null;
                    }
                    activation.setAxis(-1);
                } else {
                    activation.setAxis((int) intAttribute(node, "axis", -1));
                }
            }
            case GELU -> {
                if (!ImportState.stringAttribute(node, "approximate", "none").equals("none")) {
                    s.unsupported(node, "Gelu with the tanh approximation");
                    return null;
                }
            }
            default -> {
                // no settings
            }
        }
        return new Source(s.add(activation, node, x), Ports.OUT);
    }

    /**
     * Mul of two layers' outputs of one rank (a gate, SiLU's x·sigmoid(x), squeeze-and-excitation's
     * channel weights): a Multiply; a product with a constant stays a generic operator.
     */
    static void multiply(NodeProto node, ImportState s) {
        Source a = s.data(node, 0);
        Source b = s.data(node, 1);
        var shapeA = a == null ? null : s.shapeOf(a);
        var shapeB = b == null ? null : s.shapeOf(b);
        if (shapeA == null || shapeB == null || shapeA.rank() != shapeB.rank()) {
            s.unsupported(node, "Mul maps to a layer as the product of two layers' outputs of one rank");
            return;
        }
        s.tensors.put(node.getOutput(0), product(node, s, a, b));
    }

    /** A Multiply of {@code a} and {@code b} for {@code node}. */
    static Source product(NodeProto node, ImportState s, Source a, Source b) {
        var multiply = F.createMultiply();
        s.add(multiply, node, a);
        s.connect(b, multiply, Ports.IN + 1);
        return new Source(multiply, Ports.OUT);
    }

    /** Add or Sum of data tensors: a skip connection. */
    static void add(NodeProto node, ImportState s) throws OnnxFormatException {
        if (PositionsPattern.wholeTable(node, s)) {
            return;
        }
        if (node.getInputCount() < 2 || node.getInputCount() > Ports.MAX_VARIADIC_INPUTS) {
            s.unsupported(node, "Add/Sum of " + node.getInputCount() + " inputs");
            return;
        }
        for (int i = 0; i < node.getInputCount(); i++) {
            if (s.data(node, i) == null) {
                s.unsupported(node, "Add of a constant (only sums of layer outputs map to a skip connection)");
                return;
            }
        }
        java.util.List<Source> inputs = new java.util.ArrayList<>();
        for (int i = 0; i < node.getInputCount(); i++) {
            inputs.add(s.data(node, i));
        }
        s.tensors.put(node.getOutput(0), sum(node, s, inputs));
    }

    /** An Add of {@code inputs} for {@code node}: a skip connection. */
    static Source sum(NodeProto node, ImportState s, java.util.List<Source> inputs) {
        Add add = F.createAdd();
        add.setInputs(inputs.size());
        s.add(add, node, null);
        for (int i = 0; i < inputs.size(); i++) {
            s.connect(inputs.get(i), add, Ports.IN + i);
        }
        return new Source(add, Ports.OUT);
    }

    static void concat(NodeProto node, ImportState s) throws OnnxFormatException {
        if (s.classTokens.containsKey(node)) {
            if (!ClassTokenPattern.layer(node, s)) {
                s.unsupported(node, "a Concat of an expanded table before a sequence that does not make [N, k, F] (a class token of another form)");
            }
            return;
        }
        for (int i = 0; i < node.getInputCount(); i++) {
            if (s.data(node, i) == null) {
                s.unsupported(node, "Concat with a constant input");
                return;
            }
        }
        if (node.getInputCount() < 2 || node.getInputCount() > Ports.MAX_VARIADIC_INPUTS) {
            s.unsupported(node, "Concat of " + node.getInputCount() + " inputs");
            return;
        }
        Concat concat = F.createConcat();
        concat.setInputs(node.getInputCount());
        concat.setAxis((int) intAttribute(node, "axis", 1));
        s.add(concat, node, null);
        for (int i = 0; i < node.getInputCount(); i++) {
            s.connect(s.data(node, i), concat, Ports.IN + i);
        }
        s.tensors.put(node.getOutput(0), new Source(concat, Ports.OUT));
    }

    static void flatten(NodeProto node, ImportState s) {
        Source x = s.data(node, 0);
        if (x == null || intAttribute(node, "axis", 1) != 1) {
            s.unsupported(node, "Flatten maps to a layer only with axis 1 (keep the batch dim)");
            return;
        }
        s.tensors.put(node.getOutput(0), new Source(s.add(F.createFlatten(), node, x), Ports.OUT));
    }

    /** Reshape to a constant or folded shape (its attribute before opset 5); 0 copies the input's dim, the batch marker keeps the batch. */
    static void reshape(NodeProto node, ImportState s) throws OnnxFormatException {
        Source x = s.data(node, 0);
        TensorProto shape = s.constant(node, 1);
        long[] dims = shape != null ? s.longs(shape) : node.getInputCount() == 1 ? intsAttribute(node, "shape") : null;
        if (x == null || dims == null || dims.length == 0) {
            s.unsupported(node, "Reshape to a shape that is computed at run time");
            return;
        }
        if (dims.length < 2 || dims.length > 8) {
            s.unsupported(node, "Reshape to rank " + dims.length + " (a layer keeps the batch dim and reshapes the rest)");
            return;
        }
        Reshape reshape = F.createReshape();
        dev.dendrite.model.shape.Shape in = null;
        for (int i = 1; i < dims.length; i++) {
            long d = dims[i];
            if (d == 0) {
                in = in == null ? s.shapeOf(x) : in;
                d = in != null && i < in.rank() && in.dim(i).isFixed() ? in.size(i) : -2;
            }
            if (d == 0 || d < -1 || d > Integer.MAX_VALUE) {
                s.unsupported(node, "Reshape target " + java.util.Arrays.toString(dims) + " copies an unknown dim or has invalid dims after "
                        + "the batch dim");
                return;
            }
            reshape.getDims().add((int) d);
        }
        if (dims[0] == -1 && reshape.getDims().contains(-1)) {
            s.unsupported(node, "Reshape target " + java.util.Arrays.toString(dims) + " infers two dims");
            return;
        }
        s.tensors.put(node.getOutput(0), new Source(s.add(reshape, node, x), Ports.OUT));
    }

    static void batchNorm(NodeProto node, ImportState s) throws OnnxFormatException {
        Source x = s.data(node, 0);
        if (s.opset < 9 && intAttribute(node, "spatial", 1) != 1) {
            s.unsupported(node, "BatchNormalization with spatial = 0 (statistics per element, not per channel)");
            return;
        }
        if (s.opset < 7 && intAttribute(node, "is_test", 0) == 0) {
            s.unsupported(node, "BatchNormalization with is_test = 0 (normalising by the batch's statistics)");
            return;
        }
        if (x == null || node.getInputCount() < 5 || intAttribute(node, "training_mode", 0) != 0 || node.getOutputCount() > 1
                && node.getOutputList().subList(1, node.getOutputCount()).stream().anyMatch(o -> !o.isEmpty() && s.consumers.containsKey(o))) {
            s.unsupported(node, "BatchNormalization in training mode or with used running-statistics outputs");
            return;
        }
        String[] names = {"scale", "bias", "mean", "var"};
        FloatTensor[] values = new FloatTensor[4];
        for (int i = 0; i < 4; i++) {
            TensorProto t = s.constant(node, i + 1);
            if (t == null) {
                s.unsupported(node, "BatchNormalization with a non-constant " + names[i]);
                return;
            }
            values[i] = s.floats(t);
        }
        BatchNorm norm = NormalizationFactory.eINSTANCE.createBatchNorm();
        norm.setEpsilon(floatAttribute(node, "epsilon", 1e-5f));
        norm.setMomentum(1 - floatAttribute(node, "momentum", 0.9f));
        s.add(norm, node, x);
        for (int i = 0; i < 4; i++) {
            s.weights.put(norm.getId(), names[i], values[i]);
        }
        s.tensors.put(node.getOutput(0), new Source(norm, Ports.OUT));
    }

    static void layerNorm(NodeProto node, ImportState s) throws OnnxFormatException {
        Source x = s.data(node, 0);
        long axis = intAttribute(node, "axis", -1);
        TensorProto scale = s.constant(node, 1);
        if (x == null || axis >= 0 || scale == null) {
            s.unsupported(node, "LayerNormalization maps to a layer with a negative axis and a constant scale");
            return;
        }
        LayerNorm norm = NormalizationFactory.eINSTANCE.createLayerNorm();
        norm.setNormalizedDims((int) -axis);
        norm.setEpsilon(floatAttribute(node, "epsilon", 1e-5f));
        s.add(norm, node, x);
        FloatTensor scaleValues = s.floats(scale);
        s.weights.put(norm.getId(), "scale", scaleValues);
        TensorProto bias = s.constant(node, 2);
        s.weights.put(norm.getId(), "bias", bias == null ? FloatTensor.zeros(scaleValues.shape()) : s.floats(bias));
        s.tensors.put(node.getOutput(0), new Source(norm, Ports.OUT));
    }

    static void dropout(NodeProto node, ImportState s) throws OnnxFormatException {
        Source x = s.data(node, 0);
        if (x == null || (node.getOutputCount() > 1 && s.consumers.containsKey(node.getOutput(1)))) {
            s.unsupported(node, "Dropout whose mask is used");
            return;
        }
        Dropout dropout = F.createDropout();
        TensorProto ratio = s.constant(node, 1);
        float rate = ratio != null && ratio.getDataType() == TensorProto.DataType.FLOAT_VALUE ? s.floats(ratio).values()[0]
                : floatAttribute(node, "ratio", 0.5f);
        dropout.setRate(rate);
        s.tensors.put(node.getOutput(0), new Source(s.add(dropout, node, x), Ports.OUT));
    }

    /** Gather(constant table, ids) along axis 0: an Embedding. */
    static void gather(NodeProto node, ImportState s) throws OnnxFormatException {
        TensorProto table = s.constant(node, 0);
        Source ids = s.data(node, 1);
        if (table == null || ids == null || table.getDimsCount() != 2 || intAttribute(node, "axis", 0) != 0) {
            s.unsupported(node, "Gather maps to Embedding only as a lookup of ids in a constant 2-D table");
            return;
        }
        FloatTensor values = s.floats(table);
        Embedding embedding = SequenceFactory.eINSTANCE.createEmbedding();
        embedding.setVocabularySize((int) values.shape()[0]);
        embedding.setEmbeddingDim((int) values.shape()[1]);
        s.add(embedding, node, ids);
        s.weights.put(embedding.getId(), "weight", values);
        s.tensors.put(node.getOutput(0), new Source(embedding, Ports.OUT));
    }

    /** Sub(x, shift) then Mul(·, scale) with constant statistics: input normalisation. */
    static void normalization(NodeProto node, ImportState s) throws OnnxFormatException {
        Source x = s.data(node, 0);
        TensorProto shift = s.constant(node, 1);
        NodeProto mul = s.onlyConsumer(node.getOutput(0));
        TensorProto scale = mul == null || !mul.getOpType().equals("Mul") || mul.getInputCount() != 2 ? null
                : s.constants.get(mul.getInput(mul.getInput(0).equals(node.getOutput(0)) ? 1 : 0));
        if (x == null || shift == null || scale == null || shift.getDimsList().equals(scale.getDimsList()) == false) {
            s.unsupported(node, "Sub maps to a layer only as input normalisation: (x - constant) · constant of the same shape");
            return;
        }
        InputNormalization norm = NormalizationFactory.eINSTANCE.createInputNormalization();
        s.add(norm, node, x);
        s.absorbed.add(mul);
        s.weights.put(norm.getId(), "shift", s.floats(shift));
        s.weights.put(norm.getId(), "scale", s.floats(scale));
        s.tensors.put(mul.getOutput(0), new Source(norm, Ports.OUT));
    }

    static FloatTensor transpose(FloatTensor matrix) {
        int rows = (int) matrix.shape()[0];
        int columns = (int) matrix.shape()[1];
        float[] values = new float[matrix.size()];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                values[c * rows + r] = matrix.values()[r * columns + c];
            }
        }
        return new FloatTensor(new long[] {columns, rows}, values);
    }

    /** A bias of shape [out] or [1, out] as a vector, or null when it has another shape. */
    static FloatTensor flattenBias(FloatTensor bias, long width) {
        if (bias.size() != width || (bias.rank() == 2 && bias.shape()[0] != 1) || bias.rank() > 2) {
            return null;
        }
        return new FloatTensor(new long[] {width}, bias.values());
    }
}
