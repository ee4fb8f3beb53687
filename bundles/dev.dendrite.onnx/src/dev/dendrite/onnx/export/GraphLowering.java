package dev.dendrite.onnx.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.gnn.Aggregation;
import dev.dendrite.model.network.gnn.GraphConvolution;
import dev.dendrite.model.network.gnn.GraphGlobalPooling;
import dev.dendrite.model.network.gnn.MessageFunction;
import dev.dendrite.model.network.gnn.MessagePassing;
import dev.dendrite.model.network.gnn.TopKPooling;
import dev.dendrite.model.network.gnn.UpdateFunction;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.FloatTensor;

/**
 * Lowering of graph layers with Gather and ScatterND reductions over an edge index [2, E]
 * (row 0 = source, row 1 = target; messages flow source → target).
 */
final class GraphLowering {

    /** Start value of max reductions, so that negative messages win; nodes without messages become 0. */
    private static final float LOWEST = -Float.MAX_VALUE;

    private GraphLowering() {
    }

    /**
     * Kipf and Welling: D^-1/2 (A + I) D^-1/2 X W + b, degrees counting incoming edges plus the
     * self-loop. Computed as s ⊙ (A·(s ⊙ h) + s ⊙ h) with s = d^-1/2 per node: the per-edge
     * weight 1/sqrt(d_src·d_dst) splits into a factor before the gather and one after the
     * scatter, so every multiply runs over nodes, not over the (several times more) edges. The
     * propagation is linear, so it runs on the narrower side of W: on h = X·W when W narrows the
     * features, else on X before the product (a first layer then sends no gradient back through the
     * gather and scatter at all, as its input needs none).
     */
    static String gcn(GraphConvolution gcn, String x, String edges, LoweringContext ctx) {
        String weight = ctx.weight(gcn, "weight");
        long[] shape = ctx.parameterShape(gcn, "weight");
        boolean propagateFirst = shape[0] < shape[1];
        GcnNormalisation n = ctx.derivedOnce("gcn-normalisation:" + edges, () -> gcnNormalisation(gcn, x, edges, ctx));
        long width = Math.min(shape[0], shape[1]);
        String s = ctx.derivedOnce("gcn-scale:" + edges + ":" + width, () -> wideScale(gcn, n.invSqrtDegree(), width, ctx));
        String h = propagateFirst ? x : ctx.op("MatMul", hint(gcn, "xw"), List.of(x, weight));
        String scaled = ctx.op("Mul", hint(gcn, "h_scaled"), List.of(h, s));
        String messages = gather(gcn, "messages", scaled, n.edges().source(), ctx);
        String zeros = ctx.op("ConstantOfShape", hint(gcn, "zeros"), ctx.op("Shape", hint(gcn, "h_shape"), h));
        String aggregated = scatter(gcn, "aggregated", zeros, n.edges().targetColumn(), messages, "add", ctx);
        String withSelf = ctx.op("Add", hint(gcn, "with_self"), List.of(aggregated, scaled));
        if (propagateFirst) {
            // The bias is the product's addend.
            String propagated = ctx.op("Mul", hint(gcn, "propagated"), List.of(withSelf, s));
            return ctx.op(gcn.isBias() ? "Gemm" : "MatMul", gcn.getId(), gcn.isBias() ? List.of(propagated, weight, ctx.weight(gcn, "bias"))
                    : List.of(propagated, weight));
        }
        String sum = ctx.op("Mul", gcn.isBias() ? hint(gcn, "sum") : gcn.getId(), List.of(withSelf, s));
        return gcn.isBias() ? ctx.op("Add", gcn.getId(), List.of(sum, ctx.weight(gcn, "bias"))) : sum;
    }

    /**
     * d^-1/2 as [V, width], an outer product of the [V, 1] column with ones: ONNX Runtime multiplied
     * [20480, 4] by a [20480, 1] column in 144 µs and by its own shape in 14; the product takes 19.
     */
    private static String wideScale(GraphConvolution gcn, String column, long width, LoweringContext ctx) {
        String row = ctx.graph().initializer(hint(gcn, "scale_ones"), FloatTensor.filled(1f, 1, width));
        return ctx.op("MatMul", hint(gcn, "scale_wide"), List.of(column, row));
    }

    /** An edge index's nodes' d^-1/2 as a [V, 1] column (d: incoming edges plus the self-loop). */
    private record GcnNormalisation(Edges edges, String invSqrtDegree) {
    }

