package dev.dendrite.onnx.export;

import java.util.List;

import dev.dendrite.model.network.Layer;
import dev.dendrite.onnx.graph.Attr;

/**
 * The steps of a sequence [N, T, F] as tensors built from its shape and lengths only (so they
 * carry no gradient): positions, which steps of a padded batch are padding, and which are real.
 */
final class SequenceSteps {

    private SequenceSteps() {
    }

    /** The step positions 0 … T−1 of the sequence x, int64 [T]. */
    static String positions(Layer layer, String x, LoweringContext ctx) {
        String steps = ctx.op("Squeeze", hint(layer, "steps"), ctx.shapeSlice(x, hint(layer, "length"), 1, 2));
        return ctx.op("Range", hint(layer, "positions"), List.of(ctx.graph().longScalar(hint(layer, "zero"), 0), steps,
                ctx.graph().longScalar(hint(layer, "one"), 1)));
    }

    /** Whether step j of sample n is padding, j ≥ length(n): bool [N, T], from the int32 lengths [N]. */
    static String padding(Layer layer, String positions, String lengths, LoweringContext ctx) {
        String perSample = unsqueeze(ctx.op("Cast", hint(layer, "lengths"), lengths, Attr.i("to", 7)), hint(layer, "sample_lengths"), ctx, 1);
        return ctx.op("GreaterOrEqual", hint(layer, "padding"), List.of(unsqueeze(positions, hint(layer, "step_positions"), ctx, 0),
                perSample));
    }

    /** 1 at the real steps of x and 0 at its padding, float [N, T, 1], to multiply x [N, T, F] by. */
    static String real(Layer layer, String x, String lengths, LoweringContext ctx) {
        String padding = padding(layer, positions(layer, x, ctx), lengths, ctx);
        String real = ctx.op("Cast", hint(layer, "real"), ctx.op("Not", hint(layer, "not_padding"), padding), Attr.i("to", 1));
        return unsqueeze(real, hint(layer, "real_steps"), ctx, 2);
    }

    static String unsqueeze(String x, String name, LoweringContext ctx, long... axes) {
        return ctx.op("Unsqueeze", name, List.of(x, ctx.longs(name + "/axes", axes)));
    }

    private static String hint(Layer layer, String what) {
        return LoweringContext.hint(layer, what);
    }
}
