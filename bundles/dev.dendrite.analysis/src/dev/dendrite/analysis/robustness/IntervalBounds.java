package dev.dendrite.analysis.robustness;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.analysis.evaluation.Saliency;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.onnx.graph.NodeAttributes;

/**
 * Interval bound propagation (IBP; Gowal et al., 2018): a graph that carries, for every tensor the
 * input reaches, a centre and a radius such that each value of the model at any input within the
 * L∞ ball of radius ε (and the valid range) lies within centre ± radius. Linear layers take the
 * centre through themselves and the radius through their weights' magnitudes; monotone activations
 * and max pools take the interval's ends through themselves. The bounds are sound, loose for deep
 * networks: a sample whose class's lower bound exceeds every other class's upper bound is certified
 * robust (no attack can fool it), which sets a floor under the accuracy an attack leaves.
 */
final class IntervalBounds {

    /** The scalar input ε. */
    static final String EPSILON = "bounds/epsilon";
    /** The logits' lower and upper bounds, [batch, classes]. */
    static final String LOWER = "bounds/lower";
    static final String UPPER = "bounds/upper";
    /** Where the logits are a dense layer of constant weights: the interval of its input, centre and radius, [batch, features]. */
    static final String HIDDEN_CENTRE = "bounds/hidden_centre";
    static final String HIDDEN_RADIUS = "bounds/hidden_radius";

    /**
     * The bounds model, and where the logits are a dense layer (a Gemm of constant weights) that layer as z = W·h + b, so that a
     * margin z_y − z_j can be bounded through W_y − W_j at once rather than as two separate bounds (the last layer's elision, Gowal
     * et al.: far tighter); else null weights.
     *
     * @param weights [classes][features], or null
     * @param bias [classes], or null
     */
    record Built(ModelProto model, float[][] weights, float[] bias) {
    }

    private static final Set<String> RESHAPING = Set.of("Identity", "Flatten", "Reshape", "Squeeze", "Unsqueeze", "Transpose", "Dropout");
    private static final Set<String> MONOTONE = Set.of("Relu", "Sigmoid", "Tanh", "Softplus", "Clip", "MaxPool", "GlobalMaxPool", "ReduceMax");
    private static final Set<String> POSITIVE_LINEAR = Set.of("AveragePool", "GlobalAveragePool", "ReduceMean", "ReduceSum");

    private record Interval(String centre, String radius) {
    }

    private final GraphBuilder g;
    private final Map<String, Interval> intervals = new HashMap<>();

    private IntervalBounds(GraphBuilder g) {
        this.g = g;
    }

    /**
     * The bounds model of {@code model}: its input and {@link #EPSILON} in, {@link #LOWER} and {@link #UPPER} of its logits (its
     * first output, or what a final softmax reads) out; inputs clipped to [low, high] where not NaN.
     *
     * @throws IllegalArgumentException naming an operator the bounds do not pass through
     */
    static Built of(ModelProto model, double low, double high) {
        GraphProto source = model.getGraph();
        String input = Saliency.dataInputs(source).get(0).getName();
        String logits = source.getOutput(0).getName();
        NodeProto last = source.getNodeList().stream().filter(n -> n.getOutputList().contains(logits)).findFirst().orElse(null);
        boolean softmax = last != null && (last.getOpType().equals("Softmax") || last.getOpType().equals("LogSoftmax"));
        String target = softmax ? last.getInput(0) : logits;
        GraphProto.Builder empty = source.toBuilder().clearNode().clearOutput().clearValueInfo();
        GraphBuilder g = GraphBuilder.extending(empty.build(), "bounds");
        g.reserve(EPSILON);
        g.input(EPSILON, GraphBuilder.ElementType.FLOAT, List.of());
        IntervalBounds bounds = new IntervalBounds(g);
        bounds.start(input, low, high);
        for (NodeProto node : source.getNodeList()) {
            if (node == last && softmax) {
                continue;
            }
            bounds.pass(node);
        }
        Interval out = bounds.intervals.get(target);
        if (out == null) {
            throw new IllegalArgumentException("the model's output does not depend on its input");
        }
        g.nodeWithOutputs("Sub", List.of(out.centre(), out.radius()), List.of(g.reserve(LOWER)));
        g.nodeWithOutputs("Add", List.of(out.centre(), out.radius()), List.of(g.reserve(UPPER)));
        g.output(LOWER, GraphBuilder.ElementType.FLOAT);
        g.output(UPPER, GraphBuilder.ElementType.FLOAT);
        NodeProto dense = source.getNodeList().stream().filter(n -> n.getOutputList().contains(target)).findFirst().orElse(null);
        float[][] weights = dense == null ? null : DenseLayer.weights(dense, source);
        if (weights != null && bounds.intervals.containsKey(dense.getInput(0))) {
            Interval hidden = bounds.intervals.get(dense.getInput(0));
            g.nodeWithOutputs("Identity", List.of(hidden.centre()), List.of(g.reserve(HIDDEN_CENTRE)));
            g.nodeWithOutputs("Identity", List.of(hidden.radius()), List.of(g.reserve(HIDDEN_RADIUS)));
            g.output(HIDDEN_CENTRE, GraphBuilder.ElementType.FLOAT);
            g.output(HIDDEN_RADIUS, GraphBuilder.ElementType.FLOAT);
            return new Built(model.toBuilder().setGraph(g.graph()).build(), weights, DenseLayer.bias(dense, source, weights.length));
        }
        return new Built(model.toBuilder().setGraph(g.graph()).build(), null, null);
    }

