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
import dev.dendrite.train.data.Batch;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.graph.RandomInput;

/** Builds the per-step input tensors: a batch of samples, its targets, fresh randomness. */
final class Feeds {

    private Feeds() {
    }

    /** The concrete shape of a value in a batch whose symbolic dimensions are bound in {@code bound}. */
    static long[] shape(Value value, java.util.Map<String, Long> bound) {
        List<Dim> dims = value.shape().dims();
        long[] shape = new long[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            Dim dim = dims.get(i);
            if (dim.isFixed()) {
                shape[i] = dim.size();
            } else {
                Long size = bound.get(dim.toString());
                if (size == null) {
                    throw new IllegalStateException("the batch binds no size for dimension " + dim + " of a random input");
                }
                shape[i] = size;
            }
        }
        return shape;
    }

    /**
     * Feeds one batch's data inputs and targets (rows {@code order[from..from+rows)}) as the plan
     * binds them; the created tensors are added to {@code owned} for the caller to close.
     *
     * @return the batch, whose bound dimensions (N, T, ...) shape the step's random inputs
     */
    static Batch batch(OrtEnvironment env, FeedPlan plan, BatchSource data, int[] order, int from, int rows,
            java.util.Map<String, OnnxTensor> feeds, List<OnnxTensor> owned) throws OrtException {
        return fed(env, plan, data.batch(order, from, rows), feeds, owned);
    }

    /** Feeds {@code batch} as {@code plan} says into {@code feeds}, the tensors into {@code owned}; returns the batch. */
    static Batch fed(OrtEnvironment env, FeedPlan plan, Batch batch, java.util.Map<String, OnnxTensor> feeds, List<OnnxTensor> owned)
            throws OrtException {
        for (var entry : plan.tensors(env, batch).entrySet()) {
            owned.add(put(feeds, entry.getKey(), entry.getValue()));
        }
        return batch;
    }

    static OnnxTensor put(java.util.Map<String, OnnxTensor> feeds, String name, OnnxTensor tensor) {
        feeds.put(name, tensor);
        return tensor;
    }

    static double scalar(ai.onnxruntime.OrtSession.Result result, String name) throws OrtException {
        return ((OnnxTensor) result.get(name).orElseThrow(() -> new IllegalStateException("the graph has no output " + name)))
                .getFloatBuffer().get(0);
    }

    /** Masks or noise drawn from (seed, step, input index): identical in every run with the same seed. */
    static OnnxTensor random(OrtEnvironment env, RandomInput input, int rows, long seed, long step, int index) throws OrtException {
        return random(env, input, java.util.Map.of("N", (long) rows), seed, step, index);
    }

    /** As above, with every symbolic dimension (N, T, ...) bound by the batch. */
    static OnnxTensor random(OrtEnvironment env, RandomInput input, java.util.Map<String, Long> dims, long seed, long step, int index)
            throws OrtException {
        long[] shape = shape(input.value(), dims);
        return OnnxTensor.createTensor(env, FloatBuffer.wrap(randomValues(input, shape, seed, step, index)), shape);
    }

    /**
     * A random input drawn once for the whole batch ({@code dims}), cut along its first axis into
     * slices of {@code rows[i]} rows: a step run in slices draws what the whole step would.
     */
    static List<OnnxTensor> randomSlices(OrtEnvironment env, RandomInput input, java.util.Map<String, Long> dims, long seed, long step, int index,
            int[] rows) throws OrtException {
        long[] shape = shape(input.value(), dims);
        float[] values = randomValues(input, shape, seed, step, index);
        int perRow = (int) (values.length / shape[0]);
        List<OnnxTensor> slices = new java.util.ArrayList<>();
        int from = 0;
        for (int count : rows) {
            long[] sliced = shape.clone();
            sliced[0] = count;
            slices.add(OnnxTensor.createTensor(env, FloatBuffer.wrap(values, from * perRow, count * perRow).slice(), sliced));
            from += count;
        }
        return slices;
    }

    private static float[] randomValues(RandomInput input, long[] shape, long seed, long step, int index) {
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
                case BETA -> (float) beta(random, input.probability());
                case UNIFORM -> (float) (2 * random.nextDouble() - 1);
            };
        }
        return values;
    }

    /** Beta(α, α) as G₁ / (G₁ + G₂) of two Gamma(α) draws. */
    static double beta(SplittableRandom random, double alpha) {
        double a = gamma(random, alpha);
        double b = gamma(random, alpha);
        return a + b > 0 ? a / (a + b) : 0.5;
    }

    /** Gamma(α, 1) by Marsaglia and Tsang (2000); below α = 1 through Gamma(α + 1)·U^(1/α). */
    private static double gamma(SplittableRandom random, double alpha) {
        if (alpha < 1) {
            return gamma(random, alpha + 1) * Math.pow(1 - random.nextDouble(), 1 / alpha);
        }
        double d = alpha - 1.0 / 3;
        double c = 1 / Math.sqrt(9 * d);
        while (true) {
            double x = gaussian(random);
            double v = 1 + c * x;
            if (v <= 0) {
                continue;
            }
            v = v * v * v;
            double u = 1 - random.nextDouble();
            if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) {
                return d * v;
            }
        }
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
