package dev.dendrite.train.graph;

import java.util.List;

import ai.onnx.proto.OnnxMl.TensorProto.DataType;
import dev.dendrite.onnx.export.LoweringContext;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.train.autodiff.ChannelSums;

/**
 * BatchNorm's batch mean and biased variance per channel, as the training lowering feeds them to
 * the inference-form operator.
 *
 * <p>Two passes by default: the sum, then the squares of the centred input. In one pass, for steps run
 * in stages ({@link GraphOptions#statisticsInOnePass}) and inputs with pixels ([N, C, …]): each sample's pixels are summed in float about the sample's first
 * pixel (values of the size of the spread, so no digits cancel), giving each sample's mean and sum of
 * squared deviations; those [N, C] values are combined over the batch in double precision (Chan's
 * parallel formula: M2 = Σ M2ₙ + P·(Σ mₙ² − N·mean²)), where cancelling the batch mean's square
 * costs nothing at 15 significant digits. Every reduction over the batch then reads the same tensors,
 * so a step cut at those reductions ({@code StagedGraphs}) ends one stage per BatchNorm in the forward
 * pass instead of two. Whole steps keep two passes: the extra small nodes cost them 3% at batch 64
 * (docs/benchmarks/batchnorm.md).
 *
 * @param mean     the batch mean [C], float
 * @param variance the biased batch variance [C], float
 * @param count    values per channel (N·pixels) as a float scalar
 * @param centred  x − mean, which the gradient's closed form reads
 */
record BatchStatistics(String mean, String variance, String count, String centred) {

    /**
     * @param shape     x's shape
     * @param broadcast the shape of a per-channel tensor against x ([1, C, 1, …])
     * @param onePass   one pass where x has pixels of a size known before the step runs, else two
     */
    static BatchStatistics of(LoweringContext ctx, String x, dev.dendrite.model.shape.Shape shape, long[] broadcast, boolean onePass,
            String id) {
        return onePass && shape.rank() > 2 && shape.fixedFrom(2) ? onePass(ctx, x, shape.productFrom(2), broadcast, id)
                : twoPasses(ctx, x, broadcast, id);
    }

    private static BatchStatistics twoPasses(LoweringContext ctx, String x, long[] broadcast, String id) {
        String sum = ChannelSums.of(ctx.graph(), "ReduceSum", x, broadcast.length, id + "/sum");
        String count = ctx.op("Cast", id + "/count", ctx.op("Div", id + "/count_i", List.of(ctx.op("Size", id + "/size_x", x),
                ctx.op("Size", id + "/size_sum", sum))), Attr.i("to", DataType.FLOAT_VALUE));
        String mean = ctx.op("Div", id + "/mean_flat", List.of(sum, count));
        String centred = centred(ctx, x, mean, broadcast, id);
        String squares = ChannelSums.of(ctx.graph(), "ReduceSumSquare", centred, broadcast.length, id + "/squares");
        return new BatchStatistics(mean, ctx.op("Div", id + "/var_flat_biased", List.of(squares, count)), count, centred);
    }

    private static String centred(LoweringContext ctx, String x, String mean, long[] broadcast, String id) {
        return ctx.op("Sub", id + "/centred", List.of(x, ctx.reshape(mean, id + "/batch_mean", broadcast)));
    }

    private static BatchStatistics onePass(LoweringContext ctx, String x, long pixelCount, long[] broadcast, String id) {
        int f64 = DataType.DOUBLE_VALUE;
        String rows = ctx.reshape(x, id + "/rows", 0, 0, -1);
        String first = ctx.op("Slice", id + "/first", List.of(rows, ctx.longs(id + "/first_start", 0), ctx.longs(id + "/first_end", 1),
                ctx.longs(id + "/first_axis", 2)));
        String deviations = ctx.op("Sub", id + "/from_first", List.of(rows, first));
        String pixelAxis = ctx.longs(id + "/pixel_axis", 2);
        String sums = ctx.op("ReduceSum", id + "/sample_sums", List.of(deviations, pixelAxis), Attr.i("keepdims", 0));
        String squares = ctx.op("ReduceSumSquare", id + "/sample_squares", List.of(deviations, pixelAxis), Attr.i("keepdims", 0));
        // A constant: a Size (or Shape) of a tensor with the batch is read per slice, and a stage would end here.
        String pixels = ctx.scalar(id + "/pixels", pixelCount);
        // Per sample and channel: mean = first + Σd/P, M2 = Σd² − (Σd)²/P.
        String offsets = ctx.op("Div", id + "/sample_offsets", List.of(sums, pixels));
        String sampleMeans = ctx.op("Add", id + "/sample_means", List.of(ctx.reshape(first, id + "/first_flat", 0, 0), offsets));
        String sampleM2 = ctx.op("Sub", id + "/sample_m2", List.of(squares, ctx.op("Mul", id + "/sample_sum_offsets", List.of(sums, offsets))));
        String means64 = ctx.op("Cast", id + "/sample_means_f64", sampleMeans, Attr.i("to", f64));
        String m264 = ctx.op("Cast", id + "/sample_m2_f64", sampleM2, Attr.i("to", f64));
        String samplesAxis = ctx.longs(id + "/samples_axis", 0);
        String sumMeans = ctx.op("ReduceSum", id + "/sum_means", List.of(means64, samplesAxis), Attr.i("keepdims", 0));
        String sumSquaredMeans = ctx.op("ReduceSumSquare", id + "/sum_squared_means", List.of(means64, samplesAxis), Attr.i("keepdims", 0));
        String sumM2 = ctx.op("ReduceSum", id + "/sum_m2", List.of(m264, samplesAxis), Attr.i("keepdims", 0));
        String samples = ctx.op("Cast", id + "/samples", ctx.op("Div", id + "/samples_i", List.of(ctx.op("Size", id + "/size_means", means64),
                ctx.op("Size", id + "/size_sum_means", sumMeans))), Attr.i("to", f64));
        String mean64 = ctx.op("Div", id + "/mean_f64", List.of(sumMeans, samples));
        String between = ctx.op("Sub", id + "/between_f64", List.of(sumSquaredMeans, ctx.op("Mul", id + "/n_mean_square",
                List.of(samples, ctx.op("Mul", id + "/mean_square", List.of(mean64, mean64))))));
        String pixels64 = ctx.op("Cast", id + "/pixels_f64", pixels, Attr.i("to", f64));
        String total64 = ctx.op("Mul", id + "/count_f64", List.of(samples, pixels64));
        String variance64 = ctx.op("Div", id + "/var_f64", List.of(ctx.op("Add", id + "/m2_f64", List.of(sumM2,
                ctx.op("Mul", id + "/between_pixels", List.of(between, pixels64)))), total64));
        String mean = ctx.op("Cast", id + "/mean_flat", mean64, Attr.i("to", DataType.FLOAT_VALUE));
        String variance = ctx.op("Max", id + "/var_flat_biased", List.of(ctx.op("Cast", id + "/var_f32", variance64,
                Attr.i("to", DataType.FLOAT_VALUE)), ctx.scalar(id + "/zero", 0f)));
        String count = ctx.op("Cast", id + "/count", total64, Attr.i("to", DataType.FLOAT_VALUE));
        return new BatchStatistics(mean, variance, count, centred(ctx, x, mean, broadcast, id));
    }
}
