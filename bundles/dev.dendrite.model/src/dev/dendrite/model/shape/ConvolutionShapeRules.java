package dev.dendrite.model.shape;

import static dev.dendrite.model.shape.LayerInputs.atLeast;
import static dev.dendrite.model.shape.LayerInputs.known;

import java.util.Map;

import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.Pooling;
import dev.dendrite.model.network.convolution.StepPadding;
import dev.dendrite.model.network.convolution.TransposedConvolution;
import dev.dendrite.model.network.convolution.Upsample;

/** Shape rules of 1-D/2-D convolution and pooling: [N, C, (H,) W] in (or a sequence [N, T, F]), lazily inferred input channels. */
final class ConvolutionShapeRules {

    /** A varying length some valid convolutions shortened: "T−4". */
    private static final java.util.regex.Pattern SHORTER = java.util.regex.Pattern.compile("(.+)−(\\d+)");

    private ConvolutionShapeRules() {
    }

    static Map<String, Value> convolution(Convolution conv, LayerInputs in) {
        int dims = spatialDims(conv.getDimensions());
        atLeast("outChannels", conv.getOutChannels(), 1);
        atLeast("kernel", conv.getKernel(), 1);
        atLeast("stride", conv.getStride(), 1);
        atLeast("padding", conv.getPadding(), 0);
        atLeast("dilation", conv.getDilation(), 1);
        atLeast("groups", conv.getGroups(), 1);
        if (conv.isSequence()) {
            return sequenceConvolution(conv, in);
        }
        if (conv.getStepPadding() != StepPadding.SAME) {
            throw new ShapeException(null, "stepPadding " + conv.getStepPadding().getLiteral() + " pads a sequence's steps: tick sequence to "
                    + "convolve over a sequence [N, T, F] (padding and paddingEnd pad [N, C, L] and images)");
        }
        Value x = input(in, dims, "Conv" + dims + "d");
        long channels = channels(in, x, conv.getInChannels());
        checkGroups(conv, channels);
        paddingEnd(conv.getPadding(), conv.getPaddingEnd());
        if (!conv.getKernelShape().isEmpty() && conv.getKernelShape().size() != dims) {
            throw new ShapeException(null, "kernelShape needs " + dims + " sizes, one per spatial dim, not " + conv.getKernelShape());
        }
        if (!conv.getPads().isEmpty() && conv.getPads().size() != 2 * dims) {
            throw new ShapeException(null, "pads needs " + 2 * dims + " values (every near end, then every far end), not " + conv.getPads());
        }
        int[] kernel = Windows.kernel(conv);
        int[] pads = Windows.pads(conv);
        for (int i = 0; i < dims; i++) {
            atLeast("kernelShape", kernel[i], 1);
            atLeast("pads", Math.min(pads[i], pads[dims + i]), 0);
        }
        Shape shape = x.shape().with(1, conv.getOutChannels());
        for (int d = 2; d < 2 + dims; d++) {
            shape = shape.with(d, outputSize(x, d, kernel[d - 2], conv.getStride(), pads[d - 2], pads[dims + d - 2], conv.getDilation(),
                    in.primaryPort(), "the kernel"));
        }
        return CoreShapeRules.out(x.withShape(shape));
    }

