package dev.dendrite.train.run;

import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.InputNormalization;
import dev.dendrite.model.network.Network;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.data.Dataset;

/**
 * Fills the statistics of input-normalisation layers that read an Input directly, from the
 * training data, per feature: mean and 1/std (standardise), or min and 1/range (to [0, 1]), or
 * mid-range and 2/range (to [-1, 1]). Statistics the weights already hold are kept, so a
 * resumed or fine-tuned network normalises as before.
 */
final class InputStatistics {

    private InputStatistics() {
    }

    static Weights fill(Network network, Weights given, Dataset train) {
        Weights result = new Weights();
        given.flat().forEach((key, tensor) -> {
            String[] parts = Weights.split(key);
            result.put(parts[0], parts[1], tensor);
        });
        for (Connection connection : network.getConnections()) {
            if (connection.getSource() instanceof Input input && connection.getTarget() instanceof InputNormalization norm
                    && result.get(norm.getId(), "shift").isEmpty() && !input.isSequence()) {
                long[] shape = input.getDims().stream().mapToLong(Integer::longValue).toArray();
                if (java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b) == train.sampleSize()) {
                    compute(norm, train, shape, result);
                }
            }
        }
        return result;
    }

    private static void compute(InputNormalization norm, Dataset train, long[] shape, Weights into) {
        int size = train.sampleSize();
        double[] sum = new double[size];
        double[] squares = new double[size];
        double[] min = new double[size];
        double[] max = new double[size];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        float[] sample = new float[size];
        for (int i = 0; i < train.size(); i++) {
            train.features(i, sample, 0);
            for (int k = 0; k < size; k++) {
                sum[k] += sample[k];
                squares[k] += (double) sample[k] * sample[k];
                min[k] = Math.min(min[k], sample[k]);
                max[k] = Math.max(max[k], sample[k]);
            }
        }
        float[] shift = new float[size];
        float[] scale = new float[size];
        for (int k = 0; k < size; k++) {
            double mean = sum[k] / train.size();
            double std = Math.sqrt(Math.max(0, squares[k] / train.size() - mean * mean));
            double range = max[k] - min[k];
            switch (norm.getMode()) {
                case STANDARDIZE -> {
                    shift[k] = (float) mean;
                    scale[k] = std > 1e-8 ? (float) (1 / std) : 1f;
                }
                case MIN_MAX_UNIT -> {
                    shift[k] = (float) min[k];
                    scale[k] = range > 1e-8 ? (float) (1 / range) : 1f;
                }
                case MIN_MAX_SYMMETRIC -> {
                    shift[k] = (float) ((min[k] + max[k]) / 2);
                    scale[k] = range > 1e-8 ? (float) (2 / range) : 1f;
                }
            }
        }
        into.put(norm.getId(), "shift", new FloatTensor(shape, shift));
        into.put(norm.getId(), "scale", new FloatTensor(shape, scale));
    }
}
