package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.onnx.graph.IntervalPropagation;
import dev.dendrite.onnx.graph.IntervalPropagation.Interval;
import dev.dendrite.onnx.graph.NodeAttributes;

/**
 * The upper bounds of a classifier's margins z_j − z_y over the L∞ ball around its input, by
 * interval bounds, as ONNX nodes in the graph that holds the classifier: what certified training
 * learns from and what its validation certifies. A last dense layer is elided into the margins (its
 * rows less the label's, per sample, over its input's interval: far tighter than the logits'
 * intervals apart). The bounds are [N, classes] and exactly 0 at each sample's label; a sample whose
 * other bounds are all below 0 is certified robust.
 */
final class WorstMargins {

    private WorstMargins() {
    }

    /**
     * The margins' upper bounds of the nodes {@code nodes} (in graph order, already in {@code g}) over the box of scalar radius
     * {@code epsilon} around {@code input} within {@code range} (null: unclipped); null where the logits do not depend on the
     * input.
     *
     * @throws IllegalArgumentException naming an operator the intervals do not pass
     */
    static String of(GraphBuilder g, List<NodeProto> nodes, String input, String epsilon, double[] range, String logits, String labels,
            String prefix) {
        return of(g, nodes, input, epsilon, range, logits, labels, prefix, null);
    }

    /**
     * As above; with {@code linearShare} (a scalar β, or null) the elided margins' bounds are β·CROWN-IBP + (1 − β)·intervals
     * (Zhang et al., 2020), CROWN-IBP's linear bounds carried back through the dense layers and ReLUs before the last layer
     * ({@link LinearMargins}) to the interval where they begin.
     */
    static String of(GraphBuilder g, List<NodeProto> nodes, String input, String epsilon, double[] range, String logits, String labels,
            String prefix, String linearShare) {
        IntervalPropagation intervals = new IntervalPropagation(g, prefix, "--certified training", true);
        intervals.startBox(input, epsilon, range == null ? Double.NaN : range[0], range == null ? Double.NaN : range[1]);
        NodeProto last = producer(nodes, logits);
        NodeProto elided = elidable(last, nodes) ? last : null;
        for (NodeProto node : ancestors(nodes, elided != null ? elided.getInput(0) : logits)) {
            intervals.pass(node);
        }
        if (elided == null) {
            return logitMargins(g, intervals.interval(logits), labels, prefix);
        }
        Interval hidden = intervals.interval(elided.getInput(0));
        if (hidden == null) {
            return null;
        }
        Specification margins = specification(g, elided, labels, prefix);
        String bounded = margins.over(g, hidden, prefix + "worst_margins");
        if (linearShare == null) {
            return bounded;
        }
        String linear = LinearMargins.upper(g, nodes, margins, elided.getInput(0), intervals, prefix + "crown/");
        return g.node("Add", List.of(bounded, g.node("Mul", List.of(linearShare, g.node("Sub", List.of(linear, bounded), prefix
                + "crown_less_interval")), prefix + "crown_share")), prefix + "mixed_margins");
    }

    /** The share of samples whose margins' bounds are all below 0 but at the label: [] float. */
    static String certifiedShare(GraphBuilder g, String margins, String labels, String prefix) {
        String label = labelMask(g, margins, labels, prefix);
        String others = g.node("Sub", List.of(margins, g.node("Mul", List.of(label, g.scalar(prefix + "far", 1e30f)), prefix + "label_out")),
                prefix + "other_margins");
        String worst = g.node("ReduceMax", List.of(others, g.longs(prefix + "margin_axis", 1)), prefix + "worst_margin", Attr.i("keepdims", 0));
        String certified = g.node("Cast", List.of(g.node("Less", List.of(worst, g.scalar(prefix + "zero", 0f)), prefix + "proved")),
                prefix + "proved_f", Attr.i("to", TensorProto.DataType.FLOAT_VALUE));
        return g.node("ReduceMean", List.of(certified), prefix + "certified_share", Attr.i("keepdims", 0));
    }

    static NodeProto producer(List<NodeProto> nodes, String tensor) {
        return nodes.stream().filter(n -> n.getOutputList().contains(tensor)).findFirst().orElse(null);
    }

