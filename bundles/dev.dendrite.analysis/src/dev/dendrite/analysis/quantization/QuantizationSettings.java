package dev.dendrite.analysis.quantization;

import java.util.Locale;

/**
 * How a model is quantized after training: integer widths of weights and activations, one weight
 * scale per output channel or per tensor, and how activation ranges are read off the calibration
 * samples.
 *
 * @param weightBits bits of a weight, 2 to 8: symmetric integers in ±(2^(b−1) − 1), stored as int8
 * @param activationBits bits of an activation, 2 to 8: unsigned integers in [0, 2^b − 1] with a zero point, stored as uint8
 * @param perChannel one weight scale per output channel (else one per tensor)
 * @param percentile 100 for the calibration samples' minimum and maximum; below it (99.99, say) each range is cut at that
 *            percentile on either side, so that a few outliers do not coarsen every step
 * @param calibrationSamples how many training samples, drawn by {@code seed}, the ranges are read from
 * @param seed draws the calibration samples
 * @param wide layers (by {@link QuantizedLayer#name()}) whose weights keep 8 bits whatever {@code weightBits} says: mixed precision
 * @param biasCorrection whether each layer's bias takes back the shift its rounded weights give its outputs on average,
 *            ΔW·E[x] with E[x] the layer input's mean over the calibration samples (Nagel et al., 2019)
 */
public record QuantizationSettings(int weightBits, int activationBits, boolean perChannel, double percentile, int calibrationSamples,
        long seed, java.util.Set<String> wide, boolean biasCorrection) {

    /** Every layer at {@code weightBits}, no bias correction. */
    public QuantizationSettings(int weightBits, int activationBits, boolean perChannel, double percentile, int calibrationSamples, long seed) {
        this(weightBits, activationBits, perChannel, percentile, calibrationSamples, seed, java.util.Set.of(), false);
    }

    /** 8-bit weights per channel and activations, ranges from the minimum and maximum of 512 samples. */
    public static final QuantizationSettings DEFAULT = new QuantizationSettings(8, 8, true, 100, 512, 1);

    /** @throws IllegalArgumentException naming the setting out of its range */
    public QuantizationSettings {
        if (weightBits < 2 || weightBits > 8 || activationBits < 2 || activationBits > 8) {
            throw new IllegalArgumentException("weights and activations take 2 to 8 bits, not " + weightBits + " and " + activationBits);
        }
        if (!(percentile > 50 && percentile <= 100)) {
            throw new IllegalArgumentException("the calibration percentile must lie above 50 and at most 100, not " + percentile);
        }
        if (calibrationSamples < 1) {
            throw new IllegalArgumentException("calibration takes at least one sample, not " + calibrationSamples);
        }
        wide = java.util.Set.copyOf(wide);
    }

    public QuantizationSettings withBits(int weights, int activations) {
        return new QuantizationSettings(weights, activations, perChannel, percentile, calibrationSamples, seed, wide, biasCorrection);
    }

    /** These settings with {@code layers} keeping 8-bit weights. */
    public QuantizationSettings keeping(java.util.Set<String> layers) {
        return new QuantizationSettings(weightBits, activationBits, perChannel, percentile, calibrationSamples, seed, layers, biasCorrection);
    }

    /** These settings with bias correction on or off. */
    public QuantizationSettings correctingBiases(boolean correct) {
        return new QuantizationSettings(weightBits, activationBits, perChannel, percentile, calibrationSamples, seed, wide, correct);
    }

    /** The largest weight integer of a layer: 127 for 8 bits. */
    int weightLevel(String layer) {
        return (1 << ((wide.contains(layer) ? 8 : weightBits) - 1)) - 1;
    }

    /** The largest activation integer: 255 for 8 bits. */
    int activationLevel() {
        return (1 << activationBits) - 1;
    }

    /** "w8a8, per channel, min/max of 512 samples", for reports. */
    public String describe() {
        return String.format(Locale.ROOT, "w%da%d%s, %s weights, ranges by %s of %d calibration samples", weightBits, activationBits,
                (wide.isEmpty() ? "" : " (8-bit weights in " + String.join(", ", new java.util.TreeSet<>(wide)) + ")")
                        + (biasCorrection ? ", biases corrected" : ""),
                perChannel ? "per-channel" : "per-tensor", percentile == 100 ? "minimum and maximum" : "the " + percentile + "th percentile",
                calibrationSamples);
    }
}
