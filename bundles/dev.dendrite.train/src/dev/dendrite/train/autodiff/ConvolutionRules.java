package dev.dendrite.train.autodiff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.onnx.graph.Attr;

/**
 * Rules of Conv (1-D/2-D, stride, padding, dilation, groups), MaxPool and AveragePool. Input
 * gradients are a convolution with the flipped kernel for small stride-1 kernels, else a
 * ConvTranspose with the largest allowed output padding cut to the input's size, so no static
 * shapes are needed; kernel gradients are a Conv of the transposed
 * input with the transposed output gradient (dilation and stride swapped), grouped over the batch
 * when the kernel has at most {@link #FEW_INPUT_CHANNELS} input channels, or products of input
 * patches when it has at most {@link #SMALL_KERNEL_TAPS} taps and the patches stay small.
 */
final class ConvolutionRules {

    private ConvolutionRules() {
    }

    static void register(Map<String, VjpRule> rules) {
        rules.put("Conv", ConvolutionRules::conv);
        rules.put("MaxPool", ConvolutionRules::maxPool);
        rules.put("AveragePool", ConvolutionRules::averagePool);
    }

    /**
     * The number of spatial dims, from kernel_shape; the rules here need it and explicit pads, so a
     * node that leaves them to the kernel's dims or to auto_pad (a generic operator from an imported
     * model) is refused by name rather than differentiated wrongly.
     */
    private static int spatial(NodeProto n) {
        String autoPad = dev.dendrite.onnx.graph.NodeAttributes.s(n, "auto_pad", "NOTSET");
        if (!autoPad.equals("NOTSET") && !autoPad.equals("VALID") || Attrs.ints(n, "kernel_shape").length == 0) {
            throw new IllegalArgumentException("no gradient rule for " + n.getOpType() + " with auto_pad " + autoPad
                    + " or without kernel_shape (node " + n.getName() + ")");
        }
        return Attrs.ints(n, "kernel_shape").length;
    }

    private static long[] repeat(long value, int times) {
        long[] values = new long[times];
        Arrays.fill(values, value);
        return values;
    }

    private static List<String> conv(NodeProto n, List<String> grads, GradientContext c) {
        int dims = spatial(n);
        long group = Attrs.i(n, "group", 1);
        String x = n.getInput(0);
        String w = n.getInput(1);
        String g = grads.get(0);
        String gX;
        String gW;
        if (group == 1) {
            gX = c.needs(x) ? inputGradient(n, g, w, x, dims, c) : null;
            gW = c.needs(w) ? kernelGradient(n, g, x, w, dims, c) : null;
        } else {
            // Grouped: split channels into groups, differentiate each group as a plain convolution, concatenate.
            List<String> xs = c.ops("Split", "x_groups", List.of(x), (int) group, Attr.i("axis", 1), Attr.i("num_outputs", group));
            List<String> ws = c.ops("Split", "w_groups", List.of(w), (int) group, Attr.i("axis", 0), Attr.i("num_outputs", group));
            List<String> gs = c.ops("Split", "g_groups", List.of(g), (int) group, Attr.i("axis", 1), Attr.i("num_outputs", group));
            List<String> gXs = new ArrayList<>();
            List<String> gWs = new ArrayList<>();
            for (int i = 0; i < group; i++) {
                gXs.add(inputGradient(n, gs.get(i), ws.get(i), xs.get(i), dims, c));
                gWs.add(kernelGradient(n, gs.get(i), xs.get(i), ws.get(i), dims, c));
            }
            gX = c.op("Concat", "gx_groups", gXs, Attr.i("axis", 1));
            gW = c.op("Concat", "gw_groups", gWs, Attr.i("axis", 0));
        }
        List<String> result = new ArrayList<>(java.util.Arrays.asList(gX, gW));
        if (n.getInputCount() > 2 && !n.getInput(2).isEmpty()) {
            long[] axes = new long[dims + 1];
            for (int i = 0; i < dims; i++) {
                axes[i + 1] = i + 2;
            }
            result.add(c.op("ReduceSum", "bias_grad", List.of(g, c.longs(axes)), Attr.i("keepdims", 0)));
        }
        return result;
    }

