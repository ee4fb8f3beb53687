package dev.dendrite.onnx.export;

import static dev.dendrite.onnx.export.GraphLowering.floatValue;
import static dev.dendrite.onnx.export.GraphLowering.gather;
import static dev.dendrite.onnx.export.GraphLowering.hint;
import static dev.dendrite.onnx.export.GraphLowering.scatter;

import java.util.List;
import java.util.function.UnaryOperator;

import dev.dendrite.model.network.gnn.GraphAttention;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.FloatTensor;

/**
 * GAT (Veličković et al., 2018; PyTorch Geometric's GATConv): h = X·W split into H heads of F'
 * features; per edge j → i and head, e = LeakyReLU(a_src·h_j + a_dst·h_i); α = the softmax of e
 * over the edges into i; node i gets Σ_j α·h_j per head, the heads concatenated or averaged, plus a
 * bias. Self-loops are appended to the edge index (every node attends to itself too), as GATConv
 * adds them by default, after removing those the input holds: an input's own loop j → j is kept in
 * the edge list but scored out of the softmax (α = 0), so every node weighs itself once. {@code dynamic}: GATv2's scores instead (Brody et al., 2022). With edge
 * features e_ji [E, D] (GATConv's {@code edge_dim}), each edge's score also reads W_e·e_ji: GAT adds
 * a_edge·W_e·e_ji to the logit, GATv2 adds W_e·e_ji inside its LeakyReLU; a self-loop's features are
 * the mean of its node's other incoming edges' (GATConv's {@code fill_value="mean"}).
 */
public final class GraphAttentionLowering {

    /** What the layer's attention coefficients α [E', H] are named (after the layer's id and a slash), as analyses read them. */
    public static final String WEIGHTS = "weights";
    /** The edges α weighs, sources and targets [E'] (the input's edges, then the self-loops). */
    public static final String EDGE_SOURCE = "edge_source";
    public static final String EDGE_TARGET = "edge_target";

    /** Start value of the per-node max that keeps the softmax's exponentials at most 1. */
    private static final float LOWEST = -Float.MAX_VALUE;
    /** Added to an input's own self-loop's logit: its exponential is 0 beside the appended loop's, which every node has. */
    private static final float SCORED_OUT = -1e9f;

    private GraphAttentionLowering() {
    }

    /** The attention layer's output, by the exporter's own name for it, for analyses: {@code ID/what}. */
    public static String tensor(String layerId, String what) {
        return layerId + "/" + what;
    }

    static String lower(GraphAttention gat, String x, String edgeIndex, String edgeFeatures, LoweringContext ctx) {
        return lower(gat, x, edgeIndex, edgeFeatures, ctx, UnaryOperator.identity());
    }

