package dev.dendrite.train.run;

import dev.dendrite.model.network.Connection;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.normalization.InputNormalization;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.data.Batch;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.Field;

/**
 * Fills the statistics of input-normalisation layers that read an Input directly, from the
 * training data, per feature: mean and 1/std (standardise), or min and 1/range (to [0, 1]), or
 * mid-range and 2/range (to [-1, 1]). Statistics the weights already hold are kept, so a
 * resumed or fine-tuned network normalises as before.
 */
final class InputStatistics {

    private static final int CHUNK = 1024;

    private InputStatistics() {
    }

    static Weights fill(Network network, Weights given, BatchSource train) {
        Weights result = new Weights();
        given.flat().forEach((key, tensor) -> {
            String[] parts = Weights.split(key);
            result.put(parts[0], parts[1], tensor);
        });
        for (Connection connection : network.getConnections()) {
            if (connection.getSource() instanceof Input input && connection.getTarget() instanceof InputNormalization norm
                    && result.get(norm.getId(), "shift").isEmpty() && !input.isSequence()) {
                long[] shape = input.getDims().stream().mapToLong(Integer::longValue).toArray();
                long size = java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b);
                Field field = train.field(input.getId()).orElseGet(() -> train.fields(Field.Role.INPUT).size() == 1
                        ? train.fields(Field.Role.INPUT).get(0) : null);
                if (field != null && field.type() == Field.ElementType.FLOAT && field.fixedSize() == size) {
                    compute(norm, train, field.name(), shape, result);
                }
            }
        }
        return result;
    }

    private static void compute(InputNormalization norm, BatchSource train, String field, long[] shape, Weights into) {
        int size = (int) java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        double[] sum = new double[size];
        double[] squares = new double[size];
        double[] min = new double[size];
        double[] max = new double[size];
        java.util.Arrays.fill(min, Double.POSITIVE_INFINITY);
        java.util.Arrays.fill(max, Double.NEGATIVE_INFINITY);
        int[] order = java.util.stream.IntStream.range(0, train.size()).toArray();
        for (int from = 0; from < train.size(); from += CHUNK) {
            Batch batch = train.batch(order, from, Math.min(CHUNK, train.size() - from));
            float[] values = batch.tensors().get(field).floats();
            for (int i = 0; i < values.length; i++) {
                int k = i % size;
                float v = values[i];
                sum[k] += v;
                squares[k] += (double) v * v;
                min[k] = Math.min(min[k], v);
                max[k] = Math.max(max[k], v);
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
