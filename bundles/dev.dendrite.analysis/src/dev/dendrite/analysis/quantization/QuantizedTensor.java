package dev.dendrite.analysis.quantization;

/**
 * An activation that runs as integers between layers.
 *
 * @param name the tensor
 * @param min the low end of its calibrated range (≤ 0: zero stays exact)
 * @param max the high end (≥ 0)
 * @param scale the float value of one integer step
 * @param zeroPoint the integer standing for 0
 * @param sharedWith the tensor whose range and scale it keeps (a max pool's or reshape's input), or null where calibrated itself
 */
public record QuantizedTensor(String name, float min, float max, float scale, int zeroPoint, String sharedWith) {

    /** The scale and zero point of [min, max] (0 included) over integers 0 to {@code level}; a range of one point gets scale 1. */
    static QuantizedTensor of(String name, float min, float max, int level) {
        float low = Math.min(min, 0f);
        float high = Math.max(max, 0f);
        float scale = high > low ? (high - low) / level : 1f;
        int zero = (int) Math.max(0, Math.min(level, Math.round(-low / scale)));
        return new QuantizedTensor(name, low, high, scale, zero, null);
    }

    /** {@code tensor} on this one's range and scale. */
    QuantizedTensor sharedBy(String tensor) {
        return new QuantizedTensor(tensor, min, max, scale, zeroPoint, name);
    }
}
