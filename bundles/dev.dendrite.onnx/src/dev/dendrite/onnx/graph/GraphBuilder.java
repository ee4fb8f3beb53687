package dev.dendrite.onnx.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;

/**
 * Dendrite's small builder over the ONNX protobuf classes: unique tensor names, nodes,
 * initializers, typed graph inputs and outputs, and a model stamped with an explicit IR version
 * and opset (ONNX Runtime 1.29 accepts IR ≤ 13 and opset ≤ 26).
 */
public final class GraphBuilder {

    /** IR version written into every model. */
    public static final int IR_VERSION = 10;
    /** The default ai.onnx opset of exported models (LayerNormalization needs 17, ScatterElements max 18, Gelu 20). */
    public static final int OPSET = 21;

    /** Element types of graph inputs and outputs. */
    public enum ElementType {
        FLOAT(TensorProto.DataType.FLOAT_VALUE), INT64(TensorProto.DataType.INT64_VALUE), DOUBLE(TensorProto.DataType.DOUBLE_VALUE),
        BOOL(TensorProto.DataType.BOOL_VALUE);

        final int code;

        ElementType(int code) {
            this.code = code;
        }
    }

    private final GraphProto.Builder graph = GraphProto.newBuilder();
    private final Set<String> names;
    private int counter;

    public GraphBuilder(String name) {
        this(name, new HashSet<>());
    }

    private GraphBuilder(String name, Set<String> names) {
        this.names = names;
        graph.setName(name);
    }

    /**
     * A builder over a copy of {@code source} with every tensor name it uses reserved (initializers,
     * inputs, node outputs), so that nodes appended to it (a backward pass) take none of them.
     */
    public static GraphBuilder extending(GraphProto source, String fallbackName) {
        GraphBuilder graph = new GraphBuilder(source.getName().isEmpty() ? fallbackName : source.getName());
        graph.graph.mergeFrom(source);
        source.getInitializerList().forEach(t -> graph.names.add(t.getName()));
        source.getInputList().forEach(i -> graph.names.add(i.getName()));
        source.getNodeList().forEach(node -> node.getOutputList().stream().filter(out -> !out.isEmpty()).forEach(graph.names::add));
        return graph;
    }

    /**
     * A builder for a subgraph (a {@code Loop}/{@code Scan} body, an {@code If} branch) that shares
     * this graph's tensor names: its tensors never shadow the outer ones it may read. Finish it with
     * {@link #graph()}{@code .build()} and attach it with {@link Attr#graph}.
     */
    public GraphBuilder subgraph(String name) {
        return new GraphBuilder(name, names);
    }

    /** A tensor name not used before, based on {@code hint} (made ONNX- and tool-friendly). */
    public String fresh(String hint) {
        String base = hint == null || hint.isBlank() ? "t" : hint.replaceAll("[^A-Za-z0-9_./:-]", "_");
        String name = base;
        while (!names.add(name)) {
            name = base + "_" + (++counter);
        }
        return name;
    }

    /** Reserves an exact name (graph inputs); fails when taken. */
    public String reserve(String name) {
        if (!names.add(name)) {
            throw new IllegalArgumentException("tensor name '" + name + "' is used twice");
        }
        return name;
    }

    /** Adds a node with one output named after {@code hint}; returns the output name. */
    public String node(String op, List<String> inputs, String hint, AttributeProto... attributes) {
        return node(op, inputs, 1, hint, attributes).get(0);
    }

    /** Adds a node with several outputs; returns their names. */
    public List<String> node(String op, List<String> inputs, int outputs, String hint, AttributeProto... attributes) {
        NodeProto.Builder node = NodeProto.newBuilder().setOpType(op).setName(fresh("node/" + hint));
        node.addAllInput(inputs);
        List<String> outs = new java.util.ArrayList<>();
        for (int i = 0; i < outputs; i++) {
            String out = fresh(outputs == 1 ? hint : hint + ":" + i);
            outs.add(out);
            node.addOutput(out);
        }
        for (AttributeProto attribute : attributes) {
            node.addAttribute(attribute);
        }
        graph.addNode(node);
        return outs;
    }

