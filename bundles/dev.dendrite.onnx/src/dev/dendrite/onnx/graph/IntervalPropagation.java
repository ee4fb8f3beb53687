package dev.dendrite.onnx.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;

/**
 * Interval bound propagation (IBP; Gowal et al., 2018) as ONNX nodes: for every tensor an input box
 * reaches, a centre and a radius such that each of its values at any input in the box lies within
 * centre ± radius. Linear operators take the centre through themselves and the radius through their
 * weights' magnitudes; monotone activations and max pools take the interval's ends through
 * themselves. The nodes are plain ONNX, so they run in an analysis's bounds model and, differentiated,
 * in a train step (certified training) alike.
 */
public final class IntervalPropagation {

    /** A tensor's interval as two tensors of its shape: centre and radius (≥ 0). */
    public record Interval(String centre, String radius) {
    }

    private static final Set<String> RESHAPING = Set.of("Identity", "Flatten", "Reshape", "Squeeze", "Unsqueeze", "Transpose", "Dropout");
    private static final Set<String> MONOTONE = Set.of("Relu", "Sigmoid", "Tanh", "Softplus", "Clip", "MaxPool", "GlobalMaxPool", "ReduceMax");
    private static final Set<String> POSITIVE_LINEAR = Set.of("AveragePool", "GlobalAveragePool", "ReduceMean", "ReduceSum");

    private final GraphBuilder g;
    private final String prefix;
    private final String who;
    private final boolean inPlace;
    private final Map<String, Interval> intervals = new HashMap<>();

    /**
     * @param prefix put before every tensor name the pass makes
     * @param who what propagates, for refusals ("certification", "--certified training")
     * @param inPlace whether the nodes passed stay in {@code g} (a train step): nodes the box does not reach, and shapes, are
     *        then read where they are; otherwise (a model of the bounds alone) they are copied in
     */
    public IntervalPropagation(GraphBuilder g, String prefix, String who, boolean inPlace) {
        this.g = g;
        this.prefix = prefix;
        this.who = who;
        this.inPlace = inPlace;
    }

    /** The box [x − ε, x + ε] around {@code input}, within [low, high] where they are not NaN; {@code epsilon} a scalar tensor. */
    public Interval startBox(String input, String epsilon, double low, double high) {
        String lower = g.node("Sub", List.of(input, epsilon), prefix + "input_low");
        String upper = g.node("Add", List.of(input, epsilon), prefix + "input_high");
        if (!Double.isNaN(low)) {
            lower = g.node("Max", List.of(lower, g.scalar(prefix + "valid_low", (float) low)), prefix + "input_low_clipped");
            upper = g.node("Min", List.of(upper, g.scalar(prefix + "valid_high", (float) high)), prefix + "input_high_clipped");
        }
        Interval box = fromEnds(lower, upper, prefix + "input");
        intervals.put(input, box);
        return box;
    }

    /** The interval of {@code tensor}, or null where the box does not reach it. */
    public Interval interval(String tensor) {
        return intervals.get(tensor);
    }

