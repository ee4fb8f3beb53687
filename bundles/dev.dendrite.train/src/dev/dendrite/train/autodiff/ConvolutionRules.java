package dev.dendrite.train.autodiff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static dev.dendrite.train.autodiff.WindowRules.cutToShapeOf;
import static dev.dendrite.train.autodiff.WindowRules.dilations;
import static dev.dendrite.train.autodiff.WindowRules.pads;
import static dev.dendrite.train.autodiff.WindowRules.product;
import static dev.dendrite.train.autodiff.WindowRules.repeat;
import static dev.dendrite.train.autodiff.WindowRules.spatial;
import static dev.dendrite.train.autodiff.WindowRules.spatialAxes;
import static dev.dendrite.train.autodiff.WindowRules.strides;
import static dev.dendrite.train.autodiff.WindowRules.swapFirstTwo;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.onnx.graph.Attr;

/**
 * The rule of Conv (1-D/2-D, stride, padding, dilation, groups). Input gradients are a
 * convolution with the flipped kernel for small stride-1 kernels, a 1×1 convolution placed at
 * its pixels by MaxUnpool for strided 1×1 kernels, else a ConvTranspose with the
 * largest allowed output padding cut to the input's size. Kernel gradients of small stride-1 2-D
 * kernels come from shifted copies of the input and output gradient: per sample on large images
 * (separable shifts), in one product over the stacked batch on small ones (stacked shifts). Other
 * kernels of up to {@link #SMALL_KERNEL_TAPS} taps take products of input patches while they stay small,
 * a convolution grouped over the batch when it has at most {@link #FEW_INPUT_CHANNELS} input
 * channels, else a Conv of the transposed input with the transposed output gradient (dilation and
 * stride swapped). The forms that need static shapes read them from the {@link GradientContext}.
 */
final class ConvolutionRules {

    private ConvolutionRules() {
    }

    static void register(Map<String, VjpRule> rules) {
        rules.put("Conv", ConvolutionRules::conv);
        rules.put("ConvTranspose", ConvolutionRules::convTranspose);
    }

