package dev.dendrite.train.bench;

import java.util.List;

/**
 * What one case achieved (medians over repeats).
 *
 * @param gflops achieved GFLOP/s counting the dense and convolution multiply-adds of forward and backward
 * @param shareOfPeak gflops / the machine's measured matrix-multiplication peak
 * @param heapGrowthKilobytes Java heap in use after the timed steps minus before them, both after a GC (0 ± noise when
 *        nothing leaks per step)
 * @param replicas the replicas a training step ran as (1: whole; inference 1)
 * @param threads the intra-op threads of each session: the whole step's, each replica's, or inference's
 * @param windowSamplesPerSecond samples per second of each timed window, in the order they ran
 *        (the median of which is {@code samplesPerSecond})
 * @param slices the slices each batch was cut into for the replicas (1: whole; more than {@code replicas} with tail slices)
 * @param staged whether the slices ran stage by stage, cut at the step's reductions over the batch (batch normalisation)
 */
public record BenchmarkResult(String name, int batch, double samplesPerSecond, double millisecondsPerStep, double gflops,
        double shareOfPeak, long heapGrowthKilobytes, int replicas, int threads, List<Double> windowSamplesPerSecond, int slices,
        boolean staged) {

    /**
     * How far the windows lie apart: (fastest − slowest) / median. On a busy or phase-switching
     * machine it is large, and differences between cases smaller than it mean nothing.
     */
    public double spread() {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double v : windowSamplesPerSecond) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        return windowSamplesPerSecond.isEmpty() || samplesPerSecond <= 0 ? 0 : (max - min) / samplesPerSecond;
    }
}
