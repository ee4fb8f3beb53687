package dev.dendrite.onnx.export;

import dev.dendrite.model.network.Layer;

/**
 * How a network is lowered for a training engine: per-layer-kind overrides of the inference
 * lowering (dropout with fed masks, BatchNorm on batch statistics, a recurrent cell unrolled for
 * backpropagation through time, ...) and a view of each parameter. With hooks,
 * {@link OnnxExporter#lower} also feeds parameters as graph inputs instead of initializers, so
 * that a train step can update them.
 */
public interface TrainingHooks {

    /** The lowering of {@code layer} in this mode, or null to lower it as for inference. */
    LayerLoweringOverride lowering(Layer layer);

    /**
     * The tensor layers read for a parameter fed as graph input {@code key} ({@code layerId/param}):
     * the parameter itself, or for instance the parameter times a pruning mask.
     */
    default String parameter(String key, LoweringContext ctx) {
        return key;
    }

    /**
     * Whether spectrally normalised weights take a power iteration in this mode (training), which then reports its buffer's next
     * value and the vector the gradient treats as a constant ({@link #spectralNormIterated}); false: σ from the kept vector alone.
     */
    default boolean iteratesSpectralNorms() {
        return false;
    }

    /** A spectral norm's power iteration: {@code buffer} ({@code layerId/sn_u}) becomes {@code next}; {@code constant} takes no gradient. */
    default void spectralNormIterated(String buffer, String next, String constant) {
    }

    /**
     * The lengths (int32 [N]) of the padded sequences a recurrent layer reads, for its fused
     * operator's {@code sequence_lens}; null when its sequences are all full length.
     */
    default String sequenceLengths(Layer recurrent, LoweringContext ctx) {
        return null;
    }
}
