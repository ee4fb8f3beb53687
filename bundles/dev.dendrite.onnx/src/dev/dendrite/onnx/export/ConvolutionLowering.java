package dev.dendrite.onnx.export;

import java.util.List;

import dev.dendrite.model.network.PoolType;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.GlobalPooling;
import dev.dendrite.model.network.convolution.Pooling;
import dev.dendrite.model.network.convolution.TransposedConvolution;
import dev.dendrite.model.network.convolution.Upsample;
import dev.dendrite.onnx.graph.Attr;

/** Lowering of convolution and pooling to ONNX Conv, MaxPool, AveragePool and the global pools. */
final class ConvolutionLowering {

    private ConvolutionLowering() {
    }

    static String convolution(Convolution conv, String x, LoweringContext ctx) {
        return conv.isSequence() ? sequenceConvolution(conv, x, ctx) : conv(conv, x, conv.getId(), ctx);
    }

    /**
     * A sequence [N, T, F] features first for Conv ([N, F, T]), then steps first again; in a
     * training engine's padded batches the padding steps are zeroed first, so a sequence's last
     * real steps read zeros beyond it, as they would alone.
     */
    private static String sequenceConvolution(Convolution conv, String x, LoweringContext ctx) {
        String lengths = ctx.hooks() == null ? null : ctx.hooks().sequenceLengths(conv, ctx);
        String read = lengths == null ? x : ctx.op("Mul", LoweringContext.hint(conv, "real_values"), List.of(x,
                SequenceSteps.real(conv, x, lengths, ctx)));
        String channels = ctx.op("Transpose", LoweringContext.hint(conv, "features_first"), read, Attr.ints("perm", 0, 2, 1));
        String convolved = conv(conv, channels, LoweringContext.hint(conv, "convolved"), ctx);
        return ctx.op("Transpose", conv.getId(), convolved, Attr.ints("perm", 0, 2, 1));
    }

    private static String conv(Convolution conv, String x, String name, LoweringContext ctx) {
        int dims = conv.getDimensions();
        List<String> inputs = conv.isBias() ? List.of(x, ctx.weight(conv, "weight"), ctx.weight(conv, "bias"))
                : List.of(x, ctx.weight(conv, "weight"));
        return ctx.op("Conv", name, inputs, Attr.ints("kernel_shape", longs(dev.dendrite.model.shape.Windows.kernel(conv))),
                Attr.repeated("strides", conv.getStride(), dims), Attr.ints("pads", longs(dev.dendrite.model.shape.Windows.pads(conv))),
                Attr.repeated("dilations", conv.getDilation(), dims), Attr.i("group", conv.getGroups()));
    }

    /** ONNX's ConvTranspose with explicit pads (symmetric) and output_padding, so its output size is fixed by its attributes. */
    static String transposed(TransposedConvolution conv, String x, LoweringContext ctx) {
        int dims = conv.getDimensions();
        List<String> inputs = conv.isBias() ? List.of(x, ctx.weight(conv, "weight"), ctx.weight(conv, "bias"))
                : List.of(x, ctx.weight(conv, "weight"));
        List<ai.onnx.proto.OnnxMl.AttributeProto> attributes = new java.util.ArrayList<>(List.of(Attr.repeated("kernel_shape", conv.getKernel(),
                dims), Attr.repeated("strides", conv.getStride(), dims), Attr.repeated("pads", conv.getPadding(), 2 * dims)));
        if (conv.getOutputPadding() != 0) {
            attributes.add(Attr.repeated("output_padding", conv.getOutputPadding(), dims));
        }
        return ctx.op("ConvTranspose", conv.getId(), inputs, attributes.toArray(ai.onnx.proto.OnnxMl.AttributeProto[]::new));
    }

    private static long[] longs(int[] values) {
        return java.util.Arrays.stream(values).asLongStream().toArray();
    }

    /** Average pooling counts padded positions (count_include_pad = 1), as PyTorch's AvgPool does by default. */
    static String pooling(Pooling pool, String x, LoweringContext ctx) {
        if (pool.isSequence()) {
            // [N, T, F] features first and back; whole windows only, so a padded batch's real windows hold real steps.
            String channels = ctx.op("Transpose", LoweringContext.hint(pool, "features_first"), x, Attr.ints("perm", 0, 2, 1));
            String pooled = ctx.op(pool.getPoolType() == PoolType.MAX ? "MaxPool" : "AveragePool", LoweringContext.hint(pool, "pooled"),
                    channels, Attr.ints("kernel_shape", pool.getKernel()), Attr.ints("strides", dev.dendrite.model.shape.Windows.stride(pool)));
            return ctx.op("Transpose", pool.getId(), pooled, Attr.ints("perm", 0, 2, 1));
        }
        int dims = pool.getDimensions();
        int stride = pool.getStride() == 0 ? pool.getKernel() : pool.getStride();
        java.util.List<ai.onnx.proto.OnnxMl.AttributeProto> attributes = new java.util.ArrayList<>(java.util.List.of(
                Attr.repeated("kernel_shape", pool.getKernel(), dims), Attr.repeated("strides", stride, dims),
                Attr.ints("pads", longs(dev.dendrite.model.shape.Windows.pads(pool)))));
        if (pool.isCeilMode()) {
            attributes.add(Attr.i("ceil_mode", 1));
        }
        if (pool.getDilation() != 1) {
            attributes.add(Attr.repeated("dilations", pool.getDilation(), dims));
        }
        if (pool.getPoolType() == PoolType.MAX) {
            return ctx.op("MaxPool", pool.getId(), x, attributes.toArray(ai.onnx.proto.OnnxMl.AttributeProto[]::new));
        }
        attributes.add(Attr.i("count_include_pad", 1));
        return ctx.op("AveragePool", pool.getId(), x, attributes.toArray(ai.onnx.proto.OnnxMl.AttributeProto[]::new));
    }

    /**
     * ONNX's Resize by {@code scale} along each spatial dim: nearest with asymmetric coordinates and floor rounding (each value
     * repeated in a block, PyTorch's nearest), or linear with half-pixel coordinates (PyTorch's bilinear, align_corners=False).
     */
    static String upsample(Upsample upsample, String x, int rank, LoweringContext ctx) {
        float[] scales = new float[rank];
        java.util.Arrays.fill(scales, 1f);
        for (int d = 2; d < rank; d++) {
            scales[d] = upsample.getScale();
        }
        String factors = ctx.graph().initializer(LoweringContext.hint(upsample, "scales"), new dev.dendrite.onnx.graph.FloatTensor(
                new long[] {rank}, scales));
        return upsample.isBilinear()
                ? ctx.op("Resize", upsample.getId(), List.of(x, "", factors), Attr.s("mode", "linear"), Attr.s("coordinate_transformation_mode",
                        "half_pixel"))
                : ctx.op("Resize", upsample.getId(), List.of(x, "", factors), Attr.s("mode", "nearest"), Attr.s("coordinate_transformation_mode",
                        "asymmetric"), Attr.s("nearest_mode", "floor"));
    }

    static String globalPooling(GlobalPooling pool, String x, LoweringContext ctx) {
        String pooled = ctx.op(pool.getPoolType() == PoolType.MAX ? "GlobalMaxPool" : "GlobalAveragePool",
                LoweringContext.hint(pool, "pooled"), x);
        return ctx.op("Flatten", pool.getId(), pooled, Attr.i("axis", 1));
    }
}