    /**
     * Depends on the edge index and the node count only, so GCN layers over the same edges share
     * it (layers after a pooling get new edges). The in-degree is a ScatterElements over the 1-D
     * target row, which ONNX Runtime runs faster than a ScatterND of single values.
     */
    private static GcnNormalisation gcnNormalisation(GraphConvolution gcn, String x, String edges, LoweringContext ctx) {
        Edges e = edges(gcn, edges, ctx);
        String indegree = ctx.op("ScatterElements", hint(gcn, "indegree"), List.of(zerosLike(gcn, "degree_zeros",
                ctx.shapeSlice(x, hint(gcn, "v"), 0, 1), ctx), e.target(), onesLike(gcn, "edge_ones", e.source(), ctx)),
                Attr.i("axis", 0), Attr.s("reduction", "add"));
        String degree = ctx.op("Add", hint(gcn, "degree"), List.of(indegree, ctx.scalar(hint(gcn, "one"), 1f)));
        String invSqrt = ctx.op("Reciprocal", hint(gcn, "inv_sqrt_degree"), ctx.op("Sqrt", hint(gcn, "sqrt_degree"), degree));
        return new GcnNormalisation(e, column(gcn, invSqrt, ctx));
    }

    /**
     * Messages m_ji = message(x_j) (+ e_ji·W_e with edge features [E, D]), through the activation where
     * {@code activateMessages} (GINE), aggregated at i, then the update and activation. Edge features and activated
     * messages make each message differ by edge, so the messages are formed per edge.
     */
    static String messagePassing(MessagePassing mp, String x, String edges, String edgeFeatures, LoweringContext ctx) {
        Edges e = edges(mp, edges, ctx);
        // A linear message W·x_src is row src of X·W: the product runs over the nodes, not the (more) edges.
        // A sum or mean of linear messages is the product of the summed inputs: where W widens the features,
        // the gather and scatter move the inputs and the product follows the aggregation.
        boolean linear = mp.getMessage() == MessageFunction.LINEAR;
        long[] messageWeight = linear ? ctx.parameterShape(mp, "message_weight") : null;
        boolean aggregateFirst = linear && edgeFeatures == null && !mp.isActivateMessages() && mp.getAggregation() != Aggregation.MAX
                && messageWeight[0] < messageWeight[1];
        boolean productFirst = linear && !aggregateFirst;
        String source = productFirst ? ctx.op("MatMul", hint(mp, "x_message"), List.of(x, ctx.weight(mp, "message_weight"))) : x;
        String messages = gather(mp, productFirst ? "messages" : "x_src", source, e.source, ctx);
        if (edgeFeatures != null) {
            String fromEdges = ctx.op("MatMul", hint(mp, "edge_messages"), List.of(edgeFeatures, ctx.weight(mp, "edge_weight")));
            messages = ctx.op("Add", hint(mp, "messages_with_edges"), List.of(messages, fromEdges));
        }
        if (mp.isActivateMessages()) {
            messages = CoreLowering.activation(mp.getActivation(), 0.01, -1, hint(mp, "messages_activated"), messages, ctx);
        }
        String nodes = ctx.shapeSlice(x, hint(mp, "v"), 0, 1);
        String width = ctx.shapeSlice(messages, hint(mp, "m"), 1, 2);
        String aggregated = aggregate(mp, mp.getAggregation(), messages, e, nodes, width, ctx);
        if (aggregateFirst) {
            aggregated = ctx.op("MatMul", hint(mp, "aggregated_messages"), List.of(aggregated, ctx.weight(mp, "message_weight")));
        }
        String pre;
        if (mp.getUpdate() == UpdateFunction.LINEAR) {
            String joined = ctx.op("Concat", hint(mp, "self_and_messages"), List.of(x, aggregated), Attr.i("axis", 1));
            pre = ctx.op("MatMul", hint(mp, "update"), List.of(joined, ctx.weight(mp, "update_weight")));
        } else {
            String self = ctx.op("MatMul", hint(mp, "self"), List.of(x, ctx.weight(mp, "self_weight")));
            pre = ctx.op("Add", hint(mp, "update"), List.of(self, aggregated));
        }
        String biased = ctx.op("Add", hint(mp, "pre_activation"), List.of(pre, ctx.weight(mp, "bias")));
        // Message passing's activation has the default alpha (0.01) and acts on the feature axis.
        return CoreLowering.activation(mp.getActivation(), 0.01, -1, mp.getId(), biased, ctx);
    }