    /**
     * Passes one node (in graph order): its outputs' intervals where the box reaches its inputs.
     *
     * @throws IllegalArgumentException naming an operator the intervals do not pass through
     */
    public void pass(NodeProto node) {
        List<String> in = node.getInputList();
        if (in.stream().noneMatch(intervals::containsKey)) {
            if (!inPlace) {
                // Computed from constants alone (a shape, a folded weight): the node as it is.
                node.getOutputList().stream().filter(out -> !out.isEmpty()).forEach(g::reserve);
                g.graph().addNode(node);
            }
            return;
        }
        String op = node.getOpType();
        String out = node.getOutput(0);
        String hint = prefix + out;
        Interval x = intervals.get(in.get(0));
        if (op.equals("Shape") || op.equals("Size")) {
            if (!inPlace) {
                g.nodeWithOutputs(op, List.of(x.centre()), List.of(g.reserve(out)), node.getAttributeList().toArray(AttributeProto[]::new));
            }
            return;
        }
        if (x != null && (RESHAPING.contains(op) || POSITIVE_LINEAR.contains(op))) {
            intervals.put(out, new Interval(same(node, x.centre(), hint + "/centre"), same(node, x.radius(), hint + "/radius")));
        } else if (x != null && MONOTONE.contains(op) && only(in, 0) || op.equals("LeakyRelu") || op.equals("Elu")) {
            if ((op.equals("LeakyRelu") || op.equals("Elu")) && NodeAttributes.f(node, "alpha", op.equals("Elu") ? 1f : 0.01f) < 0) {
                throw new IllegalArgumentException(who + " bounds " + op + " with a positive alpha only");
            }
            String lower = same(node, g.node("Sub", List.of(x.centre(), x.radius()), hint + "/low_in"), hint + "/low");
            String upper = same(node, g.node("Add", List.of(x.centre(), x.radius()), hint + "/high_in"), hint + "/high");
            intervals.put(out, fromEnds(lower, upper, hint));
        } else if (op.equals("Add") || op.equals("Sub")) {
            intervals.put(out, sum(node, op, hint));
        } else if ((op.equals("Mul") || op.equals("Div")) && (only(in, 0) || op.equals("Mul") && only(in, 1))) {
            // One side an interval, the other a constant k: the centre times (or over) k, the radius times (or over) |k|.
            int at = only(in, 0) ? 0 : 1;
            Interval v = intervals.get(in.get(at));
            String k = in.get(1 - at);
            String centre = g.node(op, at == 0 ? List.of(v.centre(), k) : List.of(k, v.centre()), hint + "/centre");
            String radius = g.node(op, at == 0 ? List.of(v.radius(), abs(k)) : List.of(abs(k), v.radius()), hint + "/radius");
            intervals.put(out, new Interval(centre, radius));
        } else if (op.equals("Neg") && x != null) {
            intervals.put(out, new Interval(g.node("Neg", List.of(x.centre()), hint + "/centre"), x.radius()));
        } else if ((op.equals("Gemm") || op.equals("Conv")) && x != null && only(in, 0)) {
            AttributeProto[] attributes = node.getAttributeList().stream().map(a -> a.getName().equals("alpha") ? a.toBuilder().setF(Math.abs(a
                    .getF())).build() : a).toArray(AttributeProto[]::new);
            String centre = g.node(node, in.stream().map(i -> i.equals(in.get(0)) ? x.centre() : i).toList(), hint + "/centre").get(0);
            String radius = g.node(op, List.of(x.radius(), abs(in.get(1))), hint + "/radius", attributes);
            intervals.put(out, new Interval(centre, radius));
        } else if (op.equals("MatMul") && only(in, x != null ? 0 : 1)) {
            int at = x != null ? 0 : 1;
            Interval v = intervals.get(in.get(at));
            String w = in.get(1 - at);
            String centre = g.node("MatMul", at == 0 ? List.of(v.centre(), w) : List.of(w, v.centre()), hint + "/centre");
            String radius = g.node("MatMul", at == 0 ? List.of(v.radius(), abs(w)) : List.of(abs(w), v.radius()), hint + "/radius");
            intervals.put(out, new Interval(centre, radius));
        } else if (op.equals("BatchNormalization") && x != null && only(in, 0) && node.getOutputCount() == 1
                && NodeAttributes.i(node, "training_mode", 0) == 0) {
            String centre = g.node(node, in.stream().map(i -> i.equals(in.get(0)) ? x.centre() : i).toList(), hint + "/centre").get(0);
            // The radius scaled per channel by |γ| / √(σ² + ε): the same normalisation with |γ|, no shift and no mean.
            String radius = g.node("BatchNormalization", List.of(x.radius(), abs(in.get(1)), zeros(in.get(2)), zeros(in.get(3)), in.get(4)),
                    hint + "/radius", node.getAttributeList().toArray(AttributeProto[]::new));
            intervals.put(out, new Interval(centre, radius));
        } else if (op.equals("Concat")) {
            List<String> centres = in.stream().map(i -> intervals.containsKey(i) ? intervals.get(i).centre() : i).toList();
            List<String> radii = in.stream().map(i -> intervals.containsKey(i) ? intervals.get(i).radius() : zeros(i)).toList();
            intervals.put(out, new Interval(g.node(node, centres, hint + "/centre").get(0), g.node(node, radii, hint + "/radius").get(0)));
        } else {
            throw new IllegalArgumentException(who + " does not bound the operator " + op + " (" + node.getName() + ") yet");
        }
    }

    /** The interval [lower, upper] as centre and radius. */
    public Interval fromEnds(String lower, String upper, String hint) {
        String half = g.scalar(hint + "/half", 0.5f);
        String centre = g.node("Mul", List.of(g.node("Add", List.of(lower, upper), hint + "/sum"), half), hint + "/centre");
        String radius = g.node("Mul", List.of(g.node("Sub", List.of(upper, lower), hint + "/span"), half), hint + "/radius");
        return new Interval(centre, radius);
    }

    /** Whether only input {@code at} of the node is an interval (the others constants). */
    private boolean only(List<String> in, int at) {
        for (int i = 0; i < in.size(); i++) {
            if (i != at && intervals.containsKey(in.get(i))) {
                return false;
            }
        }
        return intervals.containsKey(in.get(at));
    }

    /** The node again (its first output only) on {@code value} in place of its first input, the others as they are. */
    private String same(NodeProto node, String value, String hint) {
        List<String> reads = new ArrayList<>(node.getInputList());
        reads.set(0, value);
        NodeProto single = node.toBuilder().clearOutput().addOutput(node.getOutput(0)).build();
        return g.node(single, reads, hint).get(0);
    }

    private Interval sum(NodeProto node, String op, String hint) {
        List<String> in = node.getInputList();
        Interval a = intervals.get(in.get(0));
        Interval b = intervals.get(in.get(1));
        String centre = g.node(op, List.of(a != null ? a.centre() : in.get(0), b != null ? b.centre() : in.get(1)), hint + "/centre");
        String radius = a != null && b != null ? g.node("Add", List.of(a.radius(), b.radius()), hint + "/radius")
                : a != null ? a.radius() : b.radius();
        return new Interval(centre, radius);
    }

    private String abs(String constant) {
        return g.node("Abs", List.of(constant), prefix + constant + "/magnitude");
    }

    private String zeros(String like) {
        return g.node("Mul", List.of(like, g.scalar(prefix + like + "/zero", 0f)), prefix + like + "/zeros");
    }
}
