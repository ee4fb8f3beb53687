package dev.dendrite.train.autodiff;

import java.util.Arrays;
import java.util.List;

import ai.onnx.proto.OnnxMl.NodeProto;

/** What the convolution and pooling rules share: a window operator's geometry, axis lists and the cut to an input's size. */
final class WindowRules {

    private WindowRules() {
    }

    /**
     * The number of spatial dims, from kernel_shape; the rules need it and explicit pads, so a
     * node that leaves them to the kernel's dims or to auto_pad (a generic operator from an imported
     * model) is refused by name rather than differentiated wrongly.
     */
    static int spatial(NodeProto n) {
        String autoPad = dev.dendrite.onnx.graph.NodeAttributes.s(n, "auto_pad", "NOTSET");
        if (!autoPad.equals("NOTSET") && !autoPad.equals("VALID") || Attrs.ints(n, "kernel_shape").length == 0) {
            throw new IllegalArgumentException("no gradient rule for " + n.getOpType() + " with auto_pad " + autoPad
                    + " or without kernel_shape (node " + n.getName() + ")");
        }
        return Attrs.ints(n, "kernel_shape").length;
    }

    static long[] repeat(long value, int times) {
        long[] values = new long[times];
        Arrays.fill(values, value);
        return values;
    }

    static long[] strides(NodeProto n, int dims) {
        return Attrs.ints(n, "strides", repeat(1, dims));
    }

    static long[] dilations(NodeProto n, int dims) {
        return Attrs.ints(n, "dilations", repeat(1, dims));
    }

    static long[] pads(NodeProto n, int dims) {
        return Attrs.ints(n, "pads", repeat(0, 2 * dims));
    }

    /** The product of {@code dims[from..]}: a kernel's taps. */
    static long product(long[] dims, int from) {
        return Arrays.stream(dims, from, dims.length).reduce(1, (a, b) -> a * b);
    }

    /** The permutation of {@code rank} axes that swaps the first two (batch and channels). */
    static long[] swapFirstTwo(int rank) {
        long[] perm = new long[rank];
        for (int i = 0; i < rank; i++) {
            perm[i] = i;
        }
        perm[0] = 1;
        perm[1] = 0;
        return perm;
    }

    /** The spatial axes 2 … dims + 1. */
    static long[] spatialAxes(int dims) {
        long[] axes = new long[dims];
        for (int i = 0; i < dims; i++) {
            axes[i] = i + 2;
        }
        return axes;
    }

    /** Slices the spatial dims of {@code full} to those of {@code like} (it is never smaller). */
    static String cutToShapeOf(String full, String like, int dims, GradientContext c) {
        String ends = c.op("Slice", "spatial_dims", List.of(c.shape(like), c.longs(2), c.longs(2 + dims)));
        return c.op("Slice", "cut", List.of(full, c.longs(new long[dims]), ends, c.longs(spatialAxes(dims))));
    }
}
