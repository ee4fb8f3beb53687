package dev.dendrite.train.graph;

import java.util.List;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.onnx.graph.IntervalPropagation;
import dev.dendrite.onnx.graph.IntervalPropagation.Interval;
import dev.dendrite.onnx.graph.NodeAttributes;

/**
 * CROWN-IBP's linear bounds of the margins (Zhang et al., 2020) as differentiable ONNX nodes: the
 * margins' rows are carried backward through the dense layers (Gemm) and ReLUs before the elided
 * last layer, each ReLU between two lines over its input's interval bounds (the upper chord
 * u/(u − l)·(a − l) where the unit is unstable, the lower line 0 or the identity, whichever is
 * closer), to the first tensor of that run of layers, whose interval bounds the rest. Tighter than
 * intervals through the same layers, since the rows see how the layers combine; what certified
 * training with {@code --certified-bounds crown-ibp} learns from.
 */
final class LinearMargins {

    private LinearMargins() {
    }

    /**
     * The margins' upper bounds [N, classes] by linear bounds back from {@code hidden} (the elided layer's input) through the
     * dense layers and ReLUs that make it, over the intervals {@code intervals} passed.
     */
    static String upper(GraphBuilder g, List<NodeProto> nodes, WorstMargins.Specification margins, String hidden,
            IntervalPropagation intervals, String prefix) {
        String rows = margins.rows();
        String offset = margins.offset();
        String at = hidden;
        int layer = 0;
        while (true) {
            NodeProto node = WorstMargins.producer(nodes, at);
            String hint = prefix + (layer++);
            if (node != null && node.getOpType().equals("Relu") && intervals.interval(node.getInput(0)) != null) {
                Interval a = intervals.interval(node.getInput(0));
                String[] lines = relaxation(g, a, hint);
                // Positive coefficients take the upper line, negative ones the lower: the upper bound of rows · relu(a).
                String positive = g.node("Relu", List.of(rows), hint + "/positive_rows");
                String negative = g.node("Sub", List.of(rows, positive), hint + "/negative_rows");
                offset = add(g, offset, g.node("ReduceSum", List.of(g.node("Mul", List.of(positive, lines[1]), hint + "/intercept_terms"),
                        g.longs(hint + "/unit_axis", 2)), hint + "/intercepts", Attr.i("keepdims", 0)), hint + "/offset");
                rows = g.node("Add", List.of(g.node("Mul", List.of(positive, lines[0]), hint + "/upper_part"), g.node("Mul", List.of(negative,
                        lines[2]), hint + "/lower_part")), hint + "/rows");
                at = node.getInput(0);
            } else if (node != null && dense(node, intervals)) {
                if (node.getInputCount() > 2 && !node.getInput(2).isEmpty()) {
                    offset = add(g, offset, g.node("ReduceSum", List.of(g.node("Mul", List.of(rows, node.getInput(2)), hint + "/bias_terms"),
                            g.longs(hint + "/bias_axis", 2)), hint + "/biases", Attr.i("keepdims", 0)), hint + "/offset");
                }
                // rows · Wᵀ: Dendrite's Gemm holds W as [in, out], so the product takes it transposed; transB's [out, in] as it is.
                String w = node.getInput(1);
                String back = NodeAttributes.i(node, "transB", 0) == 1 ? w
                        : g.node("Transpose", List.of(w), hint + "/weights_back", Attr.ints("perm", 1, 0));
                rows = g.node("MatMul", List.of(rows, back), hint + "/rows");
                at = node.getInput(0);
            } else {
                break;
            }
        }
        Interval start = intervals.interval(at);
        return new WorstMargins.Specification(rows, offset).over(g, start, prefix + "bound");
    }

    /** Whether {@code node} is a dense layer of the interval's input by constant weights (A untransposed, alpha and beta 1). */
    private static boolean dense(NodeProto node, IntervalPropagation intervals) {
        return node.getOpType().equals("Gemm") && intervals.interval(node.getInput(0)) != null && NodeAttributes.i(node, "transA", 0) == 0
                && NodeAttributes.f(node, "alpha", 1f) == 1f && NodeAttributes.f(node, "beta", 1f) == 1f
                && node.getInputList().subList(1, node.getInputCount()).stream().allMatch(i -> i.isEmpty() || intervals.interval(i) == null);
    }

    /**
     * ReLU's lines over [l, u], each [N, 1, units] for the rows to multiply: the upper line's slope and intercept, and the lower
     * line's slope (no intercept). Stable units are exact (slope 1 and 0 where l ≥ 0, 0 where u ≤ 0); an unstable one takes the
     * chord u/(u − l)·(a − l) above and the identity below where u > −l, else 0 (CROWN's adaptive choice).
     */
    private static String[] relaxation(GraphBuilder g, Interval a, String hint) {
        String lower = g.node("Sub", List.of(a.centre(), a.radius()), hint + "/l");
        String upper = g.node("Add", List.of(a.centre(), a.radius()), hint + "/u");
        String zero = g.scalar(hint + "/zero", 0f);
        String active = cast(g, g.node("GreaterOrEqual", List.of(lower, zero), hint + "/active_b"), hint + "/active");
        String unstableB = g.node("And", List.of(g.node("Less", List.of(lower, zero), hint + "/below"), g.node("Greater", List.of(upper, zero),
                hint + "/above")), hint + "/unstable_b");
        String unstable = cast(g, unstableB, hint + "/unstable");
        // u − l is positive where the unit is unstable; elsewhere 1 is added, so no division ever meets 0 (nor does its gradient).
        String width = g.node("Add", List.of(g.node("Sub", List.of(upper, lower), hint + "/width_raw"), g.node("Sub", List.of(g.scalar(hint
                + "/one", 1f), unstable), hint + "/stable")), hint + "/width");
        String chord = g.node("Div", List.of(upper, width), hint + "/chord_slope");
        String upperSlope = g.node("Add", List.of(g.node("Mul", List.of(chord, unstable), hint + "/unstable_slope"), active), hint
                + "/upper_slope");
        String intercept = g.node("Neg", List.of(g.node("Mul", List.of(g.node("Mul", List.of(chord, lower), hint + "/chord_at_l"), unstable),
                hint + "/unstable_intercept")), hint + "/upper_intercept");
        String identity = cast(g, g.node("Greater", List.of(upper, g.node("Neg", List.of(lower), hint + "/minus_l")), hint + "/wider_up"),
                hint + "/identity_below");
        String lowerSlope = g.node("Add", List.of(g.node("Mul", List.of(identity, unstable), hint + "/unstable_lower"), active), hint
                + "/lower_slope");
        return new String[] {row(g, upperSlope, hint + "/upper_slope_row"), row(g, intercept, hint + "/intercept_row"), row(g, lowerSlope,
                hint + "/lower_slope_row")};
    }

    private static String cast(GraphBuilder g, String bool, String hint) {
        return g.node("Cast", List.of(bool), hint, Attr.i("to", TensorProto.DataType.FLOAT_VALUE));
    }

    /** [N, units] as [N, 1, units], to multiply rows [N, classes, units]. */
    private static String row(GraphBuilder g, String x, String hint) {
        return g.node("Unsqueeze", List.of(x, g.longs(hint + "/axis", 1)), hint);
    }

    private static String add(GraphBuilder g, String offset, String term, String hint) {
        return offset == null ? term : g.node("Add", List.of(offset, term), hint);
    }
}
