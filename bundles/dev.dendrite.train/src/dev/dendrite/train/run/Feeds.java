package dev.dendrite.train.run;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.List;
import java.util.SplittableRandom;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import dev.dendrite.model.shape.Dim;
import dev.dendrite.model.shape.Value;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.graph.RandomInput;

/** Builds the per-step input tensors: a batch of samples, its targets, fresh randomness. */
final class Feeds {

    private Feeds() {
    }

    /** The concrete shape of a value for a batch of {@code rows} (the batch dim is the only symbolic one). */
    static long[] shape(Value value, int rows) {
        List<Dim> dims = value.shape().dims();
        long[] shape = new long[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = dims.get(i).isFixed() ? dims.get(i).size() : rows;
        }
        return shape;
    }

    /**
     * Feeds one batch's data inputs and targets (rows {@code order[from..from+rows)}); the created
     * tensors are added to {@code owned} for the caller to close.
     */
    static void batch(OrtEnvironment env, dev.dendrite.train.graph.TrainingGraphs graphs, Dataset data, int[] order, int from, int rows,
            java.util.Map<String, OnnxTensor> feeds, List<OnnxTensor> owned) throws OrtException {
        var input = graphs.dataInputs().entrySet().iterator().next();
        owned.add(put(feeds, input.getKey(), features(env, data, order, from, rows, input.getValue())));
        for (var target : graphs.targets().entrySet()) {
            owned.add(put(feeds, target.getKey(), target.getValue() ? labels(env, data, order, from, rows)
                    : targets(env, data, order, from, rows, graphs.targetValues().get(target.getKey()))));
        }
    }

    static OnnxTensor put(java.util.Map<String, OnnxTensor> feeds, String name, OnnxTensor tensor) {
        feeds.put(name, tensor);
        return tensor;
    }

    static double scalar(ai.onnxruntime.OrtSession.Result result, String name) throws OrtException {
        return ((OnnxTensor) result.get(name).orElseThrow(() -> new IllegalStateException("the graph has no output " + name)))
                .getFloatBuffer().get(0);
    }

    static OnnxTensor features(OrtEnvironment env, Dataset data, int[] order, int from, int rows, Value input) throws OrtException {
        int size = data.sampleSize();
        float[] values = new float[rows * size];
        for (int k = 0; k < rows; k++) {
            data.features(order[from + k], values, k * size);
        }
        return OnnxTensor.createTensor(env, FloatBuffer.wrap(values), shape(input, rows));
    }

    static OnnxTensor labels(OrtEnvironment env, Dataset data, int[] order, int from, int rows) throws OrtException {
        long[] labels = new long[rows];
        for (int k = 0; k < rows; k++) {
            labels[k] = data.label(order[from + k]);
        }
        return OnnxTensor.createTensor(env, LongBuffer.wrap(labels), new long[] {rows});
    }

    static OnnxTensor targets(OrtEnvironment env, Dataset data, int[] order, int from, int rows, Value target) throws OrtException {
        int size = data.targetSize();
        float[] values = new float[rows * size];
        for (int k = 0; k < rows; k++) {
            data.targets(order[from + k], values, k * size);
        }
        return OnnxTensor.createTensor(env, FloatBuffer.wrap(values), shape(target, rows));
    }

    /** Masks or noise drawn from (seed, step, input index): identical in every run with the same seed. */
    static OnnxTensor random(OrtEnvironment env, RandomInput input, int rows, long seed, long step, int index) throws OrtException {
        long[] shape = shape(input.value(), rows);
        long count = 1;
        for (long d : shape) {
            count *= d;
        }
        SplittableRandom random = new SplittableRandom(seed ^ (step * 0x9E3779B97F4A7C15L) ^ ((long) index << 48));
        float[] values = new float[(int) count];
        double keep = 1 - input.probability();
        for (int i = 0; i < values.length; i++) {
            values[i] = switch (input.kind()) {
                case SCALED_KEEP_MASK -> random.nextDouble() < keep ? (float) (1 / keep) : 0f;
                case KEEP_MASK -> random.nextDouble() < keep ? 1f : 0f;
                case GAUSSIAN -> (float) gaussian(random);
            };
        }
        return OnnxTensor.createTensor(env, FloatBuffer.wrap(values), shape);
    }

    private static double gaussian(SplittableRandom random) {
        double u = 1 - random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
    }

    static OnnxTensor tensor(OrtEnvironment env, FloatTensor value) throws OrtException {
        return OnnxTensor.createTensor(env, FloatBuffer.wrap(value.values()), value.shape());
    }

    static FloatTensor copy(OnnxTensor tensor) throws OrtException {
        FloatBuffer buffer = tensor.getFloatBuffer();
        float[] values = new float[buffer.remaining()];
        buffer.get(values);
        return new FloatTensor(tensor.getInfo().getShape(), values);
    }

    static OnnxTensor scalar(OrtEnvironment env, float value) throws OrtException {
        return OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {value}), new long[0]);
    }
}