    private static String inputGradient(NodeProto n, String g, String w, String x, int dims, GradientContext c) {
        long[] strides = Attrs.ints(n, "strides", repeat(1, dims));
        String correlated = fullCorrelation(n, g, w, dims, c);
        if (correlated != null) {
            return correlated;
        }
        long[] outputPadding = new long[dims];
        for (int i = 0; i < dims; i++) {
            outputPadding[i] = strides[i] - 1;
        }
        String full = c.op("ConvTranspose", "conv_dx", List.of(g, w), Attr.ints("strides", strides),
                Attr.ints("pads", Attrs.ints(n, "pads", repeat(0, 2 * dims))), Attr.ints("dilations", Attrs.ints(n, "dilations", repeat(1, dims))),
                Attr.ints("output_padding", outputPadding), Attr.ints("kernel_shape", Attrs.ints(n, "kernel_shape")));
        return cutToShapeOf(full, x, dims, c);
    }

    /**
     * The input gradient of a stride-1 convolution with at most {@link #SMALL_KERNEL_TAPS} taps as
     * a plain convolution of the output gradient with the flipped, transposed kernel, padded to
     * give the input's size: ONNX Runtime's ConvTranspose multiplies one sample at a time and
     * scatters the columns back, twice the time of this convolution for a 3×3 kernel. Null when
     * the convolution has strides, more taps, or padding beyond the kernel's reach.
     */
    private static String fullCorrelation(NodeProto n, String g, String w, int dims, GradientContext c) {
        long[] kernel = Attrs.ints(n, "kernel_shape");
        long[] dilations = Attrs.ints(n, "dilations", repeat(1, dims));
        long[] pads = Attrs.ints(n, "pads", repeat(0, 2 * dims));
        if (Arrays.stream(Attrs.ints(n, "strides", repeat(1, dims))).anyMatch(stride -> stride != 1)
                || Arrays.stream(kernel).reduce(1, (a, b) -> a * b) > SMALL_KERNEL_TAPS || pads.length != 2 * dims) {
            return null;
        }
        long[] fullPads = new long[2 * dims];
        for (int i = 0; i < dims; i++) {
            long reach = dilations[i] * (kernel[i] - 1);
            fullPads[i] = reach - pads[i];
            fullPads[i + dims] = reach - pads[i + dims];
            if (fullPads[i] < 0 || fullPads[i + dims] < 0) {
                return null;
            }
        }
        long[] perm = new long[dims + 2];
        long[] spatialAxes = new long[dims];
        for (int i = 0; i < dims + 2; i++) {
            perm[i] = i;
        }
        perm[0] = 1;
        perm[1] = 0;
        for (int i = 0; i < dims; i++) {
            spatialAxes[i] = i + 2;
        }
        String transposed = c.op("Transpose", "w_t", w, Attr.ints("perm", perm));
        String flipped = c.op("Slice", "w_flipped", List.of(transposed, c.longs(repeat(-1, dims)), c.longs(repeat(Long.MIN_VALUE, dims)),
                c.longs(spatialAxes), c.longs(repeat(-1, dims))));
        return c.op("Conv", "conv_dx", List.of(g, flipped), Attr.ints("kernel_shape", kernel), Attr.ints("pads", fullPads),
                Attr.ints("dilations", dilations));
    }

    private static String kernelGradient(NodeProto n, String g, String x, String w, int dims, GradientContext c) {
        long[] perm = dims == 2 ? new long[] {1, 0, 2, 3} : new long[] {1, 0, 2};
        long[] kernel = c.declaredShape(w);
        boolean known = kernel != null && kernel.length == dims + 2 && Arrays.stream(kernel).allMatch(d -> d > 0);
        long taps = known ? Arrays.stream(kernel, 2, kernel.length).reduce(1, (a, b) -> a * b) : 0;
        if (known && taps <= SMALL_KERNEL_TAPS && patchesFit(c.staticShape(x), kernel[1] * taps)) {
            return kernelGradientByPatches(n, g, x, kernel, dims, c);
        }
        if (known && kernel[1] <= FEW_INPUT_CHANNELS) {
            return cutToShapeOf(kernelGradientByBatchGroups(n, g, x, dims, c), w, dims, c);
        }
        String xt = c.op("Transpose", "x_t", x, Attr.ints("perm", perm));
        String gt = c.op("Transpose", "g_t", g, Attr.ints("perm", perm));
        String correlated = c.op("Conv", "conv_dw", List.of(xt, gt), Attr.ints("strides", Attrs.ints(n, "dilations", repeat(1, dims))),
                Attr.ints("dilations", Attrs.ints(n, "strides", repeat(1, dims))), Attr.ints("pads", Attrs.ints(n, "pads", repeat(0, 2 * dims))));
        String full = c.op("Transpose", "dw_full", correlated, Attr.ints("perm", perm));
        return cutToShapeOf(full, w, dims, c);
    }