    /**
     * The rule of ConvTranspose, the adjoint of the Conv with the same kernel, strides, padding,
     * dilation and groups (the kernel [C_in, C_out / group, k...] read as that Conv's [M, C / group, k...]):
     * its input gradient is that Conv of the output gradient, and its kernel gradient is that Conv's
     * kernel gradient with the output gradient as the Conv's input and this input as the Conv's output
     * gradient. Output padding only adds output rows that the Conv's floor division leaves out.
     * Implicit padding ({@code auto_pad}, {@code output_shape}) is refused by name.
     */
    private static List<String> convTranspose(NodeProto n, List<String> grads, GradientContext c) {
        int dims = spatial(n);
        if (!dev.dendrite.onnx.graph.NodeAttributes.s(n, "auto_pad", "NOTSET").equals("NOTSET") || Attrs.get(n, "output_shape") != null) {
            throw new IllegalArgumentException("no gradient rule for ConvTranspose with auto_pad or output_shape: give its pads (node "
                    + n.getName() + ")");
        }
        long group = Attrs.i(n, "group", 1);
        String x = n.getInput(0);
        String w = n.getInput(1);
        String g = grads.get(0);
        NodeProto adjoint = n.toBuilder().setOpType("Conv").clearAttribute().addAllAttribute(List.of(Attrs.copy(n, "kernel_shape", "strides",
                "pads", "dilations", "group"))).build();
        String gX = c.needs(x) ? c.op("Conv", "convt_dx", List.of(g, w), Attrs.copy(adjoint, "kernel_shape", "strides", "pads", "dilations",
                "group")) : null;
        String gW = null;
        if (c.needs(w) && group == 1) {
            gW = kernelGradient(adjoint, x, g, w, dims, c);
        } else if (c.needs(w)) {
            List<String> gs = c.ops("Split", "convt_g_groups", List.of(g), (int) group, Attr.i("axis", 1), Attr.i("num_outputs", group));
            List<String> xs = c.ops("Split", "convt_x_groups", List.of(x), (int) group, Attr.i("axis", 1), Attr.i("num_outputs", group));
            List<String> ws = c.ops("Split", "convt_w_groups", List.of(w), (int) group, Attr.i("axis", 0), Attr.i("num_outputs", group));
            List<String> gWs = new ArrayList<>();
            for (int i = 0; i < group; i++) {
                gWs.add(kernelGradient(adjoint, xs.get(i), gs.get(i), ws.get(i), dims, c));
            }
            gW = c.op("Concat", "convt_gw_groups", gWs, Attr.i("axis", 0));
        }
        List<String> result = new ArrayList<>(java.util.Arrays.asList(gX, gW));
        if (n.getInputCount() > 2 && !n.getInput(2).isEmpty()) {
            result.add(ChannelSums.of(c.graph(), "ReduceSum", g, dims + 2, "grad/convt_bias_grad"));
        }
        return result;
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
            result.add(ChannelSums.of(c.graph(), "ReduceSum", g, dims + 2, "grad/bias_grad"));
        }
        return result;
    }

    static String inputGradient(NodeProto n, String g, String w, String x, int dims, GradientContext c) {
        String pointwise = stridedPointwiseInputGradient(n, g, w, x, dims, c);
        if (pointwise != null) {
            return pointwise;
        }
        String correlated = fullCorrelation(n, g, w, dims, c);
        if (correlated != null) {
            return correlated;
        }
        long[] strides = strides(n, dims);
        long[] exact = exactOutputPadding(n, c.staticShape(x), dims);
        // Unknown size: the largest output the strides allow, cut back to the input's size below.
        long[] outputPadding = exact != null ? exact : Arrays.stream(strides).map(s -> s - 1).toArray();
        String full = c.op("ConvTranspose", "conv_dx", List.of(g, w), Attr.ints("strides", strides), Attr.ints("pads", pads(n, dims)),
                Attr.ints("dilations", dilations(n, dims)), Attr.ints("output_padding", outputPadding),
                Attr.ints("kernel_shape", Attrs.ints(n, "kernel_shape")));
        return exact != null ? full : cutToShapeOf(full, x, dims, c);
    }

    /**
     * The input gradient of a 2-D 1×1 convolution with strides s > 1, no padding and a known input
     * size (a ResNet projection shortcut): the 1×1 convolution of the output gradient with the
     * transposed kernel gives the values, and MaxUnpool places each at the pixel it came from,
     * (s·h, s·w), zeros elsewhere. ONNX Runtime's ConvTranspose spent 3.2 ms on resnet-small's first
     * projection at batch 64, most of it scattering columns back; padding zero planes and
     * DepthToSpace took twice that. Null for other convolutions.
     */
    private static String stridedPointwiseInputGradient(NodeProto n, String g, String w, String x, int dims, GradientContext c) {
        long[] kernel = Attrs.ints(n, "kernel_shape");
        long[] strides = strides(n, dims);
        long[] input = c.staticShape(x);
        if (dims != 2 || kernel.length != 2 || kernel[0] != 1 || kernel[1] != 1 || strides[0] != strides[1] || strides[0] < 2
                || Arrays.stream(pads(n, dims)).anyMatch(p -> p != 0) || input == null || input.length != 4
                || Arrays.stream(input, 1, 4).anyMatch(d -> d <= 0)) {
            return null;
        }
        long s = strides[0];
        String transposed = c.op("Transpose", "w_t", w, Attr.ints("perm", 1, 0, 2, 3));
        String values = c.op("Conv", "pointwise_dx", List.of(g, transposed), Attr.ints("kernel_shape", 1, 1));
        String sx = c.shape(x);
        String indices = PoolingRules.cornerIndices(c, "pointwise", sx, new long[] {input[1], input[2], input[3]}, (input[2] - 1) / s + 1,
                (input[3] - 1) / s + 1, s);
        return c.op("MaxUnpool", "pointwise_placed", List.of(values, indices, sx), Attr.ints("kernel_shape", 1, 1),
                Attr.ints("strides", s, s));
    }

    /**
     * The output padding that makes the transposed convolution exactly as large as the input, when
     * the input's spatial size is known: then no cut follows (a Slice that copied the whole
     * gradient, 1.4% of a resnet-small step, only to keep it as it was). Null when unknown.
     */
    private static long[] exactOutputPadding(NodeProto n, long[] input, int dims) {
        if (input == null || input.length != dims + 2) {
            return null;
        }
        long[] strides = strides(n, dims);
        long[] pads = pads(n, dims);
        long[] dilations = dilations(n, dims);
        long[] kernel = Attrs.ints(n, "kernel_shape");
        long[] padding = new long[dims];
        for (int i = 0; i < dims; i++) {
            long size = input[i + 2];
            if (size <= 0) {
                return null;
            }
            long span = dilations[i] * (kernel[i] - 1) + 1;
            long outputs = (size + pads[i] + pads[i + dims] - span) / strides[i] + 1;
            padding[i] = size - ((outputs - 1) * strides[i] - pads[i] - pads[i + dims] + span);
            if (padding[i] < 0 || padding[i] >= Math.max(strides[i], dilations[i])) {
                return null;
            }
        }
        return padding;
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
        long[] dilations = dilations(n, dims);
        long[] pads = pads(n, dims);
        if (Arrays.stream(strides(n, dims)).anyMatch(stride -> stride != 1) || product(kernel, 0) > SMALL_KERNEL_TAPS
                || pads.length != 2 * dims) {
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
        String transposed = c.op("Transpose", "w_t", w, Attr.ints("perm", swapFirstTwo(dims + 2)));
        String flipped = c.op("Slice", "w_flipped", List.of(transposed, c.longs(repeat(-1, dims)), c.longs(repeat(Long.MIN_VALUE, dims)),
                c.longs(spatialAxes(dims)), c.longs(repeat(-1, dims))));
        return c.op("Conv", "conv_dx", List.of(g, flipped), Attr.ints("kernel_shape", kernel), Attr.ints("pads", fullPads),
                Attr.ints("dilations", dilations));
    }

    private static String kernelGradient(NodeProto n, String g, String x, String w, int dims, GradientContext c) {
        long[] kernel = c.declaredShape(w);
        boolean known = kernel != null && kernel.length == dims + 2 && Arrays.stream(kernel).allMatch(d -> d > 0);
        if (known && separable(n, kernel, c.staticShape(x), dims)) {
            return kernelGradientBySeparableShifts(n, g, x, kernel, c);
        }
        if (known && stackable(n, kernel, c.staticShape(x), dims)) {
            return kernelGradientByStackedShifts(n, g, x, kernel, c);
        }
        if (known && product(kernel, 2) <= SMALL_KERNEL_TAPS && patchesFit(c.staticShape(x), kernel[1] * product(kernel, 2))) {
            return kernelGradientByPatches(n, g, x, kernel, dims, c);
        }
        if (known && kernel[1] <= FEW_INPUT_CHANNELS) {
            return cutToShapeOf(kernelGradientByBatchGroups(n, g, x, dims, c), w, dims, c);
        }
        long[] perm = swapFirstTwo(dims + 2);
        String xt = c.op("Transpose", "x_t", x, Attr.ints("perm", perm));
        String gt = c.op("Transpose", "g_t", g, Attr.ints("perm", perm));
        String correlated = c.op("Conv", "conv_dw", List.of(xt, gt), Attr.ints("strides", dilations(n, dims)),
                Attr.ints("dilations", strides(n, dims)), Attr.ints("pads", pads(n, dims)));
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
        long taps = product(kernel, 2);
        String picks = oneHot(c, x, "grad/patch_picks", inChannels, Arrays.copyOfRange(kernel, 2, kernel.length));
        String patches = c.op("Conv", "patches", List.of(x, picks), Attr.i("group", inChannels), Attr.ints("kernel_shape",
                Arrays.copyOfRange(kernel, 2, kernel.length)), Attr.ints("strides", strides(n, dims)), Attr.ints("pads", pads(n, dims)),
                Attr.ints("dilations", dilations(n, dims)));
        String columns = c.op("Reshape", "patch_columns", List.of(patches, c.longs(0, inChannels * taps, -1)));
        String pixels = c.op("Transpose", "g_pixels", c.op("Reshape", "g_rows", List.of(g, c.longs(0, outChannels, -1))),
                Attr.ints("perm", 0, 2, 1));
        // [N, C_in·taps, pixels] × [N, pixels, C_out] -> summed over N -> [C_in·taps, C_out] -> [C_out, C_in·taps] -> the kernel's shape.
        String products = c.op("MatMul", "dw_per_sample", List.of(columns, pixels));
        String summed = c.op("ReduceSum", "dw_summed", List.of(products, c.longs(0)), Attr.i("keepdims", 0));
        return c.op("Reshape", "dw", List.of(c.op("Transpose", "dw_rows", summed, Attr.ints("perm", 1, 0)), c.longs(kernel)));
    }

    /**
     * Output pixels from which a 2-D stride-1 kernel gradient comes from separable shifts instead of
     * patches. Measured alone (3×3, ms at batch 64 / 128 / 512): 16 channels at 32×32 3.46 / 9.05 / 28.8
     * from patches, 2.81 / 5.65 / 24.3 separable; 32 channels at 16×16 2.09 → 1.76 at 64, level at 512;
     * 64 channels at 8×8 level at 64 and 13% slower at 512, so small images keep the patches.
     */
    static final long SEPARABLE_MIN_PIXELS = 256;

    /** Whether the separable form applies: 2-D, stride and dilation 1, a small kernel at least 2 wide and high, a large image. */
    private static boolean separable(NodeProto n, long[] kernel, long[] input, int dims) {
        if (dims != 2 || input == null || input.length != 4 || input[2] <= 0 || input[3] <= 0
                || Arrays.stream(strides(n, dims)).anyMatch(v -> v != 1) || Arrays.stream(dilations(n, dims)).anyMatch(v -> v != 1)) {
            return false;
        }
        long kh = kernel[2];
        long kw = kernel[3];
        long[] pads = pads(n, dims);
        long rows = input[2] + pads[0] + pads[2];
        long outputWidth = input[3] + pads[1] + pads[3] - kw + 1;
        long outputHeight = rows - kh + 1;
        return kh > 1 && kw > 1 && kh * kw <= SMALL_KERNEL_TAPS && outputHeight * outputWidth >= SEPARABLE_MIN_PIXELS
                && Math.max(kernel[1] * kw, kernel[0] * kh) * rows * outputWidth <= PATCH_VALUES_PER_SAMPLE;
    }

    /**
     * The kernel gradient of a stride-1 2-D convolution from two one-dimensional shifts instead of
     * patches: dW[o, i, kh, kw] = Σ x_padded[i, r, c + kw] · g[o, r − kh, c] over samples, rows r and
     * output columns c. The input shifted along its width (one-hot kernels 1 × KW, the forward
     * padding) gives Q [N, C_in·KW, rows, C]; the output gradient shifted down by each kh (one-hot
     * kernels KH × 1, KH − 1 rows of zeros either side) gives G [N, C_out·KH, rows, C]; Q times G
     * transposed, summed over the batch, holds every (i, kw) by (o, kh) product. That writes
     * C_in·KW + C_out·KH planes per sample instead of the patches' C_in·KH·KW, with the same
     * multiplications in one wider product.
     */
    private static String kernelGradientBySeparableShifts(NodeProto n, String g, String x, long[] kernel, GradientContext c) {
        long outChannels = kernel[0];
        long inChannels = kernel[1];
        long kh = kernel[2];
        long kw = kernel[3];
        long[] pads = pads(n, 2);
        String columns = c.op("Conv", "separable_x", List.of(x, oneHot(c, x, "grad/separable_x_picks", inChannels, 1, kw)),
                Attr.i("group", inChannels), Attr.ints("kernel_shape", 1, kw), Attr.ints("pads", pads));
        String rows = c.op("Conv", "separable_g", List.of(g, oneHot(c, x, "grad/separable_g_picks", outChannels, kh, 1)),
                Attr.i("group", outChannels), Attr.ints("kernel_shape", kh, 1), Attr.ints("pads", kh - 1, 0, kh - 1, 0));
        String q = c.op("Reshape", "separable_x_rows", List.of(columns, c.longs(0, inChannels * kw, -1)));
        String gt = c.op("Transpose", "separable_g_columns", c.op("Reshape", "separable_g_rows", List.of(rows, c.longs(0, outChannels * kh, -1))),
                Attr.ints("perm", 0, 2, 1));
        // [N, C_in·KW, P] × [N, P, C_out·KH] -> summed over N -> [C_in, KW, C_out, t] -> [C_out, C_in, t, KW], t = KH − 1 − kh.
        String summed = c.op("ReduceSum", "dw_summed", List.of(c.op("MatMul", "dw_per_sample", List.of(q, gt)), c.longs(0)),
                Attr.i("keepdims", 0));
        String taps = c.op("Transpose", "dw_taps", c.op("Reshape", "dw_split", List.of(summed, c.longs(inChannels, kw, outChannels, kh))),
                Attr.ints("perm", 2, 0, 3, 1));
        return c.op("Slice", "dw", List.of(taps, c.longs(-1), c.longs(Long.MIN_VALUE), c.longs(2), c.longs(-1)));
    }

    /**
     * Whether the stacked shifts apply: 2-D, stride and dilation 1, a kernel of 2 to 9 taps, a known
     * image (smaller than {@link #SEPARABLE_MIN_PIXELS} once the separable form has declined). On
     * resnet-small's 8×8 stage, in steady-state profiles, its 3×3 kernel gradient took 30–35 ms per
     * step at batch 512 against 36–37 from per-sample patches, level at 64, with 258 MB less peak
     * memory. Larger images keep the separable form, which the stacked one did not beat there.
     */
    private static boolean stackable(NodeProto n, long[] kernel, long[] input, int dims) {
        if (dims != 2 || input == null || input.length != 4 || input[2] <= 0 || input[3] <= 0
                || Arrays.stream(strides(n, dims)).anyMatch(v -> v != 1) || Arrays.stream(dilations(n, dims)).anyMatch(v -> v != 1)) {
            return false;
        }
        long[] pads = pads(n, 2);
        long rows = input[2] + pads[0] + pads[2];
        long outputWidth = input[3] + pads[1] + pads[3] - kernel[3] + 1;
        return product(kernel, 2) > 1 && product(kernel, 2) <= SMALL_KERNEL_TAPS
                && Math.max(kernel[1] * kernel[3], kernel[0] * kernel[2]) * rows * outputWidth <= PATCH_VALUES_PER_SAMPLE;
    }

    /**
     * The kernel gradient of a stride-1 2-D convolution as one product over the whole batch:
     * dW[o, i, kh, kw] = Σ x_padded[n, i, R, c + kw] · g[n, o, R − kh, c] over samples n, padded rows
     * R and output columns c. Each channel's padded images are stacked into one tall image, so the
     * input shifted along its width is Q [C_in·KW, N·rows·C], and the output gradient, zero-padded to
     * the padded image's height and stacked the same way, shifted down by each kh is G [C_out·KH,
     * N·rows·C]: a sample's rows below its output rows are zeros, so no shift reaches into the next
     * sample. One Gemm G·Qᵀ contracts samples and pixels inside the GEMM, instead of one small
     * product per sample summed afterwards.
     */
    private static String kernelGradientByStackedShifts(NodeProto n, String g, String x, long[] kernel, GradientContext c) {
        long outChannels = kernel[0];
        long inChannels = kernel[1];
        long kh = kernel[2];
        long kw = kernel[3];
        long[] input = c.staticShape(x);
        long[] pads = pads(n, 2);
        long rows = input[2] + pads[0] + pads[2];
        long columns = input[3] + pads[1] + pads[3];
        long outputHeight = rows - kh + 1;
        String padded = c.op("Pad", "stacked_x_pad", List.of(x, c.longs(0, 0, pads[0], pads[1], 0, 0, pads[2], pads[3])));
        String stackedX = c.op("Reshape", "stacked_x", List.of(c.op("Transpose", "stacked_x_t", padded, Attr.ints("perm", 1, 0, 2, 3)),
                c.longs(inChannels, 1, -1, columns)));
        String q = c.op("Conv", "stacked_x_shifts", List.of(stackedX, oneHot(c, x, "grad/stacked_x_picks", 1, 1, kw)),
                Attr.ints("kernel_shape", 1, kw));
        String gPadded = c.op("Pad", "stacked_g_pad", List.of(g, c.longs(0, 0, 0, 0, 0, 0, rows - outputHeight, 0)));
        String stackedG = c.op("Reshape", "stacked_g", List.of(c.op("Transpose", "stacked_g_t", gPadded, Attr.ints("perm", 1, 0, 2, 3)),
                c.longs(outChannels, 1, -1, columns - kw + 1)));
        // Output channel t reads row r + t − (KH − 1): the shift down by kh = KH − 1 − t, so the picks run backwards.
        String shifted = c.op("Conv", "stacked_g_shifts", List.of(stackedG, picks(c, x, "grad/stacked_g_picks", 1, true, kh, 1)),
                Attr.ints("kernel_shape", kh, 1), Attr.ints("pads", kh - 1, 0, 0, 0));
        String product = c.op("Gemm", "stacked_dw", List.of(c.op("Reshape", "stacked_g_rows", List.of(shifted, c.longs(outChannels * kh, -1))),
                c.op("Reshape", "stacked_x_rows", List.of(q, c.longs(inChannels * kw, -1)))), Attr.i("transB", 1));
        // [C_out·KH, C_in·KW] -> [C_out, KH, C_in, KW] -> [C_out, C_in, KH, KW].
        return c.op("Transpose", "dw", c.op("Reshape", "dw_split", List.of(product, c.longs(outChannels, kh, inChannels, kw))),
                Attr.ints("perm", 0, 2, 1, 3));
    }

    /** One-hot kernels [channels·taps, 1, spatial...] picking each tap in turn, in the type of {@code like}. */
    private static String oneHot(GradientContext c, String like, String name, long channels, long... spatial) {
        return picks(c, like, name, channels, false, spatial);
    }

    /** One-hot kernels as {@link #oneHot}, or with each channel's taps picking backwards (tap t picks position taps − 1 − t). */
    private static String picks(GradientContext c, String like, String name, long channels, boolean backwards, long... spatial) {
        long taps = Arrays.stream(spatial).reduce(1, (a, b) -> a * b);
        long[] shape = new long[spatial.length + 2];
        shape[0] = channels * taps;
        shape[1] = 1;
        System.arraycopy(spatial, 0, shape, 2, spatial.length);
        float[] pick = new float[(int) (channels * taps * taps)];
        for (int channel = 0; channel < channels; channel++) {
            for (int tap = 0; tap < taps; tap++) {
                pick[(int) ((channel * taps + tap) * taps + (backwards ? taps - 1 - tap : tap))] = 1f;
            }
        }
        return c.op("CastLike", "picks", List.of(c.graph().initializer(name, new dev.dendrite.onnx.graph.FloatTensor(shape, pick)), like));
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
        long[] perm = swapFirstTwo(rank);
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
        String correlated = c.op("Conv", "conv_dw", List.of(xt, kernels), Attr.ints("strides", dilations(n, dims)),
                Attr.ints("dilations", strides(n, dims)), Attr.ints("pads", pads(n, dims)), Attr.i("group", BATCH_GROUPS));
        // [C_in, G·C_out, k...] -> [C_in, G, C_out, k...] -> summed over the groups -> [C_out, C_in, k...].
        String sc = c.shape(correlated);
        String split = c.op("Reshape", "dw_groups", List.of(correlated, c.op("Concat", "dw_groups_shape", List.of(
                c.op("Slice", "in_channels", List.of(sc, c.longs(0), c.longs(1))), groups, c.longs(-1),
                c.op("Slice", "dw_spatial", List.of(sc, c.longs(2), c.longs(rank)))), Attr.i("axis", 0))));
        String summed = c.op("ReduceSum", "dw_summed", List.of(split, c.longs(1)), Attr.i("keepdims", 0));
        return c.op("Transpose", "dw_full", summed, Attr.ints("perm", perm));
    }
}
