package dev.dendrite.train.autodiff;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.onnx.graph.Attr;

/**
 * The rules of normalisation. LayerNormalization (over the trailing dims from {@code axis}): with x̂ the
 * normalised input and σ⁻¹ its inverse deviation, dX = σ⁻¹ (ĝ − mean(ĝ) − x̂ · mean(ĝ · x̂)) for
 * ĝ = g · scale, dScale = Σ g · x̂ and dBias = Σ g over the leading dims. The statistics are
 * recomputed from the input rather than taken from the optional outputs. BatchNorm in training
 * gets its closed form from {@link #batchStatistics}; InstanceNormalization shares LayerNormalization's
 * rule over the pixel axes.
 */
final class NormalizationRules {

    private NormalizationRules() {
    }

    static void register(Map<String, VjpRule> rules) {
        rules.put("LayerNormalization", NormalizationRules::layerNorm);
        rules.put("InstanceNormalization", NormalizationRules::instanceNorm);
        rules.put("BatchNormalization", NormalizationRules::batchNormInference);
    }

    /**
     * BatchNormalization in its inference form (running statistics, constants here): a per-channel
     * affine map y = k·x + b with k = scale/√(var + ε), so dX = k·g, emitted as one
     * BatchNormalization of g with scale k, mean 0, variance 1 and ε 0, which broadcasts over the
     * channel axis whatever the rank. Saliency and input gradients of exported models need only dX;
     * the scale's and bias's gradients would need the rank, and are refused rather than left out.
     * (Training mode feeds the batch statistics and gets {@link #batchStatistics}.)
     */
    private static List<String> batchNormInference(NodeProto n, List<String> grads, GradientContext c) {
        if (Attrs.i(n, "training_mode", 0) != 0) {
            throw new IllegalArgumentException("no gradient rule for BatchNormalization in training mode (node " + n.getName() + ")");
        }
        for (int i = 1; i < n.getInputCount(); i++) {
            if (c.needs(n.getInput(i))) {
                throw new IllegalArgumentException("no gradient rule for the parameters of a BatchNormalization in inference form (node "
                        + n.getName() + "): only its input's gradient");
            }
        }
        String g = grads.get(0);
        if (g == null || !c.needs(n.getInput(0))) {
            return Arrays.asList(null, null, null, null, null);
        }
        String variance = n.getInput(4);
        String k = c.op("Div", "bn_inf_k", List.of(n.getInput(1), c.op("Sqrt", "bn_inf_std",
                c.op("Add", "bn_inf_var_eps", List.of(variance, c.scalarLike(Attrs.f(n, "epsilon", 1e-5f), variance))))));
        String zeros = c.op("Mul", "bn_inf_zeros", List.of(k, c.scalarLike(0f, k)));
        String ones = c.op("Add", "bn_inf_ones", List.of(zeros, c.scalarLike(1f, k)));
        String dx = c.op("BatchNormalization", "bn_inf_dx", List.of(g, k, zeros, zeros, ones), Attr.f("epsilon", 0));
        return Arrays.asList(dx, null, null, null, null);
    }

    private static List<String> layerNorm(NodeProto n, List<String> grads, GradientContext c) {
        long axis = Attrs.i(n, "axis", -1);
        if (axis >= 0) {
            throw new IllegalArgumentException("LayerNormalization gradients need a negative axis (node " + n.getName() + ")");
        }
        long[] axes = new long[(int) -axis];
        for (int i = 0; i < axes.length; i++) {
            axes[i] = axis + i;
        }
        String g = grads.get(0);
        String scale = n.getInput(1);
        String[] normalised = normalisedGradient(n.getInput(0), g, scale, axes, Attrs.f(n, "epsilon", 1e-5f), c);
        String gScale = c.unbroadcast(c.mul(g, normalised[1]), scale, n.getOutput(0));
        String gBias = n.getInputCount() > 2 && !n.getInput(2).isEmpty() ? c.unbroadcast(g, n.getInput(2), n.getOutput(0)) : null;
        return Arrays.asList(normalised[0], gScale, gBias);
    }

    /**
     * InstanceNormalization: each sample's channel normalised over its pixels, then a per-channel
     * scale and bias; the same rule as LayerNormalization's over the pixel axes, with the scale
     * broadcast per channel and its gradients summed over samples and pixels.
     */
    private static List<String> instanceNorm(NodeProto n, List<String> grads, GradientContext c) {
        String x = n.getInput(0);
        long[] shape = c.staticShape(x);
        if (shape == null) {
            throw new IllegalArgumentException("no gradient rule for InstanceNormalization of an input of unknown rank (node " + n.getName() + ")");
        }
        int rank = shape.length;
        long[] pixels = new long[rank - 2];
        long[] perChannel = new long[rank];
        Arrays.fill(perChannel, 1);
        perChannel[1] = -1;
        long[] notChannel = new long[rank - 1];
        for (int i = 2; i < rank; i++) {
            pixels[i - 2] = i;
            notChannel[i - 1] = i;
        }
        String g = grads.get(0);
        String scale = c.op("Reshape", "in_scale_b", List.of(n.getInput(1), c.longs(perChannel)));
        String[] normalised = normalisedGradient(x, g, scale, pixels, Attrs.f(n, "epsilon", 1e-5f), c);
        String gScale = c.needs(n.getInput(1)) ? c.op("ReduceSum", "in_d_scale", List.of(c.mul(g, normalised[1]), c.longs(notChannel)),
                Attr.i("keepdims", 0)) : null;
        String gBias = c.needs(n.getInput(2)) ? c.op("ReduceSum", "in_d_bias", List.of(g, c.longs(notChannel)), Attr.i("keepdims", 0)) : null;
        return Arrays.asList(normalised[0], gScale, gBias);
    }