    /**
     * Conv1d over the steps of [N, T, F]: [N, T, outChannels], every step kept (stride 1, the
     * padding chosen by {@link Windows#pads}) but for valid's, so T may vary from batch to batch.
     */
    private static Map<String, Value> sequenceConvolution(Convolution conv, LayerInputs in) {
        if (conv.getDimensions() != 1) {
            throw new ShapeException(null, "convolves over the steps of a sequence, which is 1-D: set dimensions to 1");
        }
        if (conv.getStride() != 1) {
            throw new ShapeException(null, "keeps every step of a sequence: stride must be 1, is " + conv.getStride()
                    + " (untick sequence to convolve [N, C, L] with strides)");
        }
        if (conv.getPadding() != 0 || conv.getPaddingEnd() != -1 || !conv.getPads().isEmpty()) {
            throw new ShapeException(null, "pads a sequence as stepPadding says (same, causal or valid): leave padding at 0, paddingEnd at −1 "
                    + "and pads empty");
        }
        if (!conv.getKernelShape().isEmpty() && conv.getKernelShape().size() != 1) {
            throw new ShapeException(null, "kernelShape needs 1 size over a sequence's steps, not " + conv.getKernelShape());
        }
        Value x = floatSequence(in);
        long features = x.shape().size(-1);
        if (conv.getInChannels() != 0 && conv.getInChannels() != features) {
            throw new ShapeException(in.primaryPort(), "expects " + conv.getInChannels() + " features per step, but the sequence "
                    + x.shape() + " has " + features + " (leave inChannels at 0 to infer it)");
        }
        checkGroups(conv, features);
        atLeast("kernelShape", Windows.stepKernel(conv), 1);
        Shape shape = x.shape().with(2, conv.getOutChannels());
        if (conv.getStepPadding() == StepPadding.VALID) {
            shape = shape.with(1, fewerSteps(x, Windows.stepSpan(conv) - 1, in.primaryPort()));
        }
        return CoreShapeRules.out(x.withShape(shape));
    }

    /**
     * A valid convolution's steps: {@code fewer} less than its input's; of a varying length the
     * symbol says by how much ("T−2"), so that shape rules tell it from the length it came from.
     */
    private static Dim fewerSteps(Value x, int fewer, String port) {
        Dim steps = x.shape().dim(1);
        if (steps.isFixed()) {
            if (steps.size() <= fewer) {
                throw new ShapeException(port, "a window of " + (fewer + 1) + " steps (valid) is longer than the " + steps.size()
                        + " steps of " + x.shape());
            }
            return Dim.of(steps.size() - fewer);
        }
        if (fewer == 0) {
            return steps;
        }
        java.util.regex.Matcher shorter = SHORTER.matcher(steps.toString());
        return shorter.matches() ? Dim.symbol(shorter.group(1) + "−" + (Integer.parseInt(shorter.group(2)) + fewer))
                : Dim.symbol(steps + "−" + fewer);
    }


    /**
     * Pooling windows of the steps of [N, T, F]: whole windows only, (T − k) / s + 1 of them, so a
     * padded batch's real windows hold real steps only.
     */
    private static Map<String, Value> sequencePooling(Pooling pool, LayerInputs in) {
        atLeast("kernel", pool.getKernel(), 1);
        atLeast("stride", pool.getStride(), 0);
        if (pool.getDimensions() != 1) {
            throw new ShapeException(null, "pools the steps of a sequence, which is 1-D: set dimensions to 1");
        }
        if (pool.getPadding() != 0 || pool.getPaddingEnd() != -1 || pool.isCeilMode() || pool.getDilation() != 1) {
            throw new ShapeException(null, "pools whole windows of a sequence's steps: leave padding at 0, paddingEnd at −1, dilation at 1 "
                    + "and ceilMode off");
        }
        Value x = floatSequence(in);
        int kernel = pool.getKernel();
        int stride = Windows.stride(pool);
        Dim steps = x.shape().dim(1);
        Dim pooled;
        if (steps.isFixed()) {
            if (steps.size() < kernel) {
                throw new ShapeException(in.primaryPort(), "a window of " + kernel + " steps is longer than the " + steps.size() + " steps of "
                        + x.shape());
            }
            pooled = Dim.of((steps.size() - kernel) / stride + 1);
        } else if (stride == 1) {
            pooled = fewerSteps(x, kernel - 1, in.primaryPort());
        } else {
            pooled = Dim.symbol(kernel == stride ? dividend(steps.toString()) + "/" + kernel : "(" + steps + "−" + kernel + ")/" + stride + "+1");
        }
        return CoreShapeRules.out(x.withShape(x.shape().with(1, pooled)));
    }

