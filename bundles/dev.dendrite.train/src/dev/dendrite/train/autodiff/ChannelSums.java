package dev.dendrite.train.autodiff;

import java.util.List;

import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;

/**
 * Per-channel reductions of [N, C, spatial...] to [C], as BatchNorm's statistics and gradient
 * sums and a convolution's bias gradient need them: over the pixels of each sample and channel
 * first, then over the samples. Two reductions over adjacent axes ran twice as fast as one over
 * axes 0, 2, 3 on a [512, 16, 32, 32] activation (0.70 against 1.39 ms).
 */
public final class ChannelSums {

    private ChannelSums() {
    }

    /**
     * @param op   the per-sample reduction ({@code ReduceSum}, or {@code ReduceSumSquare}); the samples are then summed
     * @param rank x's rank: 2 ([N, C]) reduces the samples only
     */
    public static String of(GraphBuilder graph, String op, String x, int rank, String hint) {
        if (rank == 2) {
            return graph.node(op, List.of(x, graph.longs(hint + "/axes", 0)), hint, Attr.i("keepdims", 0));
        }
        String rows = graph.node("Reshape", List.of(x, graph.longs(hint + "/rows_shape", 0, 0, -1)), hint + "/rows");
        String perSample = graph.node(op, List.of(rows, graph.longs(hint + "/pixels", 2)), hint + "/per_sample", Attr.i("keepdims", 0));
        return graph.node("ReduceSum", List.of(perSample, graph.longs(hint + "/samples", 0)), hint, Attr.i("keepdims", 0));
    }
}
