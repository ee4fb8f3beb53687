package dev.dendrite.onnx.importer;

import static dev.dendrite.onnx.importer.ImportState.intAttribute;
import static dev.dendrite.onnx.importer.ImportState.intsAttribute;

import java.util.Arrays;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.PoolType;
import dev.dendrite.model.network.Reshape;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.ConvolutionFactory;
import dev.dendrite.model.network.convolution.GlobalPooling;
import dev.dendrite.model.network.convolution.Pooling;
import dev.dendrite.model.network.normalization.NormalizationFactory;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.importer.ImportState.Source;

/** Maps Conv, MaxPool, AveragePool and the global pools (square windows, symmetric padding). */
final class ConvOps {

    private static final NetworkFactory F = NetworkFactory.eINSTANCE;

    private ConvOps() {
    }

    /** The node's constant 3-D or 4-D kernel where it reads data and such a kernel; else null, the node said unsupported. */
    private static FloatTensor kernel(NodeProto node, ImportState s) throws OnnxFormatException {
        TensorProto w = s.constant(node, 1);
        if (s.data(node, 0) == null || w == null || w.getDimsCount() < 3 || w.getDimsCount() > 4) {
            s.unsupported(node, node.getOpType() + " maps to a layer with a data input and a constant 3-D or 4-D kernel");
            return null;
        }
        return s.floats(w);
    }

    static void conv(NodeProto node, ImportState s) throws OnnxFormatException {
        FloatTensor kernel = kernel(node, s);
        if (kernel == null) {
            return;
        }
        Source x = s.data(node, 0);
        int dims = kernel.rank() - 2;
        long[] sizes = Arrays.copyOfRange(kernel.shape(), 2, kernel.rank());
        Integer k = uniform(sizes);
        Integer stride = uniformOr(intsAttribute(node, "strides"), 1);
        Integer dilation = uniformOr(intsAttribute(node, "dilations"), 1);
        String autoPad = ImportState.stringAttribute(node, "auto_pad", "NOTSET");
        int[] pads = autoPad.startsWith("SAME") && stride != null && dilation != null ? samePads(s, x, sizes, stride, dilation,
                autoPad.equals("SAME_LOWER")) : autoPad.equals("VALID") ? new int[2 * dims] : explicitPads(intsAttribute(node, "pads"), dims);
        if (stride == null || pads == null || dilation == null) {
            s.unsupported(node, "Conv with strides or dilations that differ between spatial dims, or auto_pad SAME on an input of unknown size");
            return;
        }
        Convolution conv = ConvolutionFactory.eINSTANCE.createConvolution();
        conv.setDimensions(dims);
        conv.setOutChannels((int) kernel.shape()[0]);
        conv.setKernel((int) sizes[0]);
        if (k == null) {
            // A kernel that is not square (Inception's 1×7): its sizes per dim.
            Arrays.stream(sizes).forEach(size -> conv.getKernelShape().add((int) size));
        }
        conv.setStride(stride);
        int[] ends = sides(Arrays.stream(pads).asLongStream().toArray(), dims);
        if (ends != null) {
            conv.setPadding(ends[0]);
            conv.setPaddingEnd(ends[1] == ends[0] ? -1 : ends[1]);
        } else {
            // Padding that differs between the spatial dims: per dim and end.
            conv.setPadding(pads[0]);
            Arrays.stream(pads).forEach(pad -> conv.getPads().add(pad));
        }
        conv.setDilation(dilation);
        s.tensors.put(node.getOutput(0), add(node, s, x, conv, kernel));
    }