    /** The nodes {@code tensor} depends on, in order. */
    private static List<NodeProto> ancestors(List<NodeProto> nodes, String tensor) {
        Set<String> needed = new HashSet<>(Set.of(tensor));
        List<NodeProto> kept = new ArrayList<>();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            NodeProto node = nodes.get(i);
            if (node.getOutputList().stream().anyMatch(needed::contains)) {
                kept.add(0, node);
                needed.addAll(node.getInputList());
            }
        }
        return kept;
    }

    /** Whether the logits are a plain Gemm (alpha and beta 1, A not transposed) whose weights and bias the input does not reach. */
    private static boolean elidable(NodeProto last, List<NodeProto> nodes) {
        if (last == null || !last.getOpType().equals("Gemm") || NodeAttributes.f(last, "alpha", 1f) != 1f
                || NodeAttributes.f(last, "beta", 1f) != 1f || NodeAttributes.i(last, "transA", 0) != 0) {
            return false;
        }
        Set<String> fromInput = new HashSet<>();
        for (NodeProto node : ancestors(nodes, last.getInput(0))) {
            fromInput.addAll(node.getOutputList());
        }
        return last.getInputList().subList(1, last.getInputCount()).stream().noneMatch(fromInput::contains);
    }

    /**
     * The margins z_j − z_y as a linear function of the last layer's input h: per sample and class the row W_j − W_y
     * ({@code rows}, [N, classes, features]) and b_j − b_y ({@code offset}, [N, classes], or null without a bias).
     */
    record Specification(String rows, String offset) {

        /** The margins' upper bounds over the interval of h: rows times its centre, their magnitudes times its radius, plus the offset. */
        String over(GraphBuilder g, Interval h, String hint) {
            String centre = g.node("ReduceSum", List.of(g.node("Mul", List.of(rows, g.node("Unsqueeze", List.of(h.centre(), g.longs(hint
                    + "/sample_axis1", 1)), hint + "/centre_row")), hint + "/centre_terms"), g.longs(hint + "/feature_axis", 2)), hint
                    + "/centre", Attr.i("keepdims", 0));
            String radius = g.node("ReduceSum", List.of(g.node("Mul", List.of(g.node("Abs", List.of(rows), hint + "/rows_magnitude"), g.node(
                    "Unsqueeze", List.of(h.radius(), g.longs(hint + "/radius_axis1", 1)), hint + "/radius_row")), hint + "/radius_terms"),
                    g.longs(hint + "/radius_feature_axis", 2)), hint + "/radius", Attr.i("keepdims", 0));
            String upper = g.node("Add", List.of(centre, radius), hint + "/unbiased");
            return offset == null ? upper : g.node("Add", List.of(upper, offset), hint);
        }
    }

    /** The elided last layer z = h·W + b as the margins' {@link Specification}. */
    private static Specification specification(GraphBuilder g, NodeProto gemm, String labels, String prefix) {
        String w = gemm.getInput(1);
        String rows = NodeAttributes.i(gemm, "transB", 0) == 1 ? w
                : g.node("Transpose", List.of(w), prefix + "class_rows", Attr.ints("perm", 1, 0));
        String own = g.node("Gather", List.of(rows, labels), prefix + "label_rows", Attr.i("axis", 0));
        String differences = g.node("Sub", List.of(g.node("Unsqueeze", List.of(rows, g.longs(prefix + "axis0", 0)), prefix + "every_row"),
                g.node("Unsqueeze", List.of(own, g.longs(prefix + "axis1", 1)), prefix + "label_row")), prefix + "margin_rows");
        if (gemm.getInputCount() < 3 || gemm.getInput(2).isEmpty()) {
            return new Specification(differences, null);
        }
        String b = gemm.getInput(2);
        String ownBias = g.node("Gather", List.of(b, labels), prefix + "label_bias", Attr.i("axis", 0));
        return new Specification(differences, g.node("Sub", List.of(b, g.node("Unsqueeze", List.of(ownBias, g.longs(prefix + "bias_axis1", 1)),
                prefix + "label_bias_column")), prefix + "margin_bias"));
    }

    /** Without elision: each logit's upper bound less the label's lower one, 0 at the label. */
    private static String logitMargins(GraphBuilder g, Interval logits, String labels, String prefix) {
        if (logits == null) {
            return null;
        }
        String upper = g.node("Add", List.of(logits.centre(), logits.radius()), prefix + "upper_logits");
        String lower = g.node("Sub", List.of(logits.centre(), logits.radius()), prefix + "lower_logits");
        String column = g.node("Unsqueeze", List.of(labels, g.longs(prefix + "label_axis", 1)), prefix + "label_column_at");
        String labelLower = g.node("GatherElements", List.of(lower, column), prefix + "label_lower", Attr.i("axis", 1));
        String margins = g.node("Sub", List.of(upper, labelLower), prefix + "logit_margins");
        // At the label u_y − l_y = 2·r_y: taken out, so the label's margin is 0 as the elided form's.
        String twice = g.node("Mul", List.of(logits.radius(), g.scalar(prefix + "two", 2f)), prefix + "logit_width");
        return g.node("Sub", List.of(margins, g.node("Mul", List.of(labelMask(g, upper, labels, prefix), twice), prefix + "label_drop")),
                prefix + "worst_margins");
    }

    /** 1 at each sample's label, 0 elsewhere, shaped as {@code like} ([N, classes]). */
    private static String labelMask(GraphBuilder g, String like, String labels, String prefix) {
        String column = g.node("Unsqueeze", List.of(labels, g.longs(prefix + "mask_axis", 1)), prefix + "mask_column");
        String classes = g.node("Range", List.of(g.longScalar(prefix + "class_start", 0), g.node("Gather", List.of(g.node("Shape", List.of(like),
                prefix + "logit_shape"), g.longScalar(prefix + "class_dim", 1)), prefix + "class_count"), g.longScalar(prefix + "class_step", 1)),
                prefix + "class_ids");
        return g.node("Cast", List.of(g.node("Equal", List.of(classes, column), prefix + "is_label")), prefix + "label_mask",
                Attr.i("to", TensorProto.DataType.FLOAT_VALUE));
    }
}
