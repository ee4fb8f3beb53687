package dev.dendrite.model.shape;

import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.Pooling;
import dev.dendrite.model.network.convolution.StepPadding;

/**
 * A convolution's or pooling's window per spatial dim: the kernel sizes (per dim where
 * {@code kernelShape} says so, else the square {@code kernel}) and the padding of every near and
 * far end in ONNX's order (per dim and end where {@code pads} says so, else {@code padding} and
 * {@code paddingEnd}). Shape rules, export, parameter shapes and counts all read them here.
 */
public final class Windows {

    private Windows() {
    }

    /** The kernel size of each spatial dim. */
    public static int[] kernel(Convolution conv) {
        int dims = conv.getDimensions();
        int[] kernel = new int[Math.max(0, dims)];
        for (int i = 0; i < kernel.length; i++) {
            // A kernelShape of the wrong length is the shape rules' error to report; until fixed, the square kernel stands.
            kernel[i] = conv.getKernelShape().size() == kernel.length ? conv.getKernelShape().get(i) : conv.getKernel();
        }
        return kernel;
    }

    /** The kernel's size over a sequence's steps (read whatever dimensions says, which the shape rules check). */
    public static int stepKernel(Convolution conv) {
        return conv.getKernelShape().size() == 1 ? conv.getKernelShape().get(0) : conv.getKernel();
    }

    /** How many steps one window over a sequence covers, d·(k−1) + 1: a valid convolution's output has that many less one fewer. */
    public static int stepSpan(Convolution conv) {
        return conv.getDilation() * (stepKernel(conv) - 1) + 1;
    }

    /** The axis of a convolution's input and output channels: 1, or the last of a sequence [N, T, F]. */
    public static int channelAxis(Convolution conv) {
        return conv.isSequence() ? -1 : 1;
    }

    /** The number of kernel positions (the product of the sizes). */
    public static long window(Convolution conv) {
        long window = 1;
        for (int k : kernel(conv)) {
            window *= k;
        }
        return window;
    }

    /**
     * Every near end's padding, then every far end's. Over a sequence's steps, as its stepPadding
     * says: same keeps them all, d·(k−1) padding with the smaller half before (PyTorch's
     * padding="same"), causal puts all of it before, valid pads none.
     */
    public static int[] pads(Convolution conv) {
        if (conv.isSequence()) {
            int total = conv.getStepPadding() == StepPadding.VALID ? 0 : stepSpan(conv) - 1;
            int before = conv.getStepPadding() == StepPadding.CAUSAL ? total : total / 2;
            return new int[] {before, total - before};
        }
        if (conv.getPads().size() == 2 * conv.getDimensions()) {
            return conv.getPads().stream().mapToInt(Integer::intValue).toArray();
        }
        return uniform(conv.getDimensions(), conv.getPadding(), conv.getPaddingEnd());
    }

    /** A pooling's stride: stride 0 means the kernel's (as PyTorch's pooling layers). */
    public static int stride(Pooling pool) {
        return pool.getStride() == 0 ? pool.getKernel() : pool.getStride();
    }

    /** Every near end's padding, then every far end's. */
    public static int[] pads(Pooling pool) {
        return uniform(pool.getDimensions(), pool.getPadding(), pool.getPaddingEnd());
    }

    private static int[] uniform(int dims, int padding, int end) {
        int[] pads = new int[2 * Math.max(0, dims)];
        for (int i = 0; i < pads.length; i++) {
            pads[i] = i < dims || end < 0 ? padding : end;
        }
        return pads;
    }

    /** "3×3", "1×7", or "5" for one dim. */
    public static String text(int[] kernel) {
        StringBuilder text = new StringBuilder();
        for (int k : kernel) {
            text.append(text.length() > 0 ? "×" : "").append(k);
        }
        return kernel.length == 2 && kernel[0] == kernel[1] ? kernel[0] + "×" + kernel[1] : text.toString();
    }
}
