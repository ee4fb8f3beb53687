package dev.dendrite.analysis.quantization;

/**
 * A layer whose weights became integers.
 *
 * @param name the node's name (its output where it has none)
 * @param op Conv, Gemm or MatMul
 * @param weight the weight initializer's name
 * @param weights how many weights
 * @param scales how many weight scales (output channels, or 1 per tensor)
 * @param bits the weights' width
 * @param sqnr the weights' signal-to-quantization-noise ratio in dB, 10·log10(Σw² / Σ(w − ŵ)²); infinite where rounding changed nothing
 * @param reluFused whether the ReLU after it went into its quantized output (the output's zero point at 0 clips as the ReLU did)
 * @param biasQuantized whether its bias became int32 at the input scale times the weight scale
 * @param biasCorrected whether its bias took back the mean shift of its outputs that the rounded weights cause
 * @param output the integer tensor it writes (its ReLU's output where that went into it), or null where its output stays float
 */
public record QuantizedLayer(String name, String op, String weight, long weights, int scales, int bits, double sqnr, boolean reluFused,
        boolean biasQuantized, boolean biasCorrected, String output) {
}