    /**
     * ConvTranspose as a TransposedConvolution where the layer says the same: a constant square kernel, one group, one stride
     * and one padding on every end of every spatial dim, no dilation, and the output size its attributes give (no auto_pad or
     * output_shape). Other forms stay the generic operator they are (which trains as well).
     */
    static void transposed(NodeProto node, ImportState s) throws OnnxFormatException {
        FloatTensor kernel = kernel(node, s);
        if (kernel == null) {
            return;
        }
        int dims = kernel.rank() - 2;
        Integer k = uniform(Arrays.copyOfRange(kernel.shape(), 2, kernel.rank()));
        Integer stride = uniformOr(intsAttribute(node, "strides"), 1);
        Integer padding = uniformOr(intsAttribute(node, "pads"), 0);
        Integer outputPadding = uniformOr(intsAttribute(node, "output_padding"), 0);
        Integer dilation = uniformOr(intsAttribute(node, "dilations"), 1);
        boolean explicit = ImportState.stringAttribute(node, "auto_pad", "NOTSET").equals("NOTSET")
                && intsAttribute(node, "output_shape").length == 0;
        if (k == null || stride == null || padding == null || outputPadding == null || dilation == null || dilation != 1 || !explicit
                || intAttribute(node, "group", 1) != 1) {
            s.unsupported(node, "a TransposedConvolution has a square kernel, one group, no dilation, and one stride, padding and "
                    + "output padding on every spatial dim, given explicitly");
            return;
        }
        var conv = ConvolutionFactory.eINSTANCE.createTransposedConvolution();
        conv.setDimensions(dims);
        conv.setOutChannels((int) kernel.shape()[1]);
        conv.setKernel(k);
        conv.setStride(stride);
        conv.setPadding(padding);
        conv.setOutputPadding(outputPadding);
        TensorProto b = s.constant(node, 2);
        conv.setBias(b != null);
        s.add(conv, node, s.data(node, 0));
        s.weights.put(conv.getId(), "weight", kernel);
        if (b != null) {
            s.weights.put(conv.getId(), "bias", s.floats(b));
        }
        s.tensors.put(node.getOutput(0), new Source(conv, Ports.OUT));
    }

    /** Adds {@code conv} reading x with the node's groups, kernel and bias (if it has one); its output. */
    static Source add(NodeProto node, ImportState s, Source x, Convolution conv, FloatTensor kernel) throws OnnxFormatException {
        conv.setGroups((int) intAttribute(node, "group", 1));
        TensorProto b = s.constant(node, 2);
        conv.setBias(b != null);
        s.add(conv, node, x);
        s.weights.put(conv.getId(), "weight", kernel);
        if (b != null) {
            s.weights.put(conv.getId(), "bias", s.floats(b));
        }
        return new Source(conv, Ports.OUT);
    }

    static void pool(NodeProto node, ImportState s, PoolType type) {
        Source x = s.data(node, 0);
        long[] kernelShape = intsAttribute(node, "kernel_shape");
        Integer kernel = uniform(kernelShape);
        Integer stride = uniformOr(intsAttribute(node, "strides"), 1);
        Integer dilation = uniformOr(intsAttribute(node, "dilations"), 1);
        String autoPad = ImportState.stringAttribute(node, "auto_pad", "NOTSET");
        int[] same = autoPad.startsWith("SAME") && stride != null ? samePads(s, x, kernelShape, stride, 1, autoPad.equals("SAME_LOWER")) : null;
        int[] pads = autoPad.startsWith("SAME") ? same == null ? null : sides(Arrays.stream(same).asLongStream().toArray(), kernelShape.length)
                : autoPad.equals("VALID") ? new int[] {0, 0} : sides(intsAttribute(node, "pads"), kernelShape.length);
        Integer pad = pads == null ? null : pads[0];
        boolean padExcluded = type == PoolType.AVERAGE && intAttribute(node, "count_include_pad", 0) == 0 && pads != null
                && (pads[0] > 0 || pads[1] > 0);
        boolean indicesUsed = node.getOutputCount() > 1 && s.consumers.containsKey(node.getOutput(1));
        boolean ceil = intAttribute(node, "ceil_mode", 0) != 0;
        if (x == null || kernel == null || stride == null || pad == null || dilation == null
                || ceil && autoPad.startsWith("SAME") || padExcluded || indicesUsed
                || autoPad.startsWith("SAME") && (type == PoolType.AVERAGE || dilation != 1) || kernelShape.length > 2) {
            s.unsupported(node, "pooling with non-square windows, used indices or padding excluded from averages");
            return;
        }
        Pooling pool = ConvolutionFactory.eINSTANCE.createPooling();
        pool.setPoolType(type);
        pool.setDimensions(kernelShape.length);
        pool.setKernel(kernel);
        pool.setStride(stride);
        pool.setPadding(pads[0]);
        pool.setPaddingEnd(pads[1] == pads[0] ? -1 : pads[1]);
        pool.setDilation(dilation);
        pool.setCeilMode(ceil);
        s.tensors.put(node.getOutput(0), new Source(s.add(pool, node, x), Ports.OUT));
    }

