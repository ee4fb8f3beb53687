package dev.dendrite.train.autodiff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.onnx.graph.GraphBuilder;

/**
 * Reverse-mode differentiation of an ONNX graph, emitted as more ONNX nodes into the same graph.
 * Walks the forward nodes backwards from seed gradients, applies each operator's vector-Jacobian
 * rule and sums the contributions a tensor receives from several consumers.
 */
public final class Autodiff {

    private static final Map<String, VjpRule> RULES = new HashMap<>();

    /** Operators whose outputs carry no gradient (indices, shapes, masks, comparisons). */
    private static final Set<String> NON_DIFFERENTIABLE = Set.of("Shape", "Size", "ConstantOfShape", "Range", "Equal", "Greater",
            "Less", "GreaterOrEqual", "LessOrEqual", "Not", "And", "Or", "NonZero", "Cast", "ArgMax", "ArgMin", "OneHot",
            "RandomUniformLike", "RandomNormalLike", "Floor", "Ceil", "Round", "Sign");

    static {
        ElementwiseRules.register(RULES);
        ActivationRules.register(RULES);
        MatrixRules.register(RULES);
        ShapeRules.register(RULES);
        ReductionRules.register(RULES);
        ConvolutionRules.register(RULES);
        PoolingRules.register(RULES);
        IndexRules.register(RULES);
        NormalizationRules.register(RULES);
        ImportedOperatorRules.register(RULES);
        RecurrentRules.register(RULES);
    }

    private Autodiff() {
    }

    /**
     * Gradient contributions per tensor, summed when first read: one Sum over all of them (a weight
     * used at every step of an unrolled sequence gets one node, not a chain of Adds), its per-step
     * products first stacked into one ({@link StackedProducts}).
     */
    private static final class Contributions {
        private final Map<String, List<String>> parts = new HashMap<>();
        private final GradientContext ctx;

        Contributions(Map<String, String> seeds, GradientContext ctx) {
            this.ctx = ctx;
            seeds.forEach(this::add);
        }

        void add(String tensor, String g) {
            parts.computeIfAbsent(tensor, t -> new ArrayList<>()).add(g);
        }

        boolean has(String tensor) {
            return parts.containsKey(tensor);
        }

        /** The total gradient of a tensor (null when none arrived); later reads give the same tensor. */
        String get(String tensor) {
            List<String> list = parts.get(tensor);
            if (list == null) {
                return null;
            }
            if (list.size() > 1) {
                List<String> terms = StackedProducts.merge(List.copyOf(list), ctx);
                String total = terms.size() == 1 ? terms.get(0) : ctx.op(terms.size() == 2 ? "Add" : "Sum", "accumulate", terms);
                list.clear();
                list.add(total);
            }
            return list.get(0);
        }
    }

    /** Whether a gradient rule exists for the operator. */
    public static boolean supports(String opType) {
        return RULES.containsKey(opType) || NON_DIFFERENTIABLE.contains(opType);
    }

    /**
     * Adds the backward pass to {@code graph}.
     *
     * @param forward the forward nodes, in topological order
     * @param seeds gradient tensors of the outputs the loss depends on (e.g. dLoss/dLogits)
     * @param wrt the tensors to differentiate with respect to (parameters)
     * @return the gradient tensor of each tensor in {@code wrt} that the seeds depend on
     * @throws IllegalArgumentException naming the operator when one on the path has no rule
     */
    public static Map<String, String> backward(GraphBuilder graph, List<NodeProto> forward, Map<String, String> seeds, Set<String> wrt) {
        return backward(graph, forward, seeds, wrt, GradientOverrides.none());
    }

    /** As {@link #backward(GraphBuilder, List, Map, Set)}, obeying stop-gradients and straight-through pairs. */
    public static Map<String, String> backward(GraphBuilder graph, List<NodeProto> forward, Map<String, String> seeds, Set<String> wrt,
            GradientOverrides overrides) {
        return backward(graph, forward, seeds, wrt, overrides, Map.of());
    }

    /**
     * As {@link #backward(GraphBuilder, List, Map, Set, GradientOverrides)}, with the static shapes
     * (symbolic dims as -1) of tensors the graph does not declare, which let some rules use faster forms.
     */
    public static Map<String, String> backward(GraphBuilder graph, List<NodeProto> forward, Map<String, String> seeds, Set<String> wrt,
            GradientOverrides overrides, Map<String, long[]> knownShapes) {
        Set<String> dependsOnWrt = new HashSet<>(wrt);
        for (NodeProto node : forward) {
            boolean differentiable = !NON_DIFFERENTIABLE.contains(node.getOpType())
                    && node.getInputList().stream().anyMatch(dependsOnWrt::contains);
            for (String output : node.getOutputList()) {
                String source = overrides.source(output);
                if (overrides.stops(output)) {
                    continue;
                }
                if (source != null ? dependsOnWrt.contains(source) : differentiable) {
                    dependsOnWrt.add(output);
                }
            }
        }
        GradientContext ctx = new GradientContext(graph);
        ctx.setNeeded(dependsOnWrt::contains);
        ctx.setKnownShapes(knownShapes);
        Contributions gradients = new Contributions(seeds, ctx);
        for (int i = forward.size() - 1; i >= 0; i--) {
            NodeProto node = forward.get(i);
            List<String> outputGradients = new ArrayList<>();
            boolean any = false;
            boolean overridden = false;
            for (String output : node.getOutputList()) {
                String g = overrides.stops(output) ? null : gradients.get(output);
                String source = overrides.source(output);
                if (source != null) {
                    overridden = true;
                    if (g != null && dependsOnWrt.contains(source)) {
                        gradients.add(source, g);
                    }
                    g = null;
                }
                outputGradients.add(g);
                any |= g != null;
            }
            if (overridden && !any) {
                continue;
            }
            // A rewritten operator's last node is differentiated as the operator it replaced, onto that operator's inputs.
            NodeProto original = overrides.original(node.getOutputList());
            if (original != null) {
                node = original;
            }
            boolean needed = node.getInputList().stream().anyMatch(dependsOnWrt::contains);
            if (!any || !needed || NON_DIFFERENTIABLE.contains(node.getOpType())) {
                continue;
            }
            VjpRule custom = overrides.customRule(node.getOutputList());
            VjpRule rule = custom != null ? custom : RULES.get(node.getOpType());
            if (rule == null) {
                throw new IllegalArgumentException("no gradient rule for " + node.getOpType() + " (node " + node.getName() + ")");
            }
            List<String> inputGradients = rule.apply(node, outputGradients, ctx);
            for (int k = 0; k < inputGradients.size() && k < node.getInputCount(); k++) {
                String input = node.getInput(k);
                String g = inputGradients.get(k);
                if (g == null || input.isEmpty() || !dependsOnWrt.contains(input)) {
                    continue;
                }
                gradients.add(input, g);
            }
        }
        Map<String, String> result = new HashMap<>();
        for (String parameter : wrt) {
            if (gradients.has(parameter)) {
                result.put(parameter, gradients.get(parameter));
            }
        }
        return result;
    }
}