    /** Sum, mean or max of the messages arriving at each node; nodes without messages get 0. */
    private static String aggregate(Layer layer, Aggregation aggregation, String messages, Edges e, String nodes, String width,
            LoweringContext ctx) {
        String shape = ctx.op("Concat", hint(layer, "agg_shape"), List.of(nodes, width), Attr.i("axis", 0));
        if (aggregation == Aggregation.MAX) {
            String start = ctx.op("ConstantOfShape", hint(layer, "lowest"), shape, floatValue(LOWEST));
            String max = scatter(layer, "max", start, e.targetColumn, messages, "max", ctx);
            String count = counts(layer, e, nodes, ctx);
            String has = ctx.op("Greater", hint(layer, "has_messages"), List.of(count, ctx.scalar(hint(layer, "zero"), 0f)));
            return ctx.op("Where", hint(layer, "aggregated"), List.of(has, max, ctx.scalar(hint(layer, "zero_value"), 0f)));
        }
        String zeros = ctx.op("ConstantOfShape", hint(layer, "zeros"), shape);
        String sum = scatter(layer, aggregation == Aggregation.SUM ? "aggregated" : "sum", zeros, e.targetColumn, messages, "add", ctx);
        if (aggregation == Aggregation.SUM) {
            return sum;
        }
        String count = ctx.op("Max", hint(layer, "count_at_least_one"), List.of(counts(layer, e, nodes, ctx),
                ctx.scalar(hint(layer, "one"), 1f)));
        return ctx.op("Div", hint(layer, "aggregated"), List.of(sum, count));
    }

    /** Incoming edges per node as a [V, 1] float column. */
    private static String counts(Layer layer, Edges e, String nodes, LoweringContext ctx) {
        String shape = ctx.op("Concat", hint(layer, "count_shape"), List.of(nodes, ctx.longs(hint(layer, "one_column"), 1)), Attr.i("axis", 0));
        String zeros = ctx.op("ConstantOfShape", hint(layer, "count_zeros"), shape);
        String ones = column(layer, onesLike(layer, "edge_ones", e.source, ctx), ctx);
        return scatter(layer, "counts", zeros, e.targetColumn, ones, "add", ctx);
    }

    /**
     * Keeps, per graph, the ceil(ratio·n) (or k) nodes with the highest score tanh(x·p/|p|), gating
     * their features by the score, and the edges between kept nodes (renumbered). Ranks come from
     * a [V, V] comparison within each graph, so the kept nodes stay in their original order.
     * Without a batch input all nodes form one graph. Edge features, where given, keep the kept edges' rows.
     */
    static Map<String, String> topK(TopKPooling pool, String x, String edges, String batch, String edgeFeatures, LoweringContext ctx) {
        String p = ctx.weight(pool, "projection");
        String norm = ctx.op("ReduceL2", hint(pool, "p_norm"), List.of(p), Attr.i("keepdims", 1));
        // x·p as a matrix product with p as a column (then squeezed): what the gradient rules of MatMul take.
        String column = ctx.op("Unsqueeze", hint(pool, "p_column"), List.of(p, ctx.longs(hint(pool, "p_axis"), 1)));
        String xp = ctx.op("Squeeze", hint(pool, "xp"), List.of(ctx.op("MatMul", hint(pool, "xp_column"), List.of(x, column)),
                ctx.longs(hint(pool, "xp_axis"), 1)));
        String score = ctx.op("Tanh", hint(pool, "score"), ctx.op("Div", hint(pool, "projected"), List.of(xp, norm)));
        String v = ctx.shapeSlice(x, hint(pool, "v"), 0, 1);
        String graphOf = batch != null ? batch : ctx.op("ConstantOfShape", hint(pool, "single_graph"), v, longValue(0));
        return TopKRanking.keep(pool, x, edges, edgeFeatures, score, graphOf, v, ctx);
    }