    /** Kernels of up to this many taps (3×3, 1×3, 1×1) get their gradient from patches. */
    static final int SMALL_KERNEL_TAPS = 9;

    /**
     * The most patch values per sample (4 MB of floats): the patches of a whole batch exist at once,
     * so a large image (a 224×224 stage of 64 channels has 1.8 M per sample) keeps the transposed form,
     * whose im2col holds one input channel at a time.
     */
    static final long PATCH_VALUES_PER_SAMPLE = 1L << 20;

    /** Whether the input's static shape is known and its patches per sample stay within {@link #PATCH_VALUES_PER_SAMPLE}. */
    private static boolean patchesFit(long[] input, long rowsPerPixel) {
        if (input == null || input.length < 3) {
            return false;
        }
        long pixels = 1;
        for (int i = 2; i < input.length; i++) {
            if (input[i] <= 0) {
                return false;
            }
            pixels *= input[i];
        }
        return rowsPerPixel * pixels <= PATCH_VALUES_PER_SAMPLE;
    }

    /**
     * The kernel gradient as products of patches: each sample's input patches (the forward
     * convolution's im2col, [C_in·taps, output pixels], made by a grouped convolution with one-hot
     * kernels of the same strides, padding and dilation) times its output gradient, summed over the
     * batch. With few taps the transposed form multiplies [C_out × N·pixels] by [N·pixels × taps],
     * too narrow for the GEMM (a 3×3 kernel's gradient in a ResNet stage was 2.5 times slower).
     */
    private static String kernelGradientByPatches(NodeProto n, String g, String x, long[] kernel, int dims, GradientContext c) {
        long inChannels = kernel[1];
        long outChannels = kernel[0];
        long taps = Arrays.stream(kernel, 2, kernel.length).reduce(1, (a, b) -> a * b);
        long[] pickShape = new long[dims + 2];
        pickShape[0] = inChannels * taps;
        pickShape[1] = 1;
        System.arraycopy(kernel, 2, pickShape, 2, dims);
        float[] pick = new float[(int) (inChannels * taps * taps)];
        for (int channel = 0; channel < inChannels; channel++) {
            for (int tap = 0; tap < taps; tap++) {
                pick[(int) ((channel * taps + tap) * taps + tap)] = 1f;
            }
        }
        String picks = c.op("CastLike", "patch_picks", List.of(c.graph().initializer("grad/patch_picks",
                new dev.dendrite.onnx.graph.FloatTensor(pickShape, pick)), x));
        String patches = c.op("Conv", "patches", List.of(x, picks), Attr.i("group", inChannels), Attr.ints("kernel_shape",
                Arrays.copyOfRange(kernel, 2, kernel.length)), Attr.ints("strides", Attrs.ints(n, "strides", repeat(1, dims))),
                Attr.ints("pads", Attrs.ints(n, "pads", repeat(0, 2 * dims))), Attr.ints("dilations", Attrs.ints(n, "dilations", repeat(1, dims))));
        String columns = c.op("Reshape", "patch_columns", List.of(patches, c.longs(0, inChannels * taps, -1)));
        String pixels = c.op("Transpose", "g_pixels", c.op("Reshape", "g_rows", List.of(g, c.longs(0, outChannels, -1))),
                Attr.ints("perm", 0, 2, 1));
        // [N, C_in·taps, pixels] × [N, pixels, C_out] -> summed over N -> [C_in·taps, C_out] -> [C_out, C_in·taps] -> the kernel's shape.
        String products = c.op("MatMul", "dw_per_sample", List.of(columns, pixels));
        String summed = c.op("ReduceSum", "dw_summed", List.of(products, c.longs(0)), Attr.i("keepdims", 0));
        return c.op("Reshape", "dw", List.of(c.op("Transpose", "dw_rows", summed, Attr.ints("perm", 1, 0)), c.longs(kernel)));
    }

    /** Input channels up to which the kernel gradient is computed in batch groups (an image's first convolution). */
    static final int FEW_INPUT_CHANNELS = 3;
    static final int BATCH_GROUPS = 4;