    /**
     * Adds a copy of a node (op type, domain, attributes) reading the given inputs, with fresh
     * output names after {@code hint}; returns them.
     */
    public List<String> node(NodeProto template, List<String> inputs, String hint) {
        NodeProto.Builder node = template.toBuilder().setName(fresh("node/" + hint)).clearInput().clearOutput().addAllInput(inputs);
        List<String> outs = new java.util.ArrayList<>();
        for (int i = 0; i < template.getOutputCount(); i++) {
            String out = template.getOutput(i).isEmpty() ? "" : fresh(i == 0 ? hint : hint + ":" + i);
            outs.add(out);
            node.addOutput(out);
        }
        graph.addNode(node);
        return outs;
    }

    /** Adds a node whose outputs have exact names (used for graph outputs). */
    public void nodeWithOutputs(String op, List<String> inputs, List<String> outputs, AttributeProto... attributes) {
        NodeProto.Builder node = NodeProto.newBuilder().setOpType(op).setName(fresh("node/" + outputs.get(0)));
        node.addAllInput(inputs).addAllOutput(outputs);
        for (AttributeProto attribute : attributes) {
            node.addAttribute(attribute);
        }
        graph.addNode(node);
    }

    public String initializer(String hint, FloatTensor tensor) {
        String name = fresh(hint);
        graph.addInitializer(Tensors.floats(name, tensor));
        return name;
    }

    /** An int64 constant (shapes, axes, indices) as an initializer. */
    public String longs(String hint, long... values) {
        String name = fresh(hint);
        graph.addInitializer(Tensors.longs(name, new long[] {values.length}, values));
        return name;
    }

    /** An int64 scalar (rank 0) constant, e.g. for Range. */
    public String longScalar(String hint, long value) {
        String name = fresh(hint);
        graph.addInitializer(Tensors.longs(name, new long[0], value));
        return name;
    }

    /** A float scalar constant. */
    public String scalar(String hint, float value) {
        return initializer(hint, new FloatTensor(new long[0], new float[] {value}));
    }

    /** Declares a graph input; dims are sizes or symbols (String) such as "N". */
    public void input(String name, ElementType type, List<Object> dims) {
        graph.addInput(valueInfo(name, type, dims));
    }

    public void output(String name, ElementType type, List<Object> dims) {
        graph.addOutput(valueInfo(name, type, dims));
    }

    /** Declares a graph output whose shape ONNX Runtime infers. */
    public void output(String name, ElementType type) {
        graph.addOutput(ValueInfoProto.newBuilder().setName(name)
                .setType(TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder().setElemType(type.code))).build());
    }

    private static ValueInfoProto valueInfo(String name, ElementType type, List<Object> dims) {
        TensorShapeProto.Builder shape = TensorShapeProto.newBuilder();
        for (Object dim : dims) {
            TensorShapeProto.Dimension.Builder d = TensorShapeProto.Dimension.newBuilder();
            if (dim instanceof Number size && size.longValue() >= 0) {
                d.setDimValue(size.longValue());
            } else if (dim != null) {
                d.setDimParam(dim.toString());
            }
            shape.addDim(d);
        }
        TypeProto typeProto = TypeProto.newBuilder()
                .setTensorType(TypeProto.Tensor.newBuilder().setElemType(type.code).setShape(shape)).build();
        return ValueInfoProto.newBuilder().setName(name).setType(typeProto).build();
    }

    public GraphProto.Builder graph() {
        return graph;
    }

    /** The finished model; {@code metadata} pairs become metadata_props (e.g. Dendrite's version and source file). */
    public ModelProto model(String producerVersion, String docString, String... metadata) {
        ModelProto.Builder model = ModelProto.newBuilder()
                .setIrVersion(IR_VERSION)
                .setProducerName("Dendrite")
                .setProducerVersion(producerVersion)
                .setDocString(docString == null ? "" : docString)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .setGraph(graph);
        for (int i = 0; i + 1 < metadata.length; i += 2) {
            model.addMetadataProps(StringStringEntryProto.newBuilder().setKey(metadata[i]).setValue(metadata[i + 1]));
        }
        return model.build();
    }
}
