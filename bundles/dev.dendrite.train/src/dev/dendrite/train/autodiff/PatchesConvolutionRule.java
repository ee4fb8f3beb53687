package dev.dendrite.train.autodiff;

import java.util.Arrays;
import java.util.List;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.onnx.graph.Attr;

/**
 * The rule of a 2-D Conv that the train step computes as a product of its input's patches with its
 * kernel (the "convolution-patches" step): the kernel gradient is one Gemm of the output gradient,
 * channels first ([C_out, N·pixels]), with the same patches ([C_in·kh·kw, N·pixels]), so the
 * patches are built once per step for both; the input gradient is the plain Conv's; the bias
 * gradient sums the channels-first gradient's rows.
 */
final class PatchesConvolutionRule {

    private PatchesConvolutionRule() {
    }

    /** The rule for a Conv of {@code kernel}'s shape whose patches are {@code patches}, rows in (kh, kw, C_in) order. */
    static VjpRule of(String patches, long[] kernel) {
        if (kernel.length != 4 || Arrays.stream(kernel).anyMatch(d -> d <= 0)) {
            throw new IllegalArgumentException("a convolution by patches needs a known 2-D kernel shape, not " + Arrays.toString(kernel));
        }
        long[] shape = kernel.clone();
        return (n, grads, c) -> apply(n, grads.get(0), patches, shape, c);
    }

    private static List<String> apply(NodeProto n, String g, String patches, long[] kernel, GradientContext c) {
        String x = n.getInput(0);
        String w = n.getInput(1);
        long outChannels = kernel[0];
        long inChannels = kernel[1];
        String gX = c.needs(x) ? ConvolutionRules.inputGradient(n, g, w, x, 2, c) : null;
        boolean bias = n.getInputCount() > 2 && !n.getInput(2).isEmpty();
        String rows = null;
        if (c.needs(w) || bias) {
            // [N, C_out, H, W] -> [C_out, N·H·W]: the layout of the forward product's output.
            rows = c.op("Reshape", "g_channels_first", List.of(c.op("Transpose", "g_cnhw", g, Attr.ints("perm", 1, 0, 2, 3)),
                    c.longs(outChannels, -1)));
        }
        String gW = null;
        if (c.needs(w)) {
            String product = c.op("Gemm", "dw_patches", List.of(rows, patches), Attr.i("transB", 1));
            gW = inChannels == 1 ? c.op("Reshape", "dw", List.of(product, c.longs(kernel)))
                    : c.op("Transpose", "dw", c.op("Reshape", "dw_taps", List.of(product, c.longs(outChannels, kernel[2], kernel[3], inChannels))),
                            Attr.ints("perm", 0, 3, 1, 2));
        }
        String gB = bias ? c.op("ReduceSum", "bias_grad", List.of(rows, c.longs(1)), Attr.i("keepdims", 0)) : null;
        return Arrays.asList(gX, gW, gB);
    }
}