    /**
     * The kernel gradient of a convolution with few input channels, as a convolution grouped over
     * the batch whose partial sums are then added. The plain form is one convolution whose single
     * image holds the whole batch as channels: its patch matrix (batch × output pixels × kernel
     * taps) does not fit in cache, and its product of six by twenty-five outputs gives the second
     * core nothing to do. The batch is padded with zero samples to a multiple of the groups.
     */
    private static String kernelGradientByBatchGroups(NodeProto n, String g, String x, int dims, GradientContext c) {
        int rank = dims + 2;
        String groups = c.longs(BATCH_GROUPS);
        String batch = c.op("Slice", "batch", List.of(c.shape(x), c.longs(0), c.longs(1)));
        String missing = c.op("Mod", "batch_pad", List.of(c.op("Sub", "to_groups", List.of(groups, c.op("Mod", "batch_rest",
                List.of(batch, groups)))), groups));
        String pads = c.op("Concat", "batch_pads", List.of(c.longs(new long[rank]), missing, c.longs(new long[rank - 1])), Attr.i("axis", 0));
        String xp = c.op("Pad", "x_padded", List.of(x, pads));
        String gp = c.op("Pad", "g_padded", List.of(g, pads));
        long[] perm = new long[rank];
        for (int i = 0; i < rank; i++) {
            perm[i] = i;
        }
        perm[0] = 1;
        perm[1] = 0;
        // x as one image whose channels are the samples: [C_in, N, spatial...], samples group-major.
        String xt = c.op("Transpose", "x_t", xp, Attr.ints("perm", perm));
        // g as the kernels of each group: [N, C_out, spatial] -> [G, N/G, C_out, spatial] -> [G, C_out, N/G, spatial] -> [G·C_out, N/G, spatial].
        String sg = c.shape(gp);
        String perGroup = c.op("Div", "per_group", List.of(c.op("Slice", "padded_batch", List.of(sg, c.longs(0), c.longs(1))), groups));
        String outChannels = c.op("Slice", "out_channels", List.of(sg, c.longs(1), c.longs(2)));
        String spatial = c.op("Slice", "g_spatial", List.of(sg, c.longs(2), c.longs(rank)));
        String g5 = c.op("Reshape", "g_groups", List.of(gp, c.op("Concat", "g5_shape", List.of(groups, perGroup, outChannels, spatial),
                Attr.i("axis", 0))));
        long[] swap = new long[rank + 1];
        for (int i = 0; i <= rank; i++) {
            swap[i] = i;
        }
        swap[1] = 2;
        swap[2] = 1;
        String kernels = c.op("Reshape", "g_kernels", List.of(c.op("Transpose", "g_grouped", g5, Attr.ints("perm", swap)),
                c.op("Concat", "kernels_shape", List.of(c.longs(-1), perGroup, spatial), Attr.i("axis", 0))));
        String correlated = c.op("Conv", "conv_dw", List.of(xt, kernels), Attr.ints("strides", Attrs.ints(n, "dilations", repeat(1, dims))),
                Attr.ints("dilations", Attrs.ints(n, "strides", repeat(1, dims))), Attr.ints("pads", Attrs.ints(n, "pads", repeat(0, 2 * dims))),
                Attr.i("group", BATCH_GROUPS));
        // [C_in, G·C_out, k...] -> [C_in, G, C_out, k...] -> summed over the groups -> [C_out, C_in, k...].
        String sc = c.shape(correlated);
        String split = c.op("Reshape", "dw_groups", List.of(correlated, c.op("Concat", "dw_groups_shape", List.of(
                c.op("Slice", "in_channels", List.of(sc, c.longs(0), c.longs(1))), groups, c.longs(-1),
                c.op("Slice", "dw_spatial", List.of(sc, c.longs(2), c.longs(rank)))), Attr.i("axis", 0))));
        String summed = c.op("ReduceSum", "dw_summed", List.of(split, c.longs(1)), Attr.i("keepdims", 0));
        return c.op("Transpose", "dw_full", summed, Attr.ints("perm", perm));
    }

    /** Slices the spatial dims of {@code full} to those of {@code like} (it is never smaller). */
    private static String cutToShapeOf(String full, String like, int dims, GradientContext c) {
        long[] axes = new long[dims];
        long[] starts = new long[dims];
        for (int i = 0; i < dims; i++) {
            axes[i] = i + 2;
        }
        String ends = c.op("Slice", "spatial_dims", List.of(c.shape(like), c.longs(2), c.longs(2 + dims)));
        return c.op("Slice", "cut", List.of(full, c.longs(starts), ends, c.longs(axes)));
    }

