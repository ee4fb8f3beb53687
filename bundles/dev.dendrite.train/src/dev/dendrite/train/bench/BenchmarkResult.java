package dev.dendrite.train.bench;

/**
 * What one case achieved (medians over repeats).
 *
 * @param gflops achieved GFLOP/s counting the dense and convolution multiply-adds of forward and backward
 * @param shareOfPeak gflops / the machine's measured matrix-multiplication peak
 * @param heapGrowthKilobytes Java heap in use after the timed steps minus before them, both after a GC (0 ± noise when
 *        nothing leaks per step)
 * @param replicas the replicas a training step ran as (1: whole; inference 1)
 */
public record BenchmarkResult(String name, int batch, double samplesPerSecond, double millisecondsPerStep, double gflops,
        double shareOfPeak, long heapGrowthKilobytes, int replicas) {
}