    /** A length's symbol to divide: in brackets where it ends in a sum or difference ("T−2" but not "(T−2)/2"). */
    private static String dividend(String steps) {
        int depth = 0;
        for (char c : steps.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && (c == '−' || c == '+')) {
                return "(" + steps + ")";
            }
        }
        return steps;
    }

    /** The primary input as a float sequence [N, T, F] with a known F. */
    private static Value floatSequence(LayerInputs in) {
        return SequenceShapeRules.floatSequence(in, " (untick sequence for [N, C, L] or [N, C, H, W])");
    }

    private static void checkGroups(Convolution conv, long channels) {
        if (channels % conv.getGroups() != 0 || conv.getOutChannels() % conv.getGroups() != 0) {
            throw new ShapeException(null, "groups " + conv.getGroups() + " must divide the input channels (" + channels
                    + ") and outChannels (" + conv.getOutChannels() + ")");
        }
    }

    static Map<String, Value> pooling(Pooling pool, LayerInputs in) {
        if (pool.isSequence()) {
            return sequencePooling(pool, in);
        }
        int dims = spatialDims(pool.getDimensions());
        atLeast("kernel", pool.getKernel(), 1);
        atLeast("stride", pool.getStride(), 0);
        atLeast("padding", pool.getPadding(), 0);
        atLeast("dilation", pool.getDilation(), 1);
        int end = paddingEnd(pool.getPadding(), pool.getPaddingEnd());
        if (pool.getPadding() * 2 > pool.getKernel()) {
            throw new ShapeException(null, "padding " + pool.getPadding() + " is more than half the kernel " + pool.getKernel());
        }
        if (end >= pool.getKernel()) {
            throw new ShapeException(null, "paddingEnd " + end + " is not smaller than the kernel " + pool.getKernel()
                    + ": a window would hold padding only");
        }
        int stride = pool.getStride() == 0 ? pool.getKernel() : pool.getStride();
        Value x = input(in, dims, pool.getPoolType().getLiteral() + " pooling");
        Shape shape = x.shape();
        for (int d = 2; d < 2 + dims; d++) {
            long size = outputSize(x, d, pool.getKernel(), stride, pool.getPadding(), end, pool.getDilation(), in.primaryPort(),
                    "the pooling window");
            shape = shape.with(d, pool.isCeilMode() ? ceilSize(x.shape().size(d), pool.getDilation() * (pool.getKernel() - 1) + 1, stride,
                    pool.getPadding(), end) : size);
        }
        return CoreShapeRules.out(x.withShape(shape));
    }

    /**
     * [N, C, L] or [N, C, H, W] in, outChannels maps out whose spatial dims are (in − 1)·stride −
     * 2·padding + kernel + outputPadding, as ONNX's ConvTranspose and PyTorch's ConvTranspose2d size them.
     */
    static Map<String, Value> transposedConvolution(TransposedConvolution conv, LayerInputs in) {
        int dims = spatialDims(conv.getDimensions());
        atLeast("outChannels", conv.getOutChannels(), 1);
        atLeast("kernel", conv.getKernel(), 1);
        atLeast("stride", conv.getStride(), 1);
        atLeast("padding", conv.getPadding(), 0);
        atLeast("outputPadding", conv.getOutputPadding(), 0);
        if (conv.getOutputPadding() >= conv.getStride()) {
            throw new ShapeException(null, "outputPadding must be below the stride (" + conv.getStride() + "), is " + conv.getOutputPadding());
        }
        Value x = input(in, dims, "ConvTranspose" + dims + "d");
        channels(in, x, conv.getInChannels());
        Shape shape = x.shape().with(1, conv.getOutChannels());
        for (int d = 2; d < 2 + dims; d++) {
            long size = known(x, d, in.primaryPort(), "spatial dim " + d);
            long out = transposedSize(size, conv.getKernel(), conv.getStride(), conv.getPadding(), conv.getOutputPadding());
            if (out < 1) {
                throw new ShapeException(in.primaryPort(), "padding " + conv.getPadding() + " takes off more than the " + (out + 2L
                        * conv.getPadding()) + " positions the kernel spreads dim " + d + " of " + x.shape() + " over");
            }
            shape = shape.with(d, out);
        }
        return CoreShapeRules.out(x.withShape(shape));
    }

    /** (size − 1)·stride − 2·padding + kernel + outputPadding. */
    static long transposedSize(long size, int kernel, int stride, int padding, int outputPadding) {
        return (size - 1) * stride - 2L * padding + kernel + outputPadding;
    }

    /** [N, C, L] or [N, C, H, W] in, each spatial dim {@code scale} times as long out. */
    static Map<String, Value> upsample(Upsample upsample, LayerInputs in) {
        atLeast("scale", upsample.getScale(), 1);
        Value x = in.primaryWithRank("[N, C, L] or [N, C, H, W]", 3, 4);
        Shape shape = x.shape();
        for (int d = 2; d < x.rank(); d++) {
            shape = shape.with(d, LayerInputs.known(x, d, in.primaryPort(), "a spatial dim") * upsample.getScale());
        }
        return CoreShapeRules.out(x.withShape(shape));
    }

    static Map<String, Value> globalPooling(LayerInputs in) {
        Value x = in.primaryWithRank("[N, C, L] or [N, C, H, W]", 3, 4, 5);
        return CoreShapeRules.out(x.withShape(Shape.of(x.shape().dim(0), x.shape().dim(1))));
    }

    /** The input's channel count (dim 1), which a declared {@code inChannels} other than 0 must equal. */
    private static long channels(LayerInputs in, Value x, int declared) {
        long channels = known(x, 1, in.primaryPort(), "the input channel count (dim 1)");
        if (declared != 0 && declared != channels) {
            throw new ShapeException(in.primaryPort(), "expects " + declared + " input channels, but the input " + x.shape() + " has "
                    + channels + " (leave inChannels at 0 to infer it)");
        }
        return channels;
    }

    private static int spatialDims(int dimensions) {
        if (dimensions != 1 && dimensions != 2) {
            throw new ShapeException(null, "dimensions must be 1 or 2, is " + dimensions);
        }
        return dimensions;
    }

    private static Value input(LayerInputs in, int dims, String what) {
        Value x = in.primary();
        if (x.rank() != 2 + dims) {
            String expected = dims == 1 ? "[N, C, L]" : "[N, C, H, W]";
            throw new ShapeException(in.primaryPort(), what + " expects " + expected + ", got " + x.shape()
                    + (x.rank() == 2 && dims == 2 ? " (reshape flat vectors to images first)" : ""));
        }
        return x;
    }

    /**
     * ceil((L + 2p − k) / s) + 1, less one when that last window would start in the far padding or
     * beyond (ONNX's and PyTorch's rule: every window starts inside the input or its near padding).
     */
    private static long ceilSize(long size, int kernel, int stride, int padding, int end) {
        long n = Math.floorDiv(size + padding + end - kernel + stride - 1, stride) + 1;
        return (n - 1) * stride >= size + padding ? n - 1 : n;
    }

    /** The far end's padding: {@code paddingEnd}, or the near end's when it is −1 (the same on both sides). */
    static int paddingEnd(int padding, int paddingEnd) {
        if (paddingEnd < -1) {
            throw new ShapeException(null, "paddingEnd must be ≥ 0, or −1 for the same as padding, is " + paddingEnd);
        }
        return paddingEnd < 0 ? padding : paddingEnd;
    }

    /** floor((L + p + p_end - d(k-1) - 1) / s) + 1, which must be at least 1. */
    private static long outputSize(Value x, int d, int kernel, int stride, int padding, int end, int dilation, String port, String window) {
        long size = known(x, d, port, "spatial dim " + d);
        long span = (long) dilation * (kernel - 1) + 1;
        long padded = size + padding + end;
        if (span > padded) {
            throw new ShapeException(port, window + " (" + span + " wide) is larger than its input: dim " + d + " of "
                    + x.shape() + " is " + size + (padding == end ? padding > 0 ? " (+" + padding + " padding each side)" : ""
                            : " (+" + padding + " before and " + end + " after)"));
        }
        return (padded - span) / stride + 1;
    }
}
