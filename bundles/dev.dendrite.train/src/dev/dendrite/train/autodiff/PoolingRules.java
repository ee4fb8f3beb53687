package dev.dendrite.train.autodiff;

import static dev.dendrite.train.autodiff.WindowRules.cutToShapeOf;
import static dev.dendrite.train.autodiff.WindowRules.pads;
import static dev.dendrite.train.autodiff.WindowRules.spatial;
import static dev.dendrite.train.autodiff.WindowRules.strides;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.onnx.graph.Attr;

/** Rules of MaxPool and AveragePool. */
final class PoolingRules {

    private PoolingRules() {
    }

    static void register(Map<String, VjpRule> rules) {
        rules.put("MaxPool", PoolingRules::maxPool);
        rules.put("AveragePool", PoolingRules::averagePool);
    }

    /**
     * Sends each window's gradient to its first maximum: by blocks where the windows tile the input
     * (static shape known), else by recomputing the pooling with its Indices output and placing
     * (disjoint windows) or scattering with accumulation (overlapping ones) the gradient there.
     */
    private static List<String> maxPool(NodeProto n, List<String> grads, GradientContext c) {
        spatial(n);
        String x = n.getInput(0);
        long[] shape = c.staticShape(x);
        if (tiledSquareWindows(n, shape)) {
            return List.of(maxPoolGradientByBlocks(n, grads.get(0), x, shape, c));
        }
        List<String> pooled = c.ops("MaxPool", "maxpool_indices", List.of(x), 2,
                Attrs.copy(n, "kernel_shape", "strides", "pads", "dilations", "ceil_mode"));
        if (disjointWindows(n)) {
            // Windows that never overlap send each input at most one gradient: MaxUnpool places them directly,
            // without the flattening and the accumulating scatter that overlapping windows need.
            return List.of(c.op("MaxUnpool", "maxpool_dx", List.of(grads.get(0), pooled.get(1), c.shape(x)), Attrs.copy(n, "kernel_shape",
                    "strides")));
        }
        String flatX = c.op("Reshape", "x_flat", List.of(c.zerosLike(x), c.longs(-1)));
        String indices = c.op("Reshape", "indices_flat", List.of(pooled.get(1), c.longs(-1)));
        String values = c.op("Reshape", "g_flat", List.of(grads.get(0), c.longs(-1)));
        String scattered = c.op("ScatterElements", "maxpool_dx", List.of(flatX, indices, values), Attr.i("axis", 0),
                Attr.s("reduction", "add"));
        return List.of(c.op("Reshape", "maxpool_back", List.of(scattered, c.shape(x))));
    }

    /**
     * Whether the pool's k×k windows tile its 2-D input exactly: stride k, no padding, dilation or
     * ceil mode, and static channels, height and width (from the shapes the lowering knows), with
     * at least two channels and two windows each way.
     */
    private static boolean tiledSquareWindows(NodeProto n, long[] shape) {
        long[] kernel = Attrs.ints(n, "kernel_shape");
        if (kernel.length != 2 || kernel[0] != kernel[1] || kernel[0] < 2 || shape == null || shape.length != 4 || !disjointWindows(n)) {
            return false;
        }
        long[] strides = Attrs.ints(n, "strides", kernel);
        return strides[0] == kernel[0] && strides[1] == kernel[1] && shape[1] >= 2 && shape[2] >= 2 * kernel[0] && shape[3] >= 2 * kernel[1]
                && shape[2] % kernel[0] == 0 && shape[3] % kernel[1] == 0;
    }