    /**
     * x normalised over {@code axes} and the gradient through that normalisation and a scale that
     * broadcasts against x: with x̂ the normalised input, σ⁻¹ its inverse deviation and ĝ = g · scale,
     * dX = σ⁻¹ (ĝ − mean(ĝ) − x̂ · mean(ĝ · x̂)). The statistics are recomputed from the input.
     *
     * @return {dX, x̂}
     */
    private static String[] normalisedGradient(String x, String g, String scale, long[] axes, float epsilon, GradientContext c) {
        String axesName = c.longs(axes);
        String mean = c.op("ReduceMean", "ln_mean", List.of(x, axesName), Attr.i("keepdims", 1));
        String centred = c.op("Sub", "ln_centred", List.of(x, mean));
        String var = c.op("ReduceMean", "ln_var", List.of(c.mul(centred, centred), axesName), Attr.i("keepdims", 1));
        String invStd = c.op("Reciprocal", "ln_inv_std", c.op("Sqrt", "ln_std",
                c.op("Add", "ln_var_eps", List.of(var, c.scalarLike(epsilon, var)))));
        String normalized = c.mul(centred, invStd);
        String gHat = c.mul(g, scale);
        String meanG = c.op("ReduceMean", "ln_mean_g", List.of(gHat, axesName), Attr.i("keepdims", 1));
        String meanGX = c.op("ReduceMean", "ln_mean_gx", List.of(c.mul(gHat, normalized), axesName), Attr.i("keepdims", 1));
        String gX = c.mul(invStd, c.op("Sub", "ln_dx", List.of(c.op("Sub", "ln_g_centred", List.of(gHat, meanG)), c.mul(normalized, meanGX))));
        return new String[] {gX, normalized};
    }

    /**
     * The closed-form rule of a {@code BatchNormalization} node (inference form) fed its own input's
     * batch statistics, as the training lowering emits it: with c = x − mean (the forward pass's
     * centred input), σ⁻¹ = 1/√(var + ε), k = scale·σ⁻¹ and M values per channel,
     * dX = k·g − k·Σg/M − c·(k·σ⁻²·Σ(g·c)/M), dScale = σ⁻¹·Σ(g·c), dBias = Σg, and no gradient through
     * the statistics (the formula already holds their dependence on x). It writes four tensors of x's
     * size where the generic rules of the composed form wrote about ten: the step's element-wise
     * passes are what slows it once activations outgrow the cache.
     *
     * @param centred   x − mean, kept from the forward pass
     * @param variance  the batch variance with kept dims ([1, C, 1, …])
     * @param count     M as a float scalar
     * @param broadcast the shape of a per-channel tensor against x ([1, C, 1, …]; its length is x's rank)
     */
    static VjpRule batchStatistics(String centred, String variance, String count, long[] broadcast, float epsilon) {
        return (n, grads, c) -> {
            String g = grads.get(0);
            if (g == null) {
                return Arrays.asList(null, null, null, null, null);
            }
            String x = n.getInput(0);
            String scale = n.getInput(1);
            String invStd = c.op("Reciprocal", "bn_inv_std", c.op("Sqrt", "bn_std",
                    c.op("Add", "bn_var_eps", List.of(variance, c.scalarLike(epsilon, variance)))));
            String sumG = c.op("Reshape", "bn_sum_g_b", List.of(ChannelSums.of(c.graph(), "ReduceSum", g, broadcast.length, "grad/bn_sum_g"),
                    c.longs(broadcast)));
            String sumGC = c.op("Reshape", "bn_sum_gc_b", List.of(ChannelSums.of(c.graph(), "ReduceSum", c.mul(g, centred), broadcast.length,
                    "grad/bn_sum_gc"), c.longs(broadcast)));
            String bias = n.getInput(2);
            String gScale = c.needs(scale) ? c.op("Reshape", "bn_d_scale", List.of(c.mul(sumGC, invStd), c.longs(-1))) : null;
            String gBias = c.needs(bias) ? c.op("Reshape", "bn_d_bias", List.of(sumG, c.longs(-1))) : null;
            String gX = null;
            if (c.needs(x)) {
                String k = c.mul(c.op("Reshape", "bn_scale_b", List.of(scale, c.longs(broadcast))), invStd);
                String kOverM = c.op("Div", "bn_k_m", List.of(k, count));
                String shift = c.op("Neg", "bn_shift", c.mul(kOverM, sumG));
                String slope = c.mul(c.mul(kOverM, c.mul(invStd, invStd)), sumGC);
                // k·g + shift in one pass: BatchNormalization with mean 0 and variance 1 (ε = 0) is a per-channel affine map.
                String flat = c.op("Reshape", "bn_k_flat", List.of(k, c.longs(-1)));
                String zeros = c.op("Mul", "bn_zeros", List.of(flat, c.scalarLike(0f, flat)));
                String ones = c.op("Add", "bn_ones", List.of(zeros, c.scalarLike(1f, flat)));
                String affine = c.op("BatchNormalization", "bn_dx_affine", List.of(g, flat, c.op("Reshape", "bn_shift_flat",
                        List.of(shift, c.longs(-1))), zeros, ones), Attr.f("epsilon", 0));
                gX = c.op("Sub", "bn_dx", List.of(affine, c.mul(centred, slope)));
            }
            return Arrays.asList(gX, gScale, gBias, null, null);
        };
    }
}