    /**
     * As the export lowers it, with {@code onWeights} applied to α [E', H] before it weighs the messages (training's
     * attention dropout; {@code LAYER/weights} stays the softmax itself).
     */
    public static String lower(GraphAttention gat, String x, String edgeIndex, String edgeFeatures, LoweringContext ctx,
            UnaryOperator<String> onWeights) {
        long heads = gat.getHeads();
        long features = gat.getOutFeatures();
        String h = ctx.op("MatMul", hint(gat, "xw"), List.of(x, ctx.weight(gat, "weight")));
        String perHead = ctx.reshape(h, hint(gat, "heads"), 0, heads, features);
        GraphLowering.Edges e = GraphLowering.edges(gat, edgeIndex, ctx);
        String nodes = ctx.shapeSlice(x, hint(gat, "v"), 0, 1);
        String source;
        String target;
        if (gat.isSelfLoops()) {
            String every = ctx.op("Range", hint(gat, "node_ids"), List.of(ctx.graph().longScalar(hint(gat, "zero_id"), 0),
                    ctx.op("Squeeze", hint(gat, "node_count"), nodes), ctx.graph().longScalar(hint(gat, "one_id"), 1)));
            source = ctx.op("Concat", hint(gat, EDGE_SOURCE), List.of(e.source(), every), Attr.i("axis", 0));
            target = ctx.op("Concat", hint(gat, EDGE_TARGET), List.of(e.target(), every), Attr.i("axis", 0));
        } else {
            source = ctx.op("Identity", hint(gat, EDGE_SOURCE), e.source());
            target = ctx.op("Identity", hint(gat, EDGE_TARGET), e.target());
        }
        String targetColumn = GraphLowering.column(gat, target, ctx);
        // The input's own self-loops, where loops are appended: GATConv removes them first.
        String ownLoop = gat.isSelfLoops() ? ctx.op("Equal", hint(gat, "own_loop"), List.of(e.source(), e.target())) : null;
        String edgeTerms = edgeFeatures == null ? null : edgeTerms(gat, edgeFeatures, e, ownLoop, nodes, ctx);
        String logits = gat.isDynamic() ? dynamicLogits(gat, x, perHead, source, target, edgeTerms, ctx)
                : staticLogits(gat, h, source, target, edgeTerms, ctx);
        if (ownLoop != null) {
            String penalty = ctx.op("Where", hint(gat, "own_loop_penalty"), List.of(ownLoop, ctx.scalar(hint(gat, "scored_out"), SCORED_OUT),
                    ctx.scalar(hint(gat, "kept_in"), 0f)));
            String everyPenalty = ctx.op("Concat", hint(gat, "loop_penalty"), List.of(penalty, ctx.op("ConstantOfShape", hint(gat,
                    "appended_loop_penalty"), nodes)), Attr.i("axis", 0));
            logits = ctx.op("Add", hint(gat, "logits_without_own_loops"), List.of(logits, ctx.op("Unsqueeze", hint(gat, "loop_penalty_column"),
                    List.of(everyPenalty, ctx.longs(hint(gat, "loop_penalty_axis"), 1)))));
        }
        String perNodeHeads = ctx.op("Concat", hint(gat, "node_head_shape"), List.of(nodes, ctx.longs(hint(gat, "head_count"), heads)),
                Attr.i("axis", 0));
        // Softmax over each node's incoming edges: shifted by the node's largest logit (the shift cancels in the ratio).
        String largest = scatter(gat, "largest", ctx.op("ConstantOfShape", hint(gat, "lowest"), perNodeHeads, floatValue(LOWEST)),
                targetColumn, logits, "max", ctx);
        String exp = ctx.op("Exp", hint(gat, "exp"), ctx.op("Sub", hint(gat, "shifted"), List.of(logits,
                gather(gat, "largest_at_edge", largest, target, ctx))));
        String totals = scatter(gat, "totals", ctx.op("ConstantOfShape", hint(gat, "total_zeros"), perNodeHeads), targetColumn, exp, "add",
                ctx);
        String weights = ctx.op("Div", hint(gat, WEIGHTS), List.of(exp, gather(gat, "total_at_edge", totals, target, ctx)));
        String weighted = ctx.op("Mul", hint(gat, "weighted"), List.of(gather(gat, "messages", perHead, source, ctx),
                ctx.op("Unsqueeze", hint(gat, "attention_column"), List.of(onWeights.apply(weights), ctx.longs(hint(gat, "feature_axis"), 2)))));
        String outShape = ctx.op("Concat", hint(gat, "out_shape"), List.of(perNodeHeads, ctx.longs(hint(gat, "feature_count"), features)),
                Attr.i("axis", 0));
        String summed = scatter(gat, "aggregated", ctx.op("ConstantOfShape", hint(gat, "zeros"), outShape), targetColumn, weighted, "add",
                ctx);
        String joined = gat.isConcat() ? ctx.reshape(summed, hint(gat, "concatenated"), 0, heads * features)
                : ctx.op("ReduceMean", hint(gat, "averaged"), List.of(summed, ctx.longs(hint(gat, "head_axis"), 1)), Attr.i("keepdims", 0));
        return gat.isBias() ? ctx.op("Add", gat.getId(), List.of(joined, ctx.weight(gat, "bias"))) : ctx.op("Identity", gat.getId(), joined);
    }

    /**
     * GAT's LeakyReLU(a_src·h_j + a_dst·h_i) [E', H]: the two halves are scored per node and added per
     * edge, so a node's neighbours rank alike for every node that hears them (Brody et al.'s static attention).
     */
    private static String staticLogits(GraphAttention gat, String h, String source, String target, String edgeTerms,
            LoweringContext ctx) {
        String fromSource = ctx.op("MatMul", hint(gat, "att_source_scores"), List.of(h, blockDiagonal(gat, "att_source", ctx)));
        String fromTarget = ctx.op("MatMul", hint(gat, "att_target_scores"), List.of(h, blockDiagonal(gat, "att_target", ctx)));
        String scores = ctx.op("Add", hint(gat, "edge_scores"),
                List.of(gather(gat, "score_src", fromSource, source, ctx), gather(gat, "score_dst", fromTarget, target, ctx)));
        if (edgeTerms != null) {
            // a_edge·W_e·e per head as one product: W_e times the attention vector's block-diagonal is [D, H], built at parameter size.
            String edgeScorer = ctx.op("MatMul", hint(gat, "edge_scorer"), List.of(ctx.weight(gat, "edge_weight"),
                    blockDiagonal(gat, "att_edge", ctx)));
            scores = ctx.op("Add", hint(gat, "edge_scores_with_features"), List.of(scores,
                    ctx.op("MatMul", hint(gat, "att_edge_scores"), List.of(edgeTerms, edgeScorer))));
        }
        return ctx.op("LeakyRelu", hint(gat, "logits"), scores, Attr.f("alpha", (float) gat.getNegativeSlope()));
    }