    /**
     * The gradient of a max pool whose k×k windows tile the input, without MaxPool's Indices output
     * (ONNX Runtime computes it in a scalar loop, about fifteen times the pool's own time): each
     * window's values become the k² last elements (a reshape and a transpose), ArgMax picks the
     * first maximum in row-major order (as MaxPool does), and the flat input index of that element places the gradient with
     * MaxUnpool. The static channels, height and width build constants (folded when the session
     * loads); all at least 2, so that a tensor of another shape fails to broadcast against them
     * instead of being misread.
     */
    private static String maxPoolGradientByBlocks(NodeProto n, String g, String x, long[] shape, GradientContext c) {
        long k = Attrs.ints(n, "kernel_shape")[0];
        long channels = shape[1];
        long height = shape[2];
        long width = shape[3];
        long pooledHeight = height / k;
        long pooledWidth = width / k;
        // [N, C, H, W] -> [N, C, Ho, k, Wo, k] -> [N, C, Ho, Wo, k, k] -> [N, C, Ho, Wo, k²], element bh·k + bw of each window
        // -> first maximum per window: [N, C, Ho, Wo]. (A Transpose: ONNX Runtime's SpaceToDepth took four times as long.)
        String sx = c.shape(x);
        String kk = c.longs(k);
        // The reshape reads the tensor's own sizes: the constants below then fail to broadcast against another shape.
        String pooledSizes = c.op("Div", "pool_hw", List.of(c.op("Slice", "pool_spatial", List.of(sx, c.longs(2), c.longs(4))), kk));
        String rows = c.op("Reshape", "pool_rows", List.of(x, c.op("Concat", "pool_rows_shape", List.of(c.op("Slice", "pool_nc",
                List.of(sx, c.longs(0), c.longs(2))), c.op("Slice", "pool_ho", List.of(pooledSizes, c.longs(0), c.longs(1))), kk,
                c.op("Slice", "pool_wo", List.of(pooledSizes, c.longs(1), c.longs(2))), kk), Attr.i("axis", 0))));
        String blocks = c.op("Transpose", "pool_blocks", rows, Attr.ints("perm", 0, 1, 2, 4, 3, 5));
        String windows = c.op("Reshape", "pool_windows", List.of(blocks, c.longs(0, 0, 0, 0, k * k)));
        String winner = c.op("ArgMax", "pool_winner", windows, Attr.i("axis", -1), Attr.i("keepdims", 0));
        // Flat index of (n, c, k·ph + bh, k·pw + bw) = (n·CHW + c·HW + k·ph·W + k·pw) + (bh·W + bw),
        // where bh·W + bw = a + (a / k)·(W − k).
        String within = c.op("Add", "pool_within", List.of(winner, c.op("Mul", "pool_row_skip", List.of(windowRow(c, winner, k),
                c.longs(width - k)))));
        String indices = c.op("Add", "pool_indices", List.of(within, cornerIndices(c, "pool", sx, new long[] {channels, height, width},
                pooledHeight, pooledWidth, k)));
        return c.op("MaxUnpool", "maxpool_dx", List.of(g, indices, sx), Attrs.copy(n, "kernel_shape", "strides"));
    }

    /**
     * a / k for a window position a in [0, k²): the sum of (a ≥ j·k) for j = 1 … k − 1, comparisons
     * ONNX Runtime runs several times faster than an int64 Div (0.35 against 0.08 ms for LeNet-5's
     * first pool at 128 samples), for the windows up to 4 × 4; larger ones keep the Div.
     */
    private static String windowRow(GradientContext c, String winner, long k) {
        if (k > 4) {
            return c.op("Div", "pool_bh", List.of(winner, c.longs(k)));
        }
        String row = null;
        for (long j = 1; j < k; j++) {
            String past = c.op("Cast", "pool_past_row", List.of(c.op("GreaterOrEqual", "pool_row_ge", List.of(winner, c.longs(j * k)))),
                    Attr.i("to", ai.onnx.proto.OnnxMl.TensorProto.DataType.INT64_VALUE));
            row = row == null ? past : c.op("Add", "pool_bh", List.of(row, past));
        }
        return row;
    }

    /**
     * The flat index into an [N, C, H, W] tensor (static C, H, W) of every (n, c, step·ph, step·pw), as [N, C, Ho, Wo]:
     * where MaxUnpool places a window's value (with the offset of its maximum added) or a strided 1×1 convolution's
     * input gradient. Constants but for the samples' starts, which follow the batch; {@code hint} names the nodes.
     */
    static String cornerIndices(GradientContext c, String hint, String shape, long[] chw, long outHeight, long outWidth, long step) {
        long channels = chw[0];
        long height = chw[1];
        long width = chw[2];
        long[] corners = new long[(int) (channels * outHeight * outWidth)];
        int i = 0;
        for (long ch = 0; ch < channels; ch++) {
            for (long ph = 0; ph < outHeight; ph++) {
                for (long pw = 0; pw < outWidth; pw++) {
                    corners[i++] = ch * height * width + step * ph * width + step * pw;
                }
            }
        }
        String cornerIndices = c.op("Reshape", hint + "_corners", List.of(c.longs(corners), c.longs(channels, outHeight, outWidth)));
        String samples = c.op("Range", hint + "_samples", List.of(c.op("Squeeze", hint + "_zero", c.longs(0)), c.op("Squeeze", hint + "_n",
                c.op("Slice", hint + "_batch", List.of(shape, c.longs(0), c.longs(1)))), c.op("Squeeze", hint + "_one", c.longs(1))));
        String sampleStarts = c.op("Mul", hint + "_sample_starts", List.of(c.op("Reshape", hint + "_n_column", List.of(samples,
                c.longs(-1, 1, 1, 1))), c.longs(channels * height * width)));
        return c.op("Add", hint + "_base", List.of(cornerIndices, sampleStarts));
    }

