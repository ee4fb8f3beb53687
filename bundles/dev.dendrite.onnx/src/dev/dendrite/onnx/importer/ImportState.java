package dev.dendrite.onnx.importer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.NodeAttributes;
import dev.dendrite.onnx.importer.UnsupportedOperatorsException.Unsupported;
import dev.dendrite.onnx.weights.Weights;

/** The state of one import: which layer port produces each tensor, the constants, and what could not be mapped. */
final class ImportState {

    /** A tensor produced by a layer's output port. */
    record Source(Layer layer, String port) {
    }

    final String source;
    final NetworkBuilder builder;
    final Weights weights = new Weights();
    final Map<String, Source> tensors = new HashMap<>();
    /** Tensors [N, F, T] that are a sequence [N, T, F] of varying length transposed for Conv1d: the layer output they stand for. */
    final Map<String, Source> featuresFirst = new HashMap<>();
    /** Such tensors with a dim of 1 before the steps, [N, F, 1, T] (torch.export's adaptive_max_pool1d). */
    final Map<String, Source> unsqueezedSteps = new HashMap<>();
    /** Such tensors pooled over the steps with dims of 1 kept ([N, F, 1] or [N, F, 1, 1]): the pooling [N, F] and how many such dims. */
    final Map<String, FeaturesFirstSteps.Pooled> pooledSteps = new HashMap<>();
    /** A Conv1d of such a tensor padded (k − 1)·d on both sides: its causal convolution, once a Slice chops the last steps off. */
    final Map<String, CausalSteps.Chomped> chompedSteps = new HashMap<>();
    /** Such a tensor padded with zeros before its steps (F.pad(x, (p, 0))): the sequence and p, for the Conv1d that reads it. */
    final Map<String, CausalSteps.LeftPadded> leftPaddedSteps = new HashMap<>();
    final Map<String, TensorProto> constants = new HashMap<>();
    final Map<String, List<NodeProto>> consumers = new HashMap<>();
    final Set<NodeProto> absorbed = Collections.newSetFromMap(new IdentityHashMap<>());
    final Map<String, NodeProto> producers = new HashMap<>();
    /** Recurrent nodes whose surrounding layout nodes were claimed by the pre-pass. */
    final Map<NodeProto, RecurrentLayouts.Plan> recurrentPlans = new IdentityHashMap<>();
    final Map<NodeProto, GeluPattern.Plan> geluPlans = new IdentityHashMap<>();
    final Map<NodeProto, AttentionPattern.Plan> attentionPlans = new IdentityHashMap<>();
    /** Concat nodes of a class token, with the Expand of the token table each reads (claimed). */
    final Map<NodeProto, NodeProto> classTokens = new IdentityHashMap<>();
    /** Softmax nodes that looked like the heart of an attention the check refused, with why. */
    final Map<NodeProto, String> attentionMisses = new IdentityHashMap<>();
    final List<Unsupported> unsupported = new ArrayList<>();
    /** The model's default-domain opset: older operator versions read their own attributes. */
    final long opset;
    private final Set<String> ids = new java.util.HashSet<>();

    ImportState(String source, NetworkBuilder builder, List<NodeProto> nodes, long opset) {
        this.source = source;
        this.opset = opset;
        this.builder = builder;
        for (NodeProto node : nodes) {
            for (String input : node.getInputList()) {
                consumers.computeIfAbsent(input, k -> new ArrayList<>()).add(node);
            }
            for (String output : node.getOutputList()) {
                producers.put(output, node);
            }
        }
    }

    /** A unique layer name from the node's name (or op type). */
    String name(NodeProto node) {
        String base = (node.getName().isBlank() ? node.getOpType().toLowerCase() : node.getName()).replaceAll("[^A-Za-z0-9_.-]", "_");
        if (base.startsWith("node_")) {
            base = base.substring(5);
        }
        String name = base;
        for (int i = 2; !ids.add(name); i++) {
            name = base + "_" + i;
        }
        return name;
    }

    /** Whether {@link #name} has given out this name (as its sanitised form) already. */
    boolean named(String name) {
        return ids.contains(name.replaceAll("[^A-Za-z0-9_.-]", "_"));
    }

    <T extends Layer> T add(T layer, NodeProto node, Source from) {
        builder.add(layer, name(node), null);
        if (from != null) {
            builder.connect(from.layer(), from.port(), layer, "");
        }
        return layer;
    }

    void connect(Source from, Layer to, String port) {
        builder.connect(from.layer(), from.port(), to, port);
    }

    void unsupported(NodeProto node, String reason) {
        unsupported.add(new Unsupported(node.getOpType(), node.getName().isBlank() ? "(unnamed)" : node.getName(), reason));
    }

    /** The data tensor on input {@code i}, or null when it is missing or a constant. */
    Source data(NodeProto node, int i) {
        return i < node.getInputCount() ? tensors.get(node.getInput(i)) : null;
    }

    TensorProto constant(NodeProto node, int i) {
        return i < node.getInputCount() ? constants.get(node.getInput(i)) : null;
    }

