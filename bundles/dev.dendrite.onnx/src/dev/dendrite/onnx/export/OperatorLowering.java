package dev.dendrite.onnx.export;

import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import com.google.protobuf.InvalidProtocolBufferException;
import dev.dendrite.model.network.OnnxOperator;
import dev.dendrite.model.network.normalization.LocalResponseNorm;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.onnx.graph.Attr;

/**
 * Lowers what ONNX has an operator for directly: local response normalisation, and the generic
 * operator layer, written back exactly as it was imported (op type, domain, attributes, constant
 * inputs as initializers under the layer's name, data inputs from its ports).
 */
public final class OperatorLowering {

    /** The names a generic operator's definition gives its data inputs ({@code in0}, ...) and constants ({@code c0}, ...). */
    public static final String DATA = "in";
    public static final String CONSTANT = "c";

    private OperatorLowering() {
    }

    /**
     * ONNX's LRN for inference. Training has no LRN gradient rule, so there it is written out from
     * differentiable ops: the channel-window sum of x² as an average pool over a unit axis holding
     * the channels (padding counted, times the window), then x · exp(−β · log(bias + α/size · sum)).
     *
     * @param rank the input's rank (3 to 5)
     */
    static String localResponseNorm(LocalResponseNorm lrn, String x, int rank, LoweringContext ctx) {
        String id = lrn.getId();
        if (ctx.hooks() == null) {
            return ctx.op("LRN", id, x, Attr.i("size", lrn.getSize()), Attr.f("alpha", lrn.getAlpha()), Attr.f("beta", lrn.getBeta()),
                    Attr.f("bias", lrn.getBias()));
        }
        int size = lrn.getSize();
        int spatial = rank - 1; // after the unit axis: channels, then the input's spatial dims
        long[] kernel = new long[spatial];
        long[] pads = new long[2 * spatial];
        java.util.Arrays.fill(kernel, 1);
        kernel[0] = size;
        pads[0] = (size - 1) / 2;
        pads[spatial] = size / 2;
        String squared = ctx.op("Mul", id + "/squared", List.of(x, x));
        String lifted = ctx.op("Unsqueeze", id + "/lifted", List.of(squared, ctx.longs(id + "/axis", 1)));
        String mean = ctx.op("AveragePool", id + "/window_mean", lifted, Attr.ints("kernel_shape", kernel), Attr.ints("pads", pads),
                Attr.i("count_include_pad", 1));
        String windowMean = ctx.op("Squeeze", id + "/window", List.of(mean, ctx.longs(id + "/axis_back", 1)));
        // bias + α/size · Σ = bias + α · mean
        String scaled = ctx.op("Add", id + "/scale", List.of(ctx.op("Mul", id + "/alpha_mean", List.of(windowMean, ctx.scalar(id + "/alpha",
                lrn.getAlpha()))), ctx.scalar(id + "/bias", lrn.getBias())));
        String power = ctx.op("Exp", id + "/power", ctx.op("Mul", id + "/log_beta", List.of(ctx.op("Log", id + "/log", scaled),
                ctx.scalar(id + "/minus_beta", -lrn.getBeta()))));
        return ctx.op("Mul", id, List.of(x, power));
    }

    static String operator(OnnxOperator operator, Map<String, String> in, LoweringContext ctx) {
        GraphProto definition = definition(operator);
        NodeProto node = definition.getNode(0);
        Map<String, String> renamed = new HashMap<>();
        for (TensorProto constant : definition.getInitializerList()) {
            String name = ctx.graph().fresh(operator.getId() + "/" + constant.getName());
            ctx.graph().graph().addInitializer(constant.toBuilder().setName(name));
            renamed.put(constant.getName(), name);
        }
        List<String> inputs = new ArrayList<>();
        for (String input : node.getInputList()) {
            if (input.isEmpty()) {
                inputs.add("");
            } else if (input.startsWith(DATA) && in.containsKey(Ports.IN + input.substring(DATA.length()))) {
                inputs.add(in.get(Ports.IN + input.substring(DATA.length())));
            } else if (renamed.containsKey(input)) {
                inputs.add(renamed.get(input));
            } else if (definition.getInputList().stream().anyMatch(v -> v.getName().equals(input))) {
                inputs.add(ctx.weight(operator, input)); // a trainable input: the layer's parameter
            } else {
                throw new IllegalStateException(operator.getId() + ": its definition reads '" + input + "', which it does not define");
            }
        }
        return ctx.graph().node(node, inputs, operator.getId()).get(0);
    }

    /**
     * The definition of a generic operator: one node and its constant inputs.
     *
     * @throws IllegalStateException naming the layer when the definition is not a readable graph with one node
     */
    public static GraphProto definition(OnnxOperator operator) {
        try {
            GraphProto graph = GraphProto.parseFrom(Base64.getDecoder().decode(operator.getDefinition() == null ? "" : operator
                    .getDefinition()));
            if (graph.getNodeCount() != 1) {
                throw new IllegalStateException(operator.getId() + ": its ONNX definition holds " + graph.getNodeCount() + " nodes, not one");
            }
            return graph;
        } catch (InvalidProtocolBufferException | IllegalArgumentException e) {
            throw new IllegalStateException(operator.getId() + ": its ONNX definition cannot be read (" + e.getMessage() + ")");
        }
    }

    /** The encoded definition of a node (its inputs already named in0.., c0..) with its fixed constants. */
    public static String encode(NodeProto node, List<TensorProto> constants) {
        return encode(node, constants, Map.of());
    }

    /**
     * As above, with trainable inputs: declared as the definition's graph inputs (name and shape),
     * their values kept as the layer's parameters ({@code layerId/c1}).
     */
    public static String encode(NodeProto node, List<TensorProto> constants, Map<String, dev.dendrite.onnx.graph.FloatTensor> parameters) {
        GraphProto.Builder graph = GraphProto.newBuilder().setName("operator").addNode(node).addAllInitializer(constants);
        parameters.forEach((name, value) -> {
            var shape = ai.onnx.proto.OnnxMl.TensorShapeProto.newBuilder();
            for (long d : value.shape()) {
                shape.addDim(ai.onnx.proto.OnnxMl.TensorShapeProto.Dimension.newBuilder().setDimValue(d));
            }
            graph.addInput(ai.onnx.proto.OnnxMl.ValueInfoProto.newBuilder().setName(name).setType(ai.onnx.proto.OnnxMl.TypeProto.newBuilder()
                    .setTensorType(ai.onnx.proto.OnnxMl.TypeProto.Tensor.newBuilder().setElemType(TensorProto.DataType.FLOAT_VALUE)
                            .setShape(shape))));
        });
        return Base64.getEncoder().encodeToString(graph.build().toByteArray());
    }
}
