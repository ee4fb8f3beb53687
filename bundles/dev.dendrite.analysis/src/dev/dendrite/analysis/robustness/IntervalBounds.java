package dev.dendrite.analysis.robustness;

import java.util.List;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.analysis.evaluation.Saliency;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.onnx.graph.IntervalPropagation;
import dev.dendrite.onnx.graph.IntervalPropagation.Interval;

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

    private IntervalBounds() {
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
        IntervalPropagation bounds = new IntervalPropagation(g, "bounds/", "certification", false);
        bounds.startBox(input, EPSILON, low, high);
        for (NodeProto node : source.getNodeList()) {
            if (node == last && softmax) {
                continue;
            }
            bounds.pass(node);
        }
        Interval out = bounds.interval(target);
        if (out == null) {
            throw new IllegalArgumentException("the model's output does not depend on its input");
        }
        g.nodeWithOutputs("Sub", List.of(out.centre(), out.radius()), List.of(g.reserve(LOWER)));
        g.nodeWithOutputs("Add", List.of(out.centre(), out.radius()), List.of(g.reserve(UPPER)));
        g.output(LOWER, GraphBuilder.ElementType.FLOAT);
        g.output(UPPER, GraphBuilder.ElementType.FLOAT);
        NodeProto dense = source.getNodeList().stream().filter(n -> n.getOutputList().contains(target)).findFirst().orElse(null);
        float[][] weights = dense == null ? null : DenseLayer.weights(dense, source);
        if (weights != null && bounds.interval(dense.getInput(0)) != null) {
            Interval hidden = bounds.interval(dense.getInput(0));
            g.nodeWithOutputs("Identity", List.of(hidden.centre()), List.of(g.reserve(HIDDEN_CENTRE)));
            g.nodeWithOutputs("Identity", List.of(hidden.radius()), List.of(g.reserve(HIDDEN_RADIUS)));
            g.output(HIDDEN_CENTRE, GraphBuilder.ElementType.FLOAT);
            g.output(HIDDEN_RADIUS, GraphBuilder.ElementType.FLOAT);
            return new Built(model.toBuilder().setGraph(g.graph()).build(), weights, DenseLayer.bias(dense, source, weights.length));
        }
        return new Built(model.toBuilder().setGraph(g.graph()).build(), null, null);
    }
}
