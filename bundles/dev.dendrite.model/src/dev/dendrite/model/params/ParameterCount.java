package dev.dendrite.model.params;

/**
 * Trainable parameters of a layer.
 *
 * @param weights weight matrices and kernels (what magnitude pruning prunes)
 * @param biases bias vectors
 * @param other other trainable parameters: normalisation gains and shifts
 */
public record ParameterCount(long weights, long biases, long other) {

    public static final ParameterCount NONE = new ParameterCount(0, 0, 0);

    public static ParameterCount weightsAndBiases(long weights, long biases) {
        return new ParameterCount(weights, biases, 0);
    }

    public long total() {
        return weights + biases + other;
    }

    public ParameterCount plus(ParameterCount that) {
        return new ParameterCount(Math.addExact(weights, that.weights), Math.addExact(biases, that.biases),
                Math.addExact(other, that.other));
    }
}