    /** The input's interval: [x − ε, x + ε] within [low, high]. */
    private void start(String input, double low, double high) {
        String lower = g.node("Sub", List.of(input, EPSILON), "bounds/input_low");
        String upper = g.node("Add", List.of(input, EPSILON), "bounds/input_high");
        if (!Double.isNaN(low)) {
            lower = g.node("Max", List.of(lower, g.scalar("bounds/valid_low", (float) low)), "bounds/input_low_clipped");
            upper = g.node("Min", List.of(upper, g.scalar("bounds/valid_high", (float) high)), "bounds/input_high_clipped");
        }
        intervals.put(input, fromEnds(lower, upper, "bounds/input"));
    }

    private void pass(NodeProto node) {
        List<String> in = node.getInputList();
        boolean reached = in.stream().anyMatch(intervals::containsKey);
        if (!reached) {
            // Computed from constants alone (a shape, a folded weight): the node as it is.
            for (String out : node.getOutputList()) {
                if (!out.isEmpty()) {
                    g.reserve(out);
                }
            }
            g.graph().addNode(node);
            return;
        }
        String op = node.getOpType();
        String out = node.getOutput(0);
        Interval x = intervals.get(in.get(0));
        if (op.equals("Shape") || op.equals("Size")) {
            g.nodeWithOutputs(op, List.of(x.centre()), List.of(g.reserve(out)), node.getAttributeList().toArray(AttributeProto[]::new));
            return;
        }
        if (x != null && RESHAPING.contains(op)) {
            intervals.put(out, new Interval(same(node, x.centre(), in), same(node, x.radius(), in)));
        } else if (x != null && POSITIVE_LINEAR.contains(op)) {
            intervals.put(out, new Interval(same(node, x.centre(), in), same(node, x.radius(), in)));
        } else if (x != null && MONOTONE.contains(op) && only(in, 0)) {
            String lower = same(node, g.node("Sub", List.of(x.centre(), x.radius()), out + "/low_in"), in);
            String upper = same(node, g.node("Add", List.of(x.centre(), x.radius()), out + "/high_in"), in);
            intervals.put(out, fromEnds(lower, upper, out));
        } else if (op.equals("LeakyRelu") || op.equals("Elu")) {
            if (NodeAttributes.f(node, "alpha", op.equals("Elu") ? 1f : 0.01f) < 0) {
                throw new IllegalArgumentException("certification bounds " + op + " with a positive alpha only");
            }
            String lower = same(node, g.node("Sub", List.of(x.centre(), x.radius()), out + "/low_in"), in);
            String upper = same(node, g.node("Add", List.of(x.centre(), x.radius()), out + "/high_in"), in);
            intervals.put(out, fromEnds(lower, upper, out));
        } else if (op.equals("Add") || op.equals("Sub")) {
            intervals.put(out, sum(node, op));
        } else if ((op.equals("Mul") || op.equals("Div")) && (only(in, 0) || op.equals("Mul") && only(in, 1))) {
            // One side an interval, the other a constant k: the centre times (or over) k, the radius times (or over) |k|.
            int at = only(in, 0) ? 0 : 1;
            Interval v = intervals.get(in.get(at));
            String k = in.get(1 - at);
            String centre = g.node(op, at == 0 ? List.of(v.centre(), k) : List.of(k, v.centre()), out + "/centre");
            String radius = g.node(op, at == 0 ? List.of(v.radius(), abs(k)) : List.of(abs(k), v.radius()), out + "/radius");
            intervals.put(out, new Interval(centre, radius));
        } else if (op.equals("Neg") && x != null) {
            intervals.put(out, new Interval(g.node("Neg", List.of(x.centre()), out + "/centre"), x.radius()));
        } else if ((op.equals("Gemm") || op.equals("Conv")) && x != null && only(in, 0)) {
            AttributeProto[] attributes = node.getAttributeList().stream().map(a -> a.getName().equals("alpha") ? a.toBuilder().setF(Math.abs(a
                    .getF())).build() : a).toArray(AttributeProto[]::new);
            String centre = g.node(node, in.stream().map(i -> i.equals(in.get(0)) ? x.centre() : i).toList(), out + "/centre").get(0);
            String radius = g.node(op, List.of(x.radius(), abs(in.get(1))), out + "/radius", attributes);
            intervals.put(out, new Interval(centre, radius));
        } else if (op.equals("MatMul") && only(in, x != null ? 0 : 1)) {
            int at = x != null ? 0 : 1;
            Interval v = intervals.get(in.get(at));
            String w = in.get(1 - at);
            String centre = g.node("MatMul", at == 0 ? List.of(v.centre(), w) : List.of(w, v.centre()), out + "/centre");
            String radius = g.node("MatMul", at == 0 ? List.of(v.radius(), abs(w)) : List.of(abs(w), v.radius()), out + "/radius");
            intervals.put(out, new Interval(centre, radius));
        } else if (op.equals("BatchNormalization") && x != null && only(in, 0) && node.getOutputCount() == 1) {
            String centre = g.node(node, in.stream().map(i -> i.equals(in.get(0)) ? x.centre() : i).toList(), out + "/centre").get(0);
            // The radius scaled per channel by |γ| / √(σ² + ε): the same normalisation with |γ|, no shift and no mean.
            String radius = g.node("BatchNormalization", List.of(x.radius(), abs(in.get(1)), zeros(in.get(2)), zeros(in.get(3)), in.get(4)),
                    out + "/radius", node.getAttributeList().toArray(AttributeProto[]::new));
            intervals.put(out, new Interval(centre, radius));
        } else if (op.equals("Concat")) {
            List<String> centres = in.stream().map(i -> intervals.containsKey(i) ? intervals.get(i).centre() : i).toList();
            List<String> radii = in.stream().map(i -> intervals.containsKey(i) ? intervals.get(i).radius() : zeros(i)).toList();
            intervals.put(out, new Interval(g.node(node, centres, out + "/centre").get(0), g.node(node, radii, out + "/radius").get(0)));
        } else {
            throw new IllegalArgumentException("certification does not bound the operator " + op + " (" + node.getName() + ") yet");
        }
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

    /** The node again on {@code value} in place of its first input, the others as they are; its first output. */
    private String same(NodeProto node, String value, List<String> in) {
        List<String> reads = new java.util.ArrayList<>(in);
        reads.set(0, value);
        NodeProto single = node.toBuilder().clearOutput().addOutput(node.getOutput(0)).build();
        return g.node(single, reads, node.getOutput(0) + "/bound").get(0);
    }

    private Interval sum(NodeProto node, String op) {
        List<String> in = node.getInputList();
        Interval a = intervals.get(in.get(0));
        Interval b = intervals.get(in.get(1));
        String out = node.getOutput(0);
        String centre = g.node(op, List.of(a != null ? a.centre() : in.get(0), b != null ? b.centre() : in.get(1)), out + "/centre");
        String radius = a != null && b != null ? g.node("Add", List.of(a.radius(), b.radius()), out + "/radius")
                : a != null ? a.radius() : b.radius();
        return new Interval(centre, radius);
    }

    private Interval fromEnds(String lower, String upper, String hint) {
        String half = g.scalar(hint + "/half", 0.5f);
        String centre = g.node("Mul", List.of(g.node("Add", List.of(lower, upper), hint + "/sum"), half), hint + "/centre");
        String radius = g.node("Mul", List.of(g.node("Sub", List.of(upper, lower), hint + "/span"), half), hint + "/radius");
        return new Interval(centre, radius);
    }

    private String abs(String constant) {
        return g.node("Abs", List.of(constant), constant + "/magnitude");
    }

    private String zeros(String like) {
        return g.node("Mul", List.of(like, g.scalar(like + "/zero", 0f)), like + "/zeros");
    }
}