    /** LRN across channels: a layer of its own. */
    static void localResponseNorm(NodeProto node, ImportState s) {
        Source x = s.data(node, 0);
        long size = intAttribute(node, "size", 0);
        if (x == null || size < 1) {
            s.unsupported(node, "LRN of a constant, or without a size");
            return;
        }
        var lrn = NormalizationFactory.eINSTANCE.createLocalResponseNorm();
        lrn.setSize((int) size);
        lrn.setAlpha(ImportState.floatAttribute(node, "alpha", 1e-4f));
        lrn.setBeta(ImportState.floatAttribute(node, "beta", 0.75f));
        lrn.setBias(ImportState.floatAttribute(node, "bias", 1f));
        s.tensors.put(node.getOutput(0), new Source(s.add(lrn, node, x), Ports.OUT));
    }

    /** A global pool followed by Flatten becomes one layer; alone it is followed by a Reshape back to [C, 1, 1]. */
    static void globalPool(NodeProto node, ImportState s, PoolType type) {
        Source x = s.data(node, 0);
        if (x == null) {
            s.unsupported(node, "global pooling of a constant");
            return;
        }
        GlobalPooling pool = ConvolutionFactory.eINSTANCE.createGlobalPooling();
        pool.setPoolType(type);
        s.add(pool, node, x);
        NodeProto next = s.onlyConsumer(node.getOutput(0));
        if (next != null && next.getOpType().equals("Flatten") && intAttribute(next, "axis", 1) == 1) {
            s.absorbed.add(next);
            s.tensors.put(next.getOutput(0), new Source(pool, Ports.OUT));
            return;
        }
        Reshape reshape = F.createReshape();
        reshape.getDims().addAll(java.util.List.of(-1, 1, 1));
        s.builder.add(reshape, pool.getName() + "_keepdims", pool);
        s.tensors.put(node.getOutput(0), new Source(reshape, Ports.OUT));
    }

    /** auto_pad SAME's padding of every near end, then every far end, for per-dim kernel sizes; null when the input's dims are not known. */
    private static int[] samePads(ImportState s, Source x, long[] kernel, int stride, int dilation, boolean lower) {
        var shape = x == null ? null : s.shapeOf(x);
        if (shape == null || shape.rank() != 2 + kernel.length) {
            return null;
        }
        int dims = kernel.length;
        int[] pads = new int[2 * dims];
        for (int i = 0; i < dims; i++) {
            if (!shape.dim(2 + i).isFixed()) {
                return null;
            }
            long in = shape.size(2 + i);
            long out = (in + stride - 1) / stride;
            long total = Math.max(0, (out - 1) * stride + (kernel[i] - 1) * dilation + 1 - in);
            int small = (int) (total / 2);
            int large = (int) (total - small);
            pads[i] = lower ? large : small;
            pads[dims + i] = lower ? small : large;
        }
        return pads;
    }

    /** ONNX pads as given (none: zeros), or null when malformed. */
    private static int[] explicitPads(long[] pads, int dims) {
        if (pads.length == 0) {
            return new int[2 * dims];
        }
        if (pads.length != 2 * dims || Arrays.stream(pads).anyMatch(p -> p < 0 || p > Integer.MAX_VALUE)) {
            return null;
        }
        return Arrays.stream(pads).mapToInt(p -> (int) p).toArray();
    }

    /** ONNX pads [near ends…, far ends…] as {near, far} when every near end is the same and every far end is (none: {0, 0}), else null. */
    private static int[] sides(long[] pads, int dims) {
        if (pads.length == 0) {
            return new int[] {0, 0};
        }
        if (pads.length != 2 * dims) {
            return null;
        }
        Integer near = uniform(Arrays.copyOfRange(pads, 0, dims));
        Integer far = uniform(Arrays.copyOfRange(pads, dims, 2 * dims));
        return near == null || far == null ? null : new int[] {near, far};
    }

    private static Integer uniform(long[] values) {
        if (values.length == 0) {
            return null;
        }
        for (long value : values) {
            if (value != values[0] || value < 0 || value > Integer.MAX_VALUE) {
                return null;
            }
        }
        return (int) values[0];
    }

    /**
     * Resize by one whole scale along every spatial dim of [N, C, L] or [N, C, H, W] maps: an Upsample where it repeats values in
     * blocks (nearest with asymmetric coordinates and floor rounding, PyTorch's nn.Upsample, or with half-pixel ones and rounding
     * half down, which picks the same values) or interpolates with half-pixel centres (linear, PyTorch's bilinear with
     * align_corners=False). Any other Resize stays the generic operator it is.
     */
    static void upsample(NodeProto node, ImportState s) throws OnnxFormatException {
        if (!upsampled(node, node, s)) {
            s.unsupported(node, UNEVEN_RESIZE);
        }
    }

