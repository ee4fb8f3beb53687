package dev.dendrite.train.autodiff;

import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.NodeProto;

/**
 * Where reverse-mode differentiation deliberately departs from the forward graph's true
 * derivative: a <em>stop-gradient</em> tensor passes no gradient back (a target computed from the
 * network's own output, a frozen statistic), and a <em>straight-through</em> pair hands the
 * gradient of a non-differentiable output unchanged to an earlier tensor (edge-popup's top-k
 * mask to its scores, a binarised weight to its real value). Lowerings register them while they
 * emit the nodes; {@link Autodiff#backward} obeys them.
 */
public final class GradientOverrides {

    private final Set<String> stopped = new HashSet<>();
    private final Map<String, String> straightThrough = new LinkedHashMap<>();
    private final Map<String, VjpRule> custom = new LinkedHashMap<>();
    private final Map<String, NodeProto> originals = new LinkedHashMap<>();

    public static GradientOverrides none() {
        return new GradientOverrides();
    }

    /** No gradient flows back through {@code tensor}. */
    public GradientOverrides stop(String tensor) {
        stopped.add(tensor);
        return this;
    }

    /** The gradient arriving at {@code output} is passed unchanged to {@code source}, instead of through the nodes between them. */
    public GradientOverrides straightThrough(String output, String source) {
        straightThrough.put(output, source);
        return this;
    }

    /**
     * The node producing {@code output} is differentiated by {@code rule} instead of its operator's
     * registered rule: a faster formulation that knows the static shapes a lowering knows.
     */
    public GradientOverrides custom(String output, VjpRule rule) {
        custom.put(output, rule);
        return this;
    }

    /**
     * The Add, Sub, Mul or Sum producing {@code output} has operands of the output's shape, or the Gemm
     * producing it an addend C of that shape (the lowering knows; the generic rule cannot), so its
     * gradients need no summing over broadcast axes.
     */
    public GradientOverrides sameShape(String output) {
        custom.put(output, ElementwiseRules.SAME_SHAPE);
        return this;
    }

    /**
     * The BatchNormalization producing {@code output} is fed its own input's batch statistics (mean
     * and {@code variance} per channel over the samples and pixels, {@code count} values per
     * channel, the input minus the mean kept as {@code centred}, per-channel tensors shaped as
     * {@code broadcast}): it gets the closed-form rule, and no gradient flows back through the
     * statistics, whose dependence on the input that form already holds.
     */
    public GradientOverrides batchStatistics(String output, String centred, String variance, String count, long[] broadcast, float epsilon) {
        custom.put(output, NormalizationRules.batchStatistics(centred, variance, count, broadcast, epsilon));
        return this;
    }

    /**
     * The Conv {@code conv} with a kernel of shape {@code kernel} was rewritten as a product of its input's patches (the tensor
     * {@code patches}, [C_in·kh·kw rows in (kh, kw, C_in) order, N·pixels]) with its kernel; the
     * rewrite's last node, which produces the Conv's output, is differentiated as that Conv onto its
     * inputs, its kernel gradient from the same patches ({@link PatchesConvolutionRule}). The
     * nodes between receive no gradient.
     */
    public GradientOverrides convolutionByPatches(NodeProto conv, String patches, long[] kernel) {
        String output = conv.getOutput(0);
        custom.put(output, PatchesConvolutionRule.of(patches, kernel));
        originals.put(output, conv);
        return this;
    }

    /** The operator the node producing one of {@code outputs} replaced (its rule and inputs stand for it), or null. */
    NodeProto original(List<String> outputs) {
        return producedBy(originals, outputs);
    }

    /** The custom rule of the node producing one of {@code outputs}, or null. */
    VjpRule customRule(List<String> outputs) {
        return producedBy(custom, outputs);
    }

    private static <T> T producedBy(Map<String, T> byOutput, List<String> outputs) {
        for (String output : outputs) {
            T value = byOutput.get(output);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /** Whether any override names {@code tensor} (a graph rewrite must then leave it as it is). */
    public boolean mentions(String tensor) {
        return stopped.contains(tensor) || straightThrough.containsKey(tensor) || straightThrough.containsValue(tensor)
                || custom.containsKey(tensor) || originals.containsKey(tensor);
    }

    boolean stops(String tensor) {
        return stopped.contains(tensor);
    }

    /** The straight-through source of {@code output}, or null. */
    String source(String output) {
        return straightThrough.get(output);
    }

    Map<String, String> straightThroughPairs() {
        return Collections.unmodifiableMap(straightThrough);
    }
}