    /** Recomputes the pooling with its Indices output and scatters the gradient to the winners. */
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
     * window's values become k² channels (SpaceToDepth), ArgMax picks the first maximum in row-major
     * order (as MaxPool does), and the flat input index of that element places the gradient with
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
        // [N, k²·C, Ho, Wo], channel (bh·k + bw)·C + c -> [N, k², C, Ho, Wo] -> first maximum per window: [N, C, Ho, Wo].
        String blocks = c.op("SpaceToDepth", "pool_blocks", x, Attr.i("blocksize", k));
        String sx = c.shape(x);
        String kk = c.longs(k);
        // The reshape reads the tensor's own sizes: the constants below then fail to broadcast against another shape.
        String windows = c.op("Reshape", "pool_windows", List.of(blocks, c.op("Concat", "pool_windows_shape", List.of(c.longs(-1, k * k),
                c.op("Slice", "pool_c", List.of(sx, c.longs(1), c.longs(2))), c.op("Div", "pool_hw", List.of(c.op("Slice", "pool_spatial",
                        List.of(sx, c.longs(2), c.longs(4))), kk))), Attr.i("axis", 0))));
        String winner = c.op("ArgMax", "pool_winner", windows, Attr.i("axis", 1), Attr.i("keepdims", 0));
        // Flat index of (n, c, k·ph + bh, k·pw + bw) = n·CHW + (c·HW + k·ph·W + k·pw) + (bh·W + bw), where bh·W + bw = a + (a / k)·(W − k).
        long[] corners = new long[(int) (channels * pooledHeight * pooledWidth)];
        int i = 0;
        for (long ch = 0; ch < channels; ch++) {
            for (long ph = 0; ph < pooledHeight; ph++) {
                for (long pw = 0; pw < pooledWidth; pw++) {
                    corners[i++] = ch * height * width + k * ph * width + k * pw;
                }
            }
        }
        String cornerIndices = c.op("Reshape", "pool_corners", List.of(c.longs(corners), c.longs(channels, pooledHeight, pooledWidth)));
        String within = c.op("Add", "pool_within", List.of(winner, c.op("Mul", "pool_row_skip", List.of(c.op("Div", "pool_bh",
                List.of(winner, kk)), c.longs(width - k)))));
        String samples = c.op("Range", "pool_samples", List.of(c.op("Squeeze", "pool_zero", c.longs(0)), c.op("Squeeze", "pool_n",
                c.op("Slice", "pool_batch", List.of(sx, c.longs(0), c.longs(1)))), c.op("Squeeze", "pool_one", c.longs(1))));
        String sampleStarts = c.op("Mul", "pool_sample_starts", List.of(c.op("Reshape", "pool_n_column", List.of(samples, c.longs(-1, 1, 1, 1))),
                c.longs(channels * height * width)));
        String indices = c.op("Add", "pool_indices", List.of(c.op("Add", "pool_base", List.of(within, cornerIndices)), sampleStarts));
        return c.op("MaxUnpool", "maxpool_dx", List.of(g, indices, sx), Attrs.copy(n, "kernel_shape", "strides"));
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
        long[] strides = Attrs.ints(n, "strides", repeat(1, dims));
        long[] outputPadding = new long[dims];
        for (int i = 0; i < dims; i++) {
            outputPadding[i] = strides[i] - 1;
        }
        String spread = c.op("ConvTranspose", "avg_dx", List.of(g1, weights), Attr.ints("strides", strides),
                Attr.ints("pads", Attrs.ints(n, "pads", repeat(0, 2 * dims))), Attr.ints("output_padding", outputPadding),
                Attr.ints("kernel_shape", kernel));
        String unfolded = c.op("Reshape", "unfold", List.of(spread, c.op("Concat", "unfold_shape", List.of(
                c.op("Slice", "nc2", List.of(c.shape(x), c.longs(0), c.longs(2))),
                c.op("Slice", "spread_sp", List.of(c.shape(spread), c.longs(2), c.longs(2 + dims)))), Attr.i("axis", 0))));
        return List.of(cutToShapeOf(unfolded, x, dims, c));
    }
}
