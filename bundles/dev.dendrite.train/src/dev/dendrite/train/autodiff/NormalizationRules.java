package dev.dendrite.train.autodiff;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.onnx.graph.Attr;

/**
 * The rule of LayerNormalization (over the trailing dims from {@code axis}): with x̂ the
 * normalised input and σ⁻¹ its inverse deviation, dX = σ⁻¹ (ĝ − mean(ĝ) − x̂ · mean(ĝ · x̂)) for
 * ĝ = g · scale, dScale = Σ g · x̂ and dBias = Σ g over the leading dims. The statistics are
 * recomputed from the input rather than taken from the optional outputs.
 */
final class NormalizationRules {

    private NormalizationRules() {
    }

    static void register(Map<String, VjpRule> rules) {
        rules.put("LayerNormalization", NormalizationRules::layerNorm);
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
        String x = n.getInput(0);
        String scale = n.getInput(1);
        String g = grads.get(0);
        String axesName = c.longs(axes);
        String mean = c.op("ReduceMean", "ln_mean", List.of(x, axesName), Attr.i("keepdims", 1));
        String centred = c.op("Sub", "ln_centred", List.of(x, mean));
        String var = c.op("ReduceMean", "ln_var", List.of(c.mul(centred, centred), axesName), Attr.i("keepdims", 1));
        String invStd = c.op("Reciprocal", "ln_inv_std", c.op("Sqrt", "ln_std",
                c.op("Add", "ln_var_eps", List.of(var, c.scalarLike(Attrs.f(n, "epsilon", 1e-5f), var)))));
        String normalized = c.mul(centred, invStd);
        String gHat = c.mul(g, scale);
        String meanG = c.op("ReduceMean", "ln_mean_g", List.of(gHat, axesName), Attr.i("keepdims", 1));
        String meanGX = c.op("ReduceMean", "ln_mean_gx", List.of(c.mul(gHat, normalized), axesName), Attr.i("keepdims", 1));
        String gX = c.mul(invStd, c.op("Sub", "ln_dx", List.of(c.op("Sub", "ln_g_centred", List.of(gHat, meanG)), c.mul(normalized, meanGX))));
        String gScale = c.unbroadcast(c.mul(g, normalized), scale);
        String gBias = n.getInputCount() > 2 && !n.getInput(2).isEmpty() ? c.unbroadcast(g, n.getInput(2)) : null;
        return Arrays.asList(gX, gScale, gBias);
    }
}