    /**
     * The axes of a Squeeze, Unsqueeze or Reduce node: its second input from opset 13 (Reduce*: 18)
     * on, else its attribute; null when that input is not a constant.
     */
    long[] axes(NodeProto node) throws OnnxFormatException {
        if (node.getInputCount() > 1 && !node.getInput(1).isEmpty()) {
            return constant(node, 1) == null ? null : longs(constant(node, 1));
        }
        return intsAttribute(node, "axes");
    }

    FloatTensor floats(TensorProto tensor) throws OnnxFormatException {
        return TensorReader.floats(tensor, source);
    }

    long[] longs(TensorProto tensor) throws OnnxFormatException {
        return TensorReader.longs(tensor, source);
    }

    /** Dims the model itself declares for its tensors (value_info, outputs), batch first as {@link OperatorShapes#BATCH}. */
    private final Map<String, long[]> declared = new HashMap<>();

    /** Every shape the model declares (inputs, value_info, outputs), symbolic dims included. */
    final Map<String, ai.onnx.proto.OnnxMl.TensorShapeProto> declaredShapes = new HashMap<>();

    void declare(ai.onnx.proto.OnnxMl.GraphProto graph) {
        List<ai.onnx.proto.OnnxMl.ValueInfoProto> values = new ArrayList<>(graph.getValueInfoList());
        values.addAll(graph.getOutputList());
        for (var value : graph.getInputList()) {
            if (value.getType().hasTensorType() && value.getType().getTensorType().hasShape()) {
                declaredShapes.put(value.getName(), value.getType().getTensorType().getShape());
            }
        }
        for (var value : values) {
            if (!value.getType().hasTensorType() || !value.getType().getTensorType().hasShape()) {
                continue;
            }
            declaredShapes.put(value.getName(), value.getType().getTensorType().getShape());
            var dimList = value.getType().getTensorType().getShape().getDimList();
            long[] dims = new long[dimList.size()];
            boolean known = dims.length > 0;
            for (int i = 0; i < dims.length && known; i++) {
                var dim = dimList.get(i);
                if (i == 0) {
                    dims[0] = OperatorShapes.BATCH; // symbolic or a concrete example batch: the batch either way
                } else if (dim.hasDimValue() && dim.getDimValue() > 0) {
                    dims[i] = dim.getDimValue();
                } else {
                    known = false;
                }
            }
            if (known) {
                declared.put(value.getName(), dims);
            }
        }
    }

    /** The dims the model declares for a tensor, or null. */
    long[] declaredDims(String tensor) {
        long[] dims = declared.get(tensor);
        return dims == null ? null : dims.clone();
    }

    /** Shape inference of the network built so far, kept until a layer or a connection is added (the import only adds). */
    private dev.dendrite.model.shape.ShapeResult shapes;
    private long shapesOf = -1;

    /** The shape of a layer's output as shape inference of the network built so far gives it, or null. */
    dev.dendrite.model.shape.Shape shapeOf(Source x) {
        var network = builder.network();
        long size = (long) network.getLayers().size() << 32 | network.getConnections().size();
        if (shapes == null || size != shapesOf) {
            shapes = dev.dendrite.model.shape.ShapeInference.infer(network);
            shapesOf = size;
        }
        var value = shapes.output(x.layer(), x.port());
        return value == null ? null : value.shape();
    }

    /** Whether {@code tensor} is a float constant holding one value within 1e-5 of {@code value} (relative where it exceeds 1). */
    boolean constantNear(String tensor, double value) throws OnnxFormatException {
        TensorProto constant = constants.get(tensor);
        if (constant == null || constant.getDataType() != TensorProto.DataType.FLOAT_VALUE) {
            return false;
        }
        float[] values = floats(constant).values();
        return values.length == 1 && Math.abs(values[0] - value) <= 1e-5 * Math.max(1, Math.abs(value));
    }

    /** The input of a two-input node that is not {@code tensor}. */
    static String otherInput(NodeProto node, String tensor) {
        return node.getInput(0).equals(tensor) ? node.getInput(1) : node.getInput(0);
    }

    /** The single consumer of a tensor other than Shape nodes (which read its dims only), or null. */
    NodeProto onlyDataConsumer(String tensor) {
        List<NodeProto> uses = consumers.getOrDefault(tensor, List.of()).stream().filter(n -> !n.getOpType().equals("Shape")).toList();
        return uses.size() == 1 ? uses.get(0) : null;
    }

    /** The single consumer of a tensor, or null when there are none or several. */
    NodeProto onlyConsumer(String tensor) {
        List<NodeProto> list = consumers.getOrDefault(tensor, List.of());
        return list.size() == 1 ? list.get(0) : null;
    }

    static AttributeProto attribute(NodeProto node, String name) {
        return NodeAttributes.get(node, name);
    }

    static long intAttribute(NodeProto node, String name, long fallback) {
        return NodeAttributes.i(node, name, fallback);
    }

    static float floatAttribute(NodeProto node, String name, float fallback) {
        return NodeAttributes.f(node, name, fallback);
    }

    static String stringAttribute(NodeProto node, String name, String fallback) {
        return NodeAttributes.s(node, name, fallback);
    }

    static long[] intsAttribute(NodeProto node, String name) {
        return NodeAttributes.ints(node, name);
    }
}
