package dev.dendrite.onnx.export;

import java.util.List;

import dev.dendrite.model.network.sequence.Attention;
import dev.dendrite.model.network.sequence.ClassToken;
import dev.dendrite.model.network.sequence.PositionalEncoding;
import dev.dendrite.model.network.sequence.SequencePooling;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.FloatTensor;

/**
 * Lowering of self- and cross-attention, positional encodings and pooling over steps to standard operators (MatMul, Softmax,
 * Transpose, Reshape), so that a train step differentiates them like any other graph and every
 * runtime reads the export; ONNX's fused Attention operator (opset 23) is newer than the opset
 * Dendrite targets.
 */
final class AttentionLowering {

    /**
     * Added to the scores of hidden steps: finite, so that a row with every key hidden (an empty
     * padded sequence) becomes uniform instead of NaN; exp(-1e9 - max) is 0 in float32.
     */
    static final float HIDDEN = -1e9f;

    private AttentionLowering() {
    }

    /**
     * softmax(Q·Kᵀ/√d)·V per head, then the output projection. Q, K, V and the output are
     * [D, D] projections with biases ({@code query_weight}, {@code query_bias}, ...: weight-like
     * names, so that weight decay, pruning masks and edge-popup treat them as the matrices they are); head h reads dims h·d to (h+1)·d, d = D/heads.
     * With a {@code memory} [N, S, M] (not null: cross-attention) the keys and values come from it:
     * their weights are [M, D], the scores [N, H, T, S].
     */
    static String attention(Attention attention, String x, String memory, long width, LoweringContext ctx) {
        long heads = attention.getHeads();
        long headWidth = width / heads;
        String keysFrom = memory == null ? x : memory;
        String q = heads(attention, "query", x, heads, headWidth, ctx, 0, 2, 1, 3);
        String k = heads(attention, "key", keysFrom, heads, headWidth, ctx, 0, 2, 3, 1);
        String v = heads(attention, "value", keysFrom, heads, headWidth, ctx, 0, 2, 1, 3);
        // Scaling Q ([N, H, T, d]) costs less than scaling the scores ([N, H, T, T]).
        String scaled = ctx.op("Mul", hint(attention, "query_scaled"), List.of(q,
                ctx.scalar(hint(attention, "scale"), (float) (1 / Math.sqrt(headWidth)))));
        String scores = ctx.op("MatMul", hint(attention, "scores"), List.of(scaled, k));
        String hidden = hiddenSteps(attention, keysFrom, memory != null, ctx);
        if (hidden != null) {
            scores = ctx.op("Add", hint(attention, "scores_masked"), List.of(scores, hidden));
        }
        String weights = ctx.op("Softmax", hint(attention, "weights"), scores, Attr.i("axis", -1));
        String mixed = ctx.op("MatMul", hint(attention, "mixed"), List.of(weights, v));
        String merged = ctx.reshape(ctx.op("Transpose", hint(attention, "steps_first"), mixed, Attr.ints("perm", 0, 2, 1, 3)),
                hint(attention, "merged"), 0, 0, width);
        return projection(attention, "output", merged, attention.getId(), ctx);
    }

    /** x·W + b reshaped to [N, T, heads, d] and transposed by {@code perm}. */
    private static String heads(Attention attention, String role, String x, long heads, long headWidth, LoweringContext ctx,
            long... perm) {
        String projected = projection(attention, role, x, hint(attention, role), ctx);
        String split = ctx.reshape(projected, hint(attention, role + "_split"), 0, 0, heads, headWidth);
        return ctx.op("Transpose", hint(attention, role + "_heads"), split, Attr.ints("perm", perm));
    }

    private static String projection(Attention attention, String role, String x, String name, LoweringContext ctx) {
        String product = ctx.op("MatMul", hint(attention, role + "_matmul"), List.of(x, ctx.weight(attention, role + "_weight")));
        return ctx.op("Add", name, List.of(product, ctx.weight(attention, role + "_bias")));
    }

    /**
     * What is added to the scores [N, H, T, S] to hide keys: later steps when causal, and in a
     * training engine's padded batches the keys beyond each sequence's length (the memory's, in
     * cross-attention); null when nothing is hidden. Built from shapes and lengths only, so it
     * carries no gradient.
     */
    private static String hiddenSteps(Attention attention, String keysFrom, boolean cross, LoweringContext ctx) {
        String lengths = ctx.hooks() == null ? null : ctx.hooks().sequenceLengths(cross ? memorySource(attention) : attention, ctx);
        if (!attention.isCausal() && lengths == null) {
            return null;
        }
        // Causal attention is self-attention (the shape rules refuse it with a memory): query and key positions are the same.
        String positions = SequenceSteps.positions(attention, keysFrom, ctx);
        String keys = SequenceSteps.unsqueeze(positions, hint(attention, "key_positions"), ctx, 0);
        String hidden = null;
        if (attention.isCausal()) {
            // Key j is hidden from query i where j > i: [T, T].
            String queries = SequenceSteps.unsqueeze(positions, hint(attention, "query_positions"), ctx, 1);
            hidden = ctx.op("Greater", hint(attention, "future"), List.of(keys, queries));
        }
        if (lengths != null) {
            // Key j is hidden from every query of sample n where j ≥ length(n): [N, 1, 1, T].
            String padded = SequenceSteps.unsqueeze(SequenceSteps.padding(attention, positions, lengths, ctx), hint(attention, "padding_keys"), ctx, 1, 2);
            hidden = hidden == null ? padded : ctx.op("Or", hint(attention, "hidden"), List.of(hidden, padded));
        }
        String asFloat = ctx.op("Cast", hint(attention, "hidden_float"), hidden, Attr.i("to", 1));
        return ctx.op("Mul", hint(attention, "hidden_scores"), List.of(asFloat, ctx.scalar(hint(attention, "hidden_value"), HIDDEN)));
    }

