package dev.dendrite.onnx.export;

import java.util.List;

import dev.dendrite.model.network.Attention;
import dev.dendrite.model.network.PositionalEncoding;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.FloatTensor;

/**
 * Lowering of self-attention and positional encodings to standard operators (MatMul, Softmax,
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
     * [D, D] projections with biases; head h reads dims h·d to (h+1)·d, d = D/heads.
     */
    static String attention(Attention attention, String x, long width, LoweringContext ctx) {
        long heads = attention.getHeads();
        long headWidth = width / heads;
        String q = heads(attention, "query", x, heads, headWidth, ctx, 0, 2, 1, 3);
        String k = heads(attention, "key", x, heads, headWidth, ctx, 0, 2, 3, 1);
        String v = heads(attention, "value", x, heads, headWidth, ctx, 0, 2, 1, 3);
        // Scaling Q ([N, H, T, d]) costs less than scaling the scores ([N, H, T, T]).
        String scaled = ctx.op("Mul", hint(attention, "query_scaled"), List.of(q,
                ctx.scalar(hint(attention, "scale"), (float) (1 / Math.sqrt(headWidth)))));
        String scores = ctx.op("MatMul", hint(attention, "scores"), List.of(scaled, k));
        String hidden = hiddenSteps(attention, x, ctx);
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
        String product = ctx.op("MatMul", hint(attention, role + "_matmul"), List.of(x, ctx.weight(attention, role)));
        return ctx.op("Add", name, List.of(product, ctx.weight(attention, role + "_bias")));
    }

    /**
     * What is added to the scores [N, H, T, T] to hide steps: later steps when causal, and in a
     * training engine's padded batches the padding beyond each sequence's length; null when
     * nothing is hidden. Built from shapes and lengths only, so it carries no gradient.
     */
    private static String hiddenSteps(Attention attention, String x, LoweringContext ctx) {
        String lengths = ctx.hooks() == null ? null : ctx.hooks().sequenceLengths(attention, ctx);
        if (!attention.isCausal() && lengths == null) {
            return null;
        }
        String steps = ctx.op("Squeeze", hint(attention, "steps"), ctx.shapeSlice(x, hint(attention, "length"), 1, 2));
        String positions = ctx.op("Range", hint(attention, "positions"), List.of(ctx.graph().longScalar(hint(attention, "zero"), 0),
                steps, ctx.graph().longScalar(hint(attention, "one"), 1)));
        String keys = unsqueeze(positions, hint(attention, "key_positions"), ctx, 0);
        String hidden = null;
        if (attention.isCausal()) {
            // Key j is hidden from query i where j > i: [T, T].
            String queries = unsqueeze(positions, hint(attention, "query_positions"), ctx, 1);
            hidden = ctx.op("Greater", hint(attention, "future"), List.of(keys, queries));
        }
        if (lengths != null) {
            // Key j is hidden from every query of sample n where j ≥ length(n): [N, 1, 1, T].
            String perSample = unsqueeze(ctx.op("Cast", hint(attention, "lengths"), lengths, Attr.i("to", 7)),
                    hint(attention, "sample_lengths"), ctx, 1);
            String padding = ctx.op("GreaterOrEqual", hint(attention, "padding"), List.of(keys, perSample));
            String padded = unsqueeze(padding, hint(attention, "padding_keys"), ctx, 1, 2);
            hidden = hidden == null ? padded : ctx.op("Or", hint(attention, "hidden"), List.of(hidden, padded));
        }
        String asFloat = ctx.op("Cast", hint(attention, "hidden_float"), hidden, Attr.i("to", 1));
        return ctx.op("Mul", hint(attention, "hidden_scores"), List.of(asFloat, ctx.scalar(hint(attention, "hidden_value"), HIDDEN)));
    }

    private static String unsqueeze(String x, String name, LoweringContext ctx, long... axes) {
        return ctx.op("Unsqueeze", name, List.of(x, ctx.longs(name + "/axes", axes)));
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