    /** Whether no two pooling windows share an input: strides at least the kernel, no padding, dilation or ceil mode. */
    private static boolean disjointWindows(NodeProto n) {
        long[] kernel = Attrs.ints(n, "kernel_shape");
        long[] strides = Attrs.ints(n, "strides", kernel);
        if (Arrays.stream(Attrs.ints(n, "pads")).anyMatch(p -> p != 0) || Arrays.stream(Attrs.ints(n, "dilations")).anyMatch(d -> d != 1)
                || Attrs.i(n, "ceil_mode", 0) != 0 || strides.length != kernel.length) {
            return false;
        }
        for (int i = 0; i < kernel.length; i++) {
            if (strides[i] < kernel[i]) {
                return false;
            }
        }
        return true;
    }

    /** Average pooling (padding counted): every window spreads its gradient evenly, via a per-channel ConvTranspose. */
    private static List<String> averagePool(NodeProto n, List<String> grads, GradientContext c) {
        if (Attrs.i(n, "count_include_pad", 0) == 0 && Arrays.stream(Attrs.ints(n, "pads")).anyMatch(p -> p != 0)) {
            throw new IllegalArgumentException("AveragePool gradients need count_include_pad = 1 when padding (node " + n.getName() + ")");
        }
        if (Attrs.i(n, "ceil_mode", 0) != 0 || Arrays.stream(Attrs.ints(n, "dilations")).anyMatch(d -> d != 1)) {
            throw new IllegalArgumentException("no gradient rule for AveragePool with ceil_mode or dilations (node " + n.getName() + ")");
        }
        int dims = spatial(n);
        long[] kernel = Attrs.ints(n, "kernel_shape");
        long size = Arrays.stream(kernel).reduce(1, (a, b) -> a * b);
        String x = n.getInput(0);
        String g = grads.get(0);
        long[] kernelShape = new long[dims + 2];
        kernelShape[0] = 1;
        kernelShape[1] = 1;
        System.arraycopy(kernel, 0, kernelShape, 2, dims);
        String weights = c.op("Expand", "avg_kernel", List.of(c.scalarLike(1f / size, g), c.longs(kernelShape)));
        // Fold channels into the batch so that one single-channel ConvTranspose serves every channel.
        String channelsAsBatch = c.op("Concat", "nc_shape", List.of(c.longs(-1, 1),
                c.op("Slice", "g_spatial", List.of(c.shape(g), c.longs(2), c.longs(2 + dims)))), Attr.i("axis", 0));
        String g1 = c.op("Reshape", "g_per_channel", List.of(g, channelsAsBatch));
        long[] strides = strides(n, dims);
        long[] outputPadding = new long[dims];
        for (int i = 0; i < dims; i++) {
            outputPadding[i] = strides[i] - 1;
        }
        String spread = c.op("ConvTranspose", "avg_dx", List.of(g1, weights), Attr.ints("strides", strides),
                Attr.ints("pads", pads(n, dims)), Attr.ints("output_padding", outputPadding),
                Attr.ints("kernel_shape", kernel));
        String unfolded = c.op("Reshape", "unfold", List.of(spread, c.op("Concat", "unfold_shape", List.of(
                c.op("Slice", "nc2", List.of(c.shape(x), c.longs(0), c.longs(2))),
                c.op("Slice", "spread_sp", List.of(c.shape(spread), c.longs(2), c.longs(2 + dims)))), Attr.i("axis", 0))));
        return List.of(cutToShapeOf(unfolded, x, dims, c));
    }
}
