package dev.dendrite.onnx.weights;

/**
 * One parameter (or buffer) of a layer in Dendrite's ONNX layout.
 *
 * @param name the parameter's name within its layer ("weight", "bias", "W", ...)
 * @param shape its shape
 * @param init how a fresh network initialises it
 * @param fanIn inputs per output unit (for scaled initialisations)
 * @param fanOut outputs per input unit
 * @param trainable false for buffers such as BatchNorm's running statistics
 */
public record ParameterSpec(String name, long[] shape, Init init, long fanIn, long fanOut, boolean trainable) {

    /** Initialisation schemes. */
    public enum Init {
        /** Glorot/Xavier uniform: U(-a, a), a = sqrt(6 / (fanIn + fanOut)). */
        GLOROT,
        /** U(-a, a), a = 1 / sqrt(fanIn): PyTorch's recurrent and projection-vector default. */
        INVERSE_SQRT,
        /** U(-a, a) with a = 0.01·sqrt(3): a small-variance start for RBMs. */
        SMALL,
        /** U(-sqrt(3), sqrt(3)): unit variance, for embeddings. */
        UNIT,
        ZERO,
        ONE
    }

    public long size() {
        long size = 1;
        for (long dim : shape) {
            size = Math.multiplyExact(size, dim);
        }
        return size;
    }
}
