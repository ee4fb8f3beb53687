package dev.dendrite.onnx.export;

import java.util.List;

import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.weights.ParameterSpecs;

/**
 * Spectral normalisation (Miyato et al., 2018): a layer computes with W/σ(W), σ the weight's largest singular value, estimated
 * from a kept vector u (the buffer {@code layerId/sn_u}, one value per output unit) by power iteration. Over the weight as a
 * matrix M (a dense weight [in, out] as it is, a kernel [out, in, k...] as [out, in·k...]) with û = u/‖u‖: v = M û/‖M û‖ on
 * the input side; in training one step on, u' = Mᵀv/‖Mᵀv‖ and σ = ‖Mᵀv‖ (= u'ᵀMᵀv), v taking no gradient, as PyTorch's
 * spectral_norm computes it under no_grad, so that ∂σ/∂M = v u'ᵀ; u' becomes the buffer's next value. Elsewhere (evaluation,
 * export) σ = ‖M û‖ from the kept vector, no iteration. Each step iterates once however often the layer is used (a GAN's
 * discriminator block judges two or three batches per step; PyTorch iterates at every call).
 */
final class SpectralNorm {

    private SpectralNorm() {
    }

    /** Whether a layer divides its weight by its spectral norm. */
    static boolean applies(Layer layer) {
        return layer instanceof Dense dense && dense.isSpectralNorm() || layer instanceof Convolution conv && conv.isSpectralNorm();
    }

    /** {@code weight} (the tensor the layer would read) divided by its estimated spectral norm. */
    static String normalised(Layer layer, String weight, LoweringContext ctx) {
        String id = layer.getId() + "/spectral_norm";
        String key = dev.dendrite.onnx.weights.Weights.key(layer.getId(), ParameterSpecs.SPECTRAL_NORM_VECTOR);
        String buffer = ctx.weight(layer.getId(), ParameterSpecs.SPECTRAL_NORM_VECTOR);
        long outputs = ctx.parameterShape(key)[0];
        boolean dense = layer instanceof Dense;
        // M with the outputs as its columns for a dense weight [in, out], as its rows for a kernel [out, in·k...]; every vector
        // 2-D (a column or a row), so that each product is a plain matrix product for the gradient rules.
        String matrix = dense ? weight : ctx.reshape(weight, id + "/matrix", outputs, -1);
        String u = unit(ctx.reshape(buffer, id + "/u", dense ? new long[] {outputs, 1} : new long[] {1, outputs}), ctx, id + "/u_unit");
        String towardsInputs = ctx.op("MatMul", id + "/m_u", dense ? List.of(matrix, u) : List.of(u, matrix));
        TrainingHooks hooks = ctx.hooks();
        if (hooks == null || !hooks.iteratesSpectralNorms()) {
            return ctx.op("Div", id + "/weight", List.of(weight, norm(towardsInputs, ctx, id + "/sigma")));
        }
        String v = unit(towardsInputs, ctx, id + "/v");
        String turned = ctx.reshape(v, id + "/v_turned", dense ? new long[] {1, -1} : new long[] {-1, 1});
        String towardsOutputs = ctx.op("MatMul", id + "/mt_v", dense ? List.of(turned, matrix) : List.of(matrix, turned));
        String sigma = norm(towardsOutputs, ctx, id + "/sigma");
        String next = ctx.reshape(ctx.op("Div", id + "/u_next_matrix", List.of(towardsOutputs, sigma)), id + "/u_next", outputs);
        hooks.spectralNormIterated(key, next, v);
        return ctx.op("Div", id + "/weight", List.of(weight, sigma));
    }

    /** x/max(‖x‖, 1e-12), as PyTorch's normalize. */
    private static String unit(String x, LoweringContext ctx, String hint) {
        return ctx.op("Div", hint, List.of(x, ctx.op("Max", hint + "/norm", List.of(norm(x, ctx, hint + "/length"), ctx.scalar(hint + "/tiny",
                1e-12f)))));
    }

    /** ‖x‖ over all of x, a scalar. */
    private static String norm(String x, LoweringContext ctx, String hint) {
        return ctx.op("ReduceL2", hint, x, Attr.i("keepdims", 0));
    }
}