    /** The layer whose output a cross-attention reads as its memory: the sequence masks follow the input it comes from. */
    private static dev.dendrite.model.network.Layer memorySource(Attention attention) {
        return Ports.source(attention, Ports.MEMORY).orElseThrow(() -> new IllegalStateException("no memory connected to "
                + attention.getId()));
    }

    /**
     * The average or the max over the steps of x [N, T, F], [N, F]; in a training engine's padded
     * batches over each sequence's real steps only (the average divides by its length, the max
     * reads padding as −1e9). The max runs as {@code GlobalMaxPool} over [N, F, T], whose gradient
     * rule exists.
     */
    static String sequencePooling(SequencePooling pool, String x, LoweringContext ctx) {
        String lengths = ctx.hooks() == null ? null : ctx.hooks().sequenceLengths(pool, ctx);
        String padding = lengths == null ? null : SequenceSteps.padding(pool, SequenceSteps.positions(pool, x, ctx), lengths, ctx);
        boolean max = pool.getPoolType() == dev.dendrite.model.network.PoolType.MAX;
        if (max) {
            String read = x;
            if (padding != null) {
                String hidden = ctx.op("Mul", hint(pool, "padding_low"), List.of(SequenceSteps.unsqueeze(ctx.op("Cast", hint(pool, "padding_float"), padding,
                        Attr.i("to", 1)), hint(pool, "padding_steps"), ctx, 2), ctx.scalar(hint(pool, "low"), HIDDEN)));
                read = ctx.op("Add", hint(pool, "real_steps"), List.of(x, hidden));
            }
            String channels = ctx.op("Transpose", hint(pool, "features_first"), read, Attr.ints("perm", 0, 2, 1));
            String pooled = ctx.op("GlobalMaxPool", hint(pool, "max"), channels);
            return ctx.op("Squeeze", pool.getId(), List.of(pooled, ctx.longs(hint(pool, "last_axis"), 2)));
        }
        if (padding == null) {
            return ctx.op("ReduceMean", pool.getId(), List.of(x, ctx.longs(hint(pool, "steps_axis"), 1)), Attr.i("keepdims", 0));
        }
        String real = ctx.op("Cast", hint(pool, "real"), ctx.op("Not", hint(pool, "not_padding"), padding), Attr.i("to", 1));
        String sum = ctx.op("ReduceSum", hint(pool, "sum"), List.of(ctx.op("Mul", hint(pool, "real_values"), List.of(x,
                SequenceSteps.unsqueeze(real, hint(pool, "real_steps"), ctx, 2))), ctx.longs(hint(pool, "sum_axis"), 1)), Attr.i("keepdims", 0));
        String count = ctx.op("ReduceSum", hint(pool, "count"), List.of(real, ctx.longs(hint(pool, "count_axis"), 1)), Attr.i("keepdims", 1));
        String atLeastOne = ctx.op("Max", hint(pool, "count_nonzero"), List.of(count, ctx.scalar(hint(pool, "one_step"), 1f)));
        return ctx.op("Div", pool.getId(), List.of(sum, atLeastOne));
    }


    /** x plus the first T rows of the position table [maxLength, F]: learned, or fixed sinusoids. */
    static String positionalEncoding(PositionalEncoding positions, String x, long features, LoweringContext ctx) {
        String table = positions.isLearned() ? ctx.weight(positions, "positions")
                : ctx.graph().initializer(hint(positions, "sinusoids"), sinusoids(positions.getMaxLength(), features));
        String steps = ctx.shapeSlice(x, hint(positions, "length"), 1, 2);
        String used = ctx.op("Slice", hint(positions, "used"), List.of(table, ctx.longs(hint(positions, "start"), 0), steps,
                ctx.longs(hint(positions, "axis"), 0)));
        return ctx.op("Add", positions.getId(), List.of(x, used));
    }

    /** count learned vectors [count, F] before every sequence's steps: Concat(Expand(tokens, [N, count, F]), x) on axis 1. */
    static String classToken(ClassToken token, String x, long features, LoweringContext ctx) {
        String tokens = ctx.op("Unsqueeze", hint(token, "tokens_1"), List.of(ctx.weight(token, "tokens"), ctx.longs(hint(token, "axis0"), 0)));
        String batch = ctx.shapeSlice(x, hint(token, "batch"), 0, 1);
        String shape = ctx.op("Concat", hint(token, "tokens_shape"), List.of(batch, ctx.longs(hint(token, "count_features"),
                token.getCount(), features)), Attr.i("axis", 0));
        String expanded = ctx.op("Expand", hint(token, "tokens_n"), List.of(tokens, shape));
        return ctx.op("Concat", token.getId(), List.of(expanded, x), Attr.i("axis", 1));
    }

    /**
     * Vaswani et al.'s table: PE(t, 2i) = sin(t / 10000^(2i/F)), PE(t, 2i+1) = cos of the same,
     * so that a fixed offset is a rotation of each pair and positions beyond training lengths still
     * have values.
     */
    static FloatTensor sinusoids(int length, long features) {
        float[] values = new float[Math.toIntExact(length * features)];
        for (int t = 0; t < length; t++) {
            for (int i = 0; i < features; i++) {
                double angle = t / Math.pow(10000, (double) (i - i % 2) / features);
                values[(int) (t * features + i)] = (float) (i % 2 == 0 ? Math.sin(angle) : Math.cos(angle));
            }
        }
        return new FloatTensor(new long[] {length, features}, values);
    }

    private static String hint(dev.dendrite.model.network.Layer layer, String what) {
        return LoweringContext.hint(layer, what);
    }
}