    /** Opset 9's Upsample (and before), as the Resize it amounts to. */
    static void oldUpsample(NodeProto node, ImportState s) throws OnnxFormatException {
        NodeProto resize = OperatorUpgrades.upgrade(node, s);
        if (resize == null || !upsampled(resize, node, s)) {
            s.unsupported(node, UNEVEN_RESIZE);
        }
    }

    private static final String UNEVEN_RESIZE = "an Upsample is a Resize by one whole scale of every spatial dim, nearest in blocks or linear "
            + "with half-pixel centres";

    /** Maps {@code node}, a Resize written for {@code original}, to an Upsample layer; false where it is no whole-scale one. */
    private static boolean upsampled(NodeProto node, NodeProto original, ImportState s) throws OnnxFormatException {
        Source x = s.data(node, 0);
        // Resize-10 reads (X, scales) with asymmetric coordinates; from 11 on (X, roi, scales, sizes).
        boolean old = node.getInputCount() == 2;
        TensorProto scales = s.constant(node, old ? 1 : 2);
        boolean sized = node.getInputCount() > 3 && !node.getInput(3).isEmpty();
        String mode = ImportState.stringAttribute(node, "mode", "nearest");
        String transform = old ? "asymmetric" : ImportState.stringAttribute(node, "coordinate_transformation_mode", "half_pixel");
        String rounding = ImportState.stringAttribute(node, "nearest_mode", "round_prefer_floor");
        boolean halfPixel = transform.equals("half_pixel") || transform.equals("pytorch_half_pixel");
        boolean blocks = mode.equals("nearest") && (transform.equals("asymmetric") && rounding.equals("floor") || halfPixel
                && rounding.equals("round_prefer_floor"));
        boolean bilinear = mode.equals("linear") && halfPixel;
        Integer scale = x == null ? null : sized ? sizedScale(node, x, s) : scales == null ? null : spatialScale(s.floats(scales).values());
        if (scale == null || !(blocks || bilinear) || intAttribute(node, "antialias", 0) != 0 || intsAttribute(node, "axes").length > 0) {
            return false;
        }
        var upsample = ConvolutionFactory.eINSTANCE.createUpsample();
        upsample.setScale(scale);
        upsample.setBilinear(bilinear);
        s.tensors.put(original.getOutput(0), new Source(s.add(upsample, original, x), Ports.OUT));
        return true;
    }

    /**
     * The whole scale a Resize's constant (or folded) sizes ask of every spatial dim of {@code x} (sizes[d] = s · x[d]), its batch
     * and channels kept (a batch written as a number, as a trace fixes it, is taken for any batch), or null: sizes the importer
     * cannot fold, unknown dims, uneven or fractional scales.
     */
    private static Integer sizedScale(NodeProto resize, Source x, ImportState s) throws OnnxFormatException {
        var shape = s.shapeOf(x);
        if (shape == null || shape.size(1) < 0) {
            return null;
        }
        // Constant, or folded: the data's own batch and channels read by Shape (its batch a marker) joined to spatial sizes, as
        // PyTorch's exporters write F.interpolate(size=...).
        TensorProto sizes = s.constant(resize, 3);
        if (sizes == null) {
            return null;
        }
        long[] wanted = s.longs(sizes);
        if (wanted.length != shape.rank() || wanted.length < 3 || wanted.length > 4 || wanted[1] != shape.size(1)
                || shape.size(0) >= 0 && wanted[0] != shape.size(0)) {
            return null;
        }
        float[] factors = new float[wanted.length];
        factors[0] = 1;
        factors[1] = 1;
        for (int d = 2; d < wanted.length; d++) {
            long in = shape.size(d);
            if (in <= 0 || wanted[d] % in != 0) {
                return null;
            }
            factors[d] = wanted[d] / in;
        }
        return spatialScale(factors);
    }

    /** The whole scale shared by every spatial dim of [1, 1, s] or [1, 1, s, s] factors, or null. */
    private static Integer spatialScale(float[] factors) {
        if (factors.length < 3 || factors.length > 4 || factors[0] != 1 || factors[1] != 1) {
            return null;
        }
        float scale = factors[2];
        for (int d = 2; d < factors.length; d++) {
            if (factors[d] != scale) {
                return null;
            }
        }
        return scale >= 1 && scale == Math.rint(scale) && scale <= 64 ? Integer.valueOf((int) scale) : null;
    }

    private static Integer uniformOr(long[] values, int fallback) {
        return values.length == 0 ? Integer.valueOf(fallback) : uniform(values);
    }
}
