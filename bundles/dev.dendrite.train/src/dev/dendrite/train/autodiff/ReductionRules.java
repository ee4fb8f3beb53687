package dev.dendrite.train.autodiff;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.NodeProto;

/** Rules of reductions and global pooling: spread the gradient back over what was reduced. */
final class ReductionRules {

    private ReductionRules() {
    }

    static void register(Map<String, VjpRule> rules) {
        rules.put("ReduceSum", (n, g, c) -> Arrays.asList(spread(n, g.get(0), c), null));
        rules.put("ReduceMean", (n, g, c) -> Arrays.asList(c.op("Div", "mean_back", List.of(spread(n, g.get(0), c),
                count(n.getInput(0), n.getOutput(0), c))), null));
        // ‖x‖₂ over the axes: d/dx = x / ‖x‖ (the norm given its dims back, then broadcast).
        rules.put("ReduceL2", (n, g, c) -> {
            String norm = n.getOutput(0);
            boolean hasAxes = n.getInputCount() > 1 && !n.getInput(1).isEmpty();
            if (Attrs.i(n, "keepdims", 1) == 0 && hasAxes) {
                norm = c.op("Unsqueeze", "keepdims", List.of(norm, n.getInput(1)));
            }
            return Arrays.asList(c.mul(spread(n, g.get(0), c), c.op("Div", "l2_back", List.of(n.getInput(0), norm))), null);
        });
        rules.put("GlobalAveragePool", (n, g, c) -> List.of(c.op("Div", "gap_back", List.of(
                c.op("Expand", "gap_spread", List.of(g.get(0), c.shape(n.getInput(0)))), count(n.getInput(0), n.getOutput(0), c)))));
        rules.put("GlobalMaxPool", (n, g, c) -> {
            String winners = c.op("Equal", "argmax", List.of(n.getInput(0), n.getOutput(0)));
            String spread = c.op("Expand", "gmp_spread", List.of(g.get(0), c.shape(n.getInput(0))));
            return List.of(c.op("Where", "gmp_back", List.of(winners, spread, c.zerosLike(spread))));
        });
    }

    /** The gradient of a reduced tensor, given its dims back (keepdims) and expanded to the input's shape. */
    private static String spread(NodeProto n, String g, GradientContext c) {
        String kept = g;
        boolean hasAxes = n.getInputCount() > 1 && !n.getInput(1).isEmpty();
        if (Attrs.i(n, "keepdims", 1) == 0 && hasAxes) {
            kept = c.op("Unsqueeze", "keepdims", List.of(g, n.getInput(1)));
        }
        return c.op("Expand", "reduce_back", List.of(kept, c.shape(n.getInput(0))));
    }

    /** How many input values each output value summarises, in the gradient's element type. */
    private static String count(String input, String output, GradientContext c) {
        String ratio = c.op("Div", "count", List.of(c.op("Size", "size_in", input), c.op("Size", "size_out", output)));
        return c.op("CastLike", "count_like", List.of(ratio, output));
    }

}