    /**
     * Each scored edge's features [E', D]: the input's, then, for the self-loops, the mean of each node's incoming edges that are
     * not its own loops (zero where none arrive).
     */
    private static String edgeTerms(GraphAttention gat, String edgeFeatures, GraphLowering.Edges e, String ownLoop, String nodes,
            LoweringContext ctx) {
        if (!gat.isSelfLoops()) {
            return edgeFeatures;
        }
        String width = ctx.shapeSlice(edgeFeatures, hint(gat, "edge_feature_width"), 1, 2);
        String shape = ctx.op("Concat", hint(gat, "loop_feature_shape"), List.of(nodes, width), Attr.i("axis", 0));
        // 1 for each edge that is not its target's own loop, 0 for those: the mean leaves the loops out.
        String counted = ctx.op("Unsqueeze", hint(gat, "counted_edges"), List.of(ctx.op("Where", hint(gat, "counted_edge"), List.of(ownLoop,
                ctx.scalar(hint(gat, "loop_uncounted"), 0f), ctx.scalar(hint(gat, "loop_counted"), 1f))), ctx.longs(hint(gat, "counted_axis"), 1)));
        String sums = scatter(gat, "loop_feature_sums", ctx.op("ConstantOfShape", hint(gat, "loop_feature_zeros"), shape), e.targetColumn(),
                ctx.op("Mul", hint(gat, "counted_features"), List.of(edgeFeatures, counted)), "add", ctx);
        String countShape = ctx.op("Concat", hint(gat, "loop_count_shape"), List.of(nodes, ctx.longs(hint(gat, "loop_one_column"), 1)),
                Attr.i("axis", 0));
        String counts = scatter(gat, "loop_edge_counts", ctx.op("ConstantOfShape", hint(gat, "loop_count_zeros"), countShape),
                e.targetColumn(), counted, "add", ctx);
        String means = ctx.op("Div", hint(gat, "loop_features"), List.of(sums, ctx.op("Max", hint(gat, "loop_count_at_least_one"),
                List.of(counts, ctx.scalar(hint(gat, "loop_one"), 1f)))));
        return ctx.op("Concat", hint(gat, "scored_edge_features"), List.of(edgeFeatures, means), Attr.i("axis", 0));
    }

    /**
     * GATv2's a·LeakyReLU(W·x_j + W_t·x_i) [E', H]: the nonlinearity comes before the attention vector, per
     * edge, so the ranking of j can depend on i (dynamic attention; PyTorch Geometric's GATv2Conv without
     * linear biases, its weights shared or not).
     */
    private static String dynamicLogits(GraphAttention gat, String x, String perHead, String source, String target, String edgeTerms,
            LoweringContext ctx) {
        // Shared weights (GATv2Conv's share_weights): W_t = W, so the targets' features are the sources'.
        String targets = gat.isShareWeights() ? perHead : ctx.reshape(ctx.op("MatMul", hint(gat, "x_target"), List.of(x, ctx.weight(gat,
                "target_weight"))), hint(gat, "target_heads"), 0, gat.getHeads(), gat.getOutFeatures());
        String joined = ctx.op("Add", hint(gat, "edge_features"), List.of(gather(gat, "from_source", perHead, source, ctx),
                gather(gat, "from_target", targets, target, ctx)));
        if (edgeTerms != null) {
            String fromEdges = ctx.reshape(ctx.op("MatMul", hint(gat, "x_edge"), List.of(edgeTerms, ctx.weight(gat, "edge_weight"))),
                    hint(gat, "edge_heads"), 0, gat.getHeads(), gat.getOutFeatures());
            joined = ctx.op("Add", hint(gat, "edge_features_joined"), List.of(joined, fromEdges));
        }
        String activated = ctx.op("LeakyRelu", hint(gat, "edge_activated"), joined, Attr.f("alpha", (float) gat.getNegativeSlope()));
        return score(gat, activated, "attention", ctx);
    }

    /**
     * An attention vector [H, F'] as the block-diagonal [H·F', H] whose product with h [V, H·F'] scores
     * every head at once: one MatMul over the nodes, where a broadcast Mul and ReduceSum (and their
     * gradients' reshapes) ran several times as many operators; the blocks are built at parameter size.
     */
    private static String blockDiagonal(GraphAttention gat, String vector, LoweringContext ctx) {
        int heads = gat.getHeads();
        float[] eye = new float[heads * heads];
        for (int i = 0; i < heads; i++) {
            eye[i * heads + i] = 1;
        }
        String identity = ctx.graph().initializer(hint(gat, "head_identity"), new FloatTensor(new long[] {heads, 1, heads}, eye));
        String column = ctx.op("Unsqueeze", hint(gat, vector + "_column"), List.of(ctx.weight(gat, vector), ctx.longs(hint(gat, vector + "_axis"), 2)));
        String blocks = ctx.op("Mul", hint(gat, vector + "_blocks"), List.of(column, identity));
        return ctx.reshape(blocks, hint(gat, vector + "_block_diagonal"), (long) heads * gat.getOutFeatures(), heads);
    }

    /** Heads' features [rows, H, F'] against an attention vector [H, F']: [rows, H]. */
    private static String score(GraphAttention gat, String perHead, String vector, LoweringContext ctx) {
        String products = ctx.op("Mul", hint(gat, vector + "_products"), List.of(perHead, ctx.weight(gat, vector)));
        return ctx.op("ReduceSum", hint(gat, vector + "_scores"), List.of(products, ctx.longs(hint(gat, vector + "_axis"), 2)),
                Attr.i("keepdims", 0));
    }
}