    static String globalPooling(GraphGlobalPooling pool, String x, String batch, LoweringContext ctx) {
        if (batch == null) {
            String reduce = switch (pool.getAggregation()) {
                case SUM -> "ReduceSum";
                case MEAN -> "ReduceMean";
                case MAX -> "ReduceMax";
            };
            // Since opset 18 every Reduce* op takes its axes as an input.
            return ctx.op(reduce, pool.getId(), List.of(x, ctx.longs(hint(pool, "axes"), 0)), Attr.i("keepdims", 1));
        }
        String graphs = ctx.op("Add", hint(pool, "graphs"), List.of(ctx.op("ReduceMax", hint(pool, "last_graph"), List.of(batch),
                Attr.i("keepdims", 1)), ctx.longs(hint(pool, "one"), 1)));
        String width = ctx.shapeSlice(x, hint(pool, "f"), 1, 2);
        Edges assignment = new Edges(batch, batch, column(pool, batch, ctx));
        String result = aggregate(pool, pool.getAggregation(), x, assignment, graphs, width, ctx);
        return ctx.op("Identity", pool.getId(), result);
    }

    /** Source and target rows of the edge index, and the target as a [E, 1] column for ScatterND. */
    record Edges(String source, String target, String targetColumn) {
    }

    static Edges edges(Layer layer, String edges, LoweringContext ctx) {
        String source = ctx.op("Gather", hint(layer, "src"), List.of(edges, ctx.longs(hint(layer, "row0"), 0)), Attr.i("axis", 0));
        String target = ctx.op("Gather", hint(layer, "dst"), List.of(edges, ctx.longs(hint(layer, "row1"), 1)), Attr.i("axis", 0));
        String src = ctx.op("Squeeze", hint(layer, "source"), List.of(source, ctx.longs(hint(layer, "squeeze0"), 0)));
        String dst = ctx.op("Squeeze", hint(layer, "target"), List.of(target, ctx.longs(hint(layer, "squeeze1"), 0)));
        return new Edges(src, dst, column(layer, dst, ctx));
    }

    static String gather(Layer layer, String what, String data, String indices, LoweringContext ctx) {
        return ctx.op("Gather", hint(layer, what), List.of(data, indices), Attr.i("axis", 0));
    }

    static String scatter(Layer layer, String what, String data, String indexColumn, String updates, String reduction,
            LoweringContext ctx) {
        return ctx.op("ScatterND", hint(layer, what), List.of(data, indexColumn, updates), Attr.s("reduction", reduction));
    }

    /** A vector as an [N, 1] column; the axis is -1, which the ScatterND gradient rule reads as "indices of rows". */
    static String column(Layer layer, String vector, LoweringContext ctx) {
        return ctx.op("Unsqueeze", hint(layer, "column"), List.of(vector, ctx.longs(hint(layer, "col_axis"), -1)));
    }

    static String zerosLike(Layer layer, String what, String shape, LoweringContext ctx) {
        return ctx.op("ConstantOfShape", hint(layer, what), shape);
    }

    static String onesLike(Layer layer, String what, String vector, LoweringContext ctx) {
        return ctx.op("ConstantOfShape", hint(layer, what), ctx.op("Shape", hint(layer, what + "_shape"), vector), floatValue(1f));
    }

    static ai.onnx.proto.OnnxMl.AttributeProto floatValue(float value) {
        TensorProto tensor = TensorProto.newBuilder().setDataType(TensorProto.DataType.FLOAT_VALUE).addDims(1).addFloatData(value).build();
        return ai.onnx.proto.OnnxMl.AttributeProto.newBuilder().setName("value")
                .setType(ai.onnx.proto.OnnxMl.AttributeProto.AttributeType.TENSOR).setT(tensor).build();
    }

    static ai.onnx.proto.OnnxMl.AttributeProto longValue(long value) {
        TensorProto tensor = TensorProto.newBuilder().setDataType(TensorProto.DataType.INT64_VALUE).addDims(1).addInt64Data(value).build();
        return ai.onnx.proto.OnnxMl.AttributeProto.newBuilder().setName("value")
                .setType(ai.onnx.proto.OnnxMl.AttributeProto.AttributeType.TENSOR).setT(tensor).build();
    }

    static String hint(Layer layer, String what) {
        return LoweringContext.hint(layer, what);
    }

    static Map<String, String> ports(String nodes, String edges, String batch, String edgeFeatures) {
        Map<String, String> ports = new LinkedHashMap<>();
        ports.put(Ports.NODES, nodes);
        ports.put(Ports.EDGES, edges);
        ports.put(Ports.BATCH, batch);
        if (edgeFeatures != null) {
            ports.put(Ports.EDGE_FEATURES, edgeFeatures);
        }
        return ports;
    }
}
