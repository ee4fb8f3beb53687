package dev.dendrite.onnx.export;

import static dev.dendrite.onnx.export.GraphLowering.hint;

import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.gnn.TopKPooling;
import dev.dendrite.onnx.graph.Attr;

/** The per-graph ranking and selection of {@link GraphLowering#topK}. */
final class TopKRanking {

    private TopKRanking() {
    }

    static Map<String, String> keep(TopKPooling pool, String x, String edges, String edgeFeatures, String score, String graphOf, String v,
            LoweringContext ctx) {
        String axis0 = ctx.longs(hint(pool, "axis0"), 0);
        String axis1 = ctx.longs(hint(pool, "axis1"), 1);
        String count = ctx.op("Squeeze", hint(pool, "v_scalar"), List.of(v, axis0));
        String index = ctx.op("Range", hint(pool, "index"), List.of(ctx.graph().longScalar(hint(pool, "zero"), 0), count,
                ctx.graph().longScalar(hint(pool, "step"), 1)));
        String row = "_row";
        String col = "_col";
        String scoreRow = ctx.op("Unsqueeze", hint(pool, "score" + row), List.of(score, axis0));
        String scoreCol = ctx.op("Unsqueeze", hint(pool, "score" + col), List.of(score, axis1));
        String indexRow = ctx.op("Unsqueeze", hint(pool, "index" + row), List.of(index, axis0));
        String indexCol = ctx.op("Unsqueeze", hint(pool, "index" + col), List.of(index, axis1));
        String graphRow = ctx.op("Unsqueeze", hint(pool, "graph" + row), List.of(graphOf, axis0));
        String graphCol = ctx.op("Unsqueeze", hint(pool, "graph" + col), List.of(graphOf, axis1));
        // [i][j]: j is in i's graph, and j ranks before i (higher score, ties broken by index)
        String same = ctx.op("Equal", hint(pool, "same_graph"), List.of(graphCol, graphRow));
        String higher = ctx.op("Greater", hint(pool, "higher"), List.of(scoreRow, scoreCol));
        String tie = ctx.op("And", hint(pool, "tie_first"), List.of(ctx.op("Equal", hint(pool, "equal"), List.of(scoreRow, scoreCol)),
                ctx.op("Less", hint(pool, "lower_index"), List.of(indexRow, indexCol))));
        String before = ctx.op("And", hint(pool, "before"), List.of(ctx.op("Or", hint(pool, "ranks_before"), List.of(higher, tie)), same));
        String rank = sumRows(pool, "rank", before, ctx);
        String graphSize = sumRows(pool, "graph_size", same, ctx);
        String limit = pool.getK() > 0
                ? ctx.op("Min", hint(pool, "limit"), List.of(graphSize, ctx.scalar(hint(pool, "k"), pool.getK())))
                : ctx.op("Ceil", hint(pool, "limit"), ctx.op("Mul", hint(pool, "ratio_of_size"),
                        List.of(graphSize, ctx.scalar(hint(pool, "ratio"), (float) pool.getRatio()))));
        String keep = ctx.op("Less", hint(pool, "keep"), List.of(rank, limit));
        String kept = ctx.op("Squeeze", hint(pool, "kept"), List.of(ctx.op("NonZero", hint(pool, "kept_2d"), keep), axis0));

        String gate = ctx.op("Unsqueeze", hint(pool, "gate"), List.of(GraphLowering.gather(pool, "kept_score", score, kept, ctx), axis1));
        String nodes = ctx.op("Mul", pool.getId(), List.of(GraphLowering.gather(pool, "kept_x", x, kept, ctx), gate));
        String batch = GraphLowering.gather(pool, "batch", graphOf, kept, ctx);

        // Renumber kept nodes 0..K-1 and keep the edges whose ends both survive.
        String keptCount = ctx.op("Squeeze", hint(pool, "k_scalar"), List.of(ctx.op("Shape", hint(pool, "k_shape"), kept), axis0));
        String newIds = ctx.op("Range", hint(pool, "new_ids"), List.of(ctx.graph().longScalar(hint(pool, "zero2"), 0), keptCount,
                ctx.graph().longScalar(hint(pool, "step2"), 1)));
        String unmapped = ctx.op("ConstantOfShape", hint(pool, "unmapped"), v, GraphLowering.longValue(-1));
        String mapping = ctx.op("ScatterND", hint(pool, "mapping"), List.of(unmapped,
                ctx.op("Unsqueeze", hint(pool, "kept_col"), List.of(kept, axis1)), newIds));
        GraphLowering.Edges e = GraphLowering.edges(pool, edges, ctx);
        String keepInt = ctx.op("Cast", hint(pool, "keep_int"), keep, Attr.i("to", TensorProto.DataType.INT64_VALUE));
        String both = ctx.op("Cast", hint(pool, "edge_kept"), ctx.op("Mul", hint(pool, "both_ends"), List.of(
                GraphLowering.gather(pool, "src_kept", keepInt, e.source(), ctx), GraphLowering.gather(pool, "dst_kept", keepInt, e.target(), ctx))),
                Attr.i("to", TensorProto.DataType.BOOL_VALUE));
        String survivors = ctx.op("Compress", hint(pool, "surviving_edges"), List.of(edges, both), Attr.i("axis", 1));
        String renumbered = ctx.op("Gather", hint(pool, "edges"), List.of(mapping, survivors), Attr.i("axis", 0));
        String keptFeatures = edgeFeatures == null ? null
                : ctx.op("Compress", hint(pool, "edge_features"), List.of(edgeFeatures, both), Attr.i("axis", 0));
        return GraphLowering.ports(nodes, renumbered, batch, keptFeatures);
    }

    private static String sumRows(TopKPooling pool, String what, String matrix, LoweringContext ctx) {
        String asFloat = ctx.op("Cast", hint(pool, what + "_float"), matrix, Attr.i("to", TensorProto.DataType.FLOAT_VALUE));
        return ctx.op("ReduceSum", hint(pool, what), List.of(asFloat, ctx.longs(hint(pool, what + "_axis"), 1)), Attr.i("keepdims", 0));
    }
}
