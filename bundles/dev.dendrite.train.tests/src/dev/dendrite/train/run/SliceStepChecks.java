package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.network.Network;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.graph.GraphOptions;
import dev.dendrite.train.graph.RandomInput;
import dev.dendrite.train.graph.TrainStepBuilder;
import dev.dendrite.train.graph.TrainingGraphs;

/** A sliced step (replicas, stages) against the whole step on the same tensors, and the feeds both read. */
final class SliceStepChecks {

    private static final OrtEnvironment ENV = OnnxRuntime.environment();

    private SliceStepChecks() {
    }

    /**
     * Plain SGD is linear in the gradient: the replicas' loss and fed-back tensors on random slices of {@code rows} samples are
     * then the whole step's on each slice alone (with {@code sameInEvery} fed to each), weighted by the slices' shares.
     */
    static void assertMeanOfSliceSteps(TrainingGraphs graphs, SlicedStep replicated, int[] rows, Random random,
            Map<String, OnnxTensor> sameInEvery) throws Exception {
        int total = java.util.Arrays.stream(rows).sum();
        List<OnnxTensor> owned = new ArrayList<>();
        Map<String, OnnxTensor> shared = new HashMap<>();
        try (ModelSession whole = OnnxRuntime.open(graphs.trainStep().toByteArray(), "whole", RuntimeSettings.forTrainer())) {
            graphs.initial().flat().forEach((name, t) -> owned.add(put(shared, name, t.values(), t.shape())));
            owned.add(put(shared, "lr", new float[] {0.1f}, new long[0]));
            owned.add(put(shared, "step", new float[] {1f}, new long[0]));
            String input = graphs.dataInputs().keySet().iterator().next();
            String target = graphs.targets().keySet().iterator().next();
            List<Map<String, OnnxTensor>> slices = new ArrayList<>();
            Map<String, float[]> expected = new HashMap<>();
            for (int r = 0; r < rows.length; r++) {
                Map<String, OnnxTensor> slice = new HashMap<>(sameInEvery);
                long[] shape = concrete(graphs.dataInputs().get(input).shape().dims(), rows[r]);
                owned.add(put(slice, input, gaussian(random, shape), shape));
                owned.add(putLongs(slice, target, random.longs(rows[r], 0, graphs.classes()).toArray(), 0, rows[r]));
                slices.add(slice);
                Map<String, OnnxTensor> feeds = new HashMap<>(shared);
                feeds.putAll(slice);
                double weight = (double) rows[r] / total;
                try (OrtSession.Result alone = whole.session().run(feeds)) {
                    for (var output : alone) {
                        if (graphs.feedback().containsKey(output.getKey()) || output.getKey().equals("loss")) {
                            float[] values = floats((OnnxTensor) output.getValue());
                            float[] sum = expected.computeIfAbsent(output.getKey(), k -> new float[values.length]);
                            for (int i = 0; i < values.length; i++) {
                                sum[i] += (float) (weight * values[i]);
                            }
                        }
                    }
                }
            }
            try (OrtSession.Result actual = replicated.run(slices, rows, shared)) {
                for (var entry : expected.entrySet()) {
                    float[] got = floats((OnnxTensor) actual.get(entry.getKey()).orElseThrow());
                    for (int i = 0; i < got.length; i++) {
                        assertEquals(entry.getValue()[i], got[i], 2e-5 + 2e-4 * Math.abs(entry.getValue()[i]), entry.getKey() + "[" + i + "]");
                    }
                }
            }
        } finally {
            owned.forEach(OnnxTensor::close);
        }
    }

    static void assertSameStep(Network network, TrainingConfig config, int batch, int replicas) throws Exception {
        assertSameStep(TrainStepBuilder.build(network, new Weights(), config, GraphOptions.DEFAULT), config, batch, replicas);
    }

    static void assertSameStep(TrainingGraphs graphs, TrainingConfig config, int batch, int replicas) throws Exception {
        assertSameStep(graphs, config, batch, replicas, replicas);
    }

    /** Two replicas over slices of 32 samples (the step's own slice), against the whole step. */
    static void assertSameEvenStep(TrainingGraphs graphs, TrainingConfig config, int batch) throws Exception {
        assertSameStep(graphs, config, batch, 2, ReplicatedStep.evenSlices(graphs.sliceRows(), 2, batch), true);
    }

    static void assertSameStep(TrainingGraphs graphs, TrainingConfig config, int batch, int replicas, int sliceCount) throws Exception {
        assertSameStep(graphs, config, batch, replicas, sliceCount, false);
    }

    static void assertSameStep(TrainingGraphs graphs, TrainingConfig config, int batch, int replicas, int sliceCount, boolean even)
            throws Exception {
        try (SlicedStep replicated = even ? ReplicatedStep.openEven(graphs, replicas, sliceCount, 1, RuntimeSettings.forTrainer())
                : ReplicatedStep.open(graphs, replicas, sliceCount, 1, RuntimeSettings.forTrainer())) {
            assertSameStep(graphs, config, batch, replicated);
        }
    }

    /** {@code sliced} run on {@code batch} samples in its slices gives what the whole step gives, to float rounding. */
    static void assertSameStep(TrainingGraphs graphs, TrainingConfig config, int batch, SlicedStep replicated) throws Exception {
        List<OnnxTensor> owned = new ArrayList<>();
        Map<String, OnnxTensor> shared = new HashMap<>();
        Map<String, float[]> data = new HashMap<>();
        Map<String, long[]> dataShapes = new HashMap<>();
        Map<String, long[]> labels = new HashMap<>();
        Random random = new Random(5);
        try (ModelSession whole = OnnxRuntime.open(graphs.trainStep().toByteArray(), "whole", RuntimeSettings.forTrainer())) {
            graphs.initial().flat().forEach((name, t) -> owned.add(put(shared, name, t.values(), t.shape())));
            owned.add(put(shared, "lr", new float[] {(float) config.learningRate()}, new long[0]));
            owned.add(put(shared, "step", new float[] {1f}, new long[0]));
            Map<String, long[]> indices = new HashMap<>();
            for (var input : graphs.dataInputs().entrySet()) {
                long[] shape = concrete(input.getValue().shape().dims(), batch);
                dataShapes.put(input.getKey(), shape);
                if (input.getValue().type() == dev.dendrite.model.shape.Value.ElementType.INT64) {
                    // Class indices asked for (a conditional GAN's), tokens: below every vocabulary the tests use.
                    indices.put(input.getKey(), random.longs(java.util.Arrays.stream(shape).reduce(1, (x, y) -> x * y), 0, 10).toArray());
                } else {
                    data.put(input.getKey(), gaussian(random, shape));
                }
            }
            for (RandomInput r : graphs.randomInputs()) {
                long[] shape = concrete(r.value().shape().dims(), batch);
                float[] mask = gaussian(random, shape);
                for (int i = 0; i < mask.length; i++) {
                    mask[i] = mask[i] > 0 ? 1 / 0.7f : 0f;
                }
                dataShapes.put(r.name(), shape);
                data.put(r.name(), mask);
            }
            for (String target : graphs.targets().keySet()) {
                long[] classes = new long[batch];
                for (int i = 0; i < batch; i++) {
                    classes[i] = random.nextInt(graphs.classes());
                }
                labels.put(target, classes);
            }
            Map<String, OnnxTensor> wholeFeeds = new HashMap<>(shared);
            data.forEach((name, values) -> owned.add(put(wholeFeeds, name, values, dataShapes.get(name))));
            labels.forEach((name, values) -> owned.add(putLongs(wholeFeeds, name, values, 0, batch)));
            indices.forEach((name, values) -> owned.add(putLongs(wholeFeeds, name, values, dataShapes.get(name), 0, batch)));
            int[] rows = replicated.sliceRows(batch);
            List<Map<String, OnnxTensor>> slices = new ArrayList<>();
            int from = 0;
            for (int count : rows) {
                Map<String, OnnxTensor> slice = new HashMap<>();
                for (var entry : data.entrySet()) {
                    long[] shape = dataShapes.get(entry.getKey()).clone();
                    int perRow = (int) (entry.getValue().length / shape[0]);
                    shape[0] = count;
                    float[] part = java.util.Arrays.copyOfRange(entry.getValue(), from * perRow, (from + count) * perRow);
                    owned.add(put(slice, entry.getKey(), part, shape));
                }
                for (var entry : labels.entrySet()) {
                    owned.add(putLongs(slice, entry.getKey(), entry.getValue(), from, count));
                }
                for (var entry : indices.entrySet()) {
                    owned.add(putLongs(slice, entry.getKey(), entry.getValue(), dataShapes.get(entry.getKey()), from, count));
                }
                slices.add(slice);
                from += count;
            }
            try (OrtSession.Result expected = whole.session().run(wholeFeeds);
                 OrtSession.Result actual = replicated.run(slices, rows, shared)) {
                int compared = 0;
                for (var output : expected) {
                    float[] want = floats((OnnxTensor) output.getValue());
                    float[] got = floats((OnnxTensor) actual.get(output.getKey()).orElseThrow(() -> new AssertionError("no " + output.getKey())));
                    assertEquals(want.length, got.length, output.getKey());
                    for (int i = 0; i < want.length; i++) {
                        assertEquals(want[i], got[i], 2e-5 + 2e-4 * Math.abs(want[i]), output.getKey() + "[" + i + "]");
                    }
                    compared++;
                }
                assertTrue(compared > graphs.feedback().size(), "loss, norms and every updated tensor compared: " + compared);
                float[] before = graphs.initial().flat().values().iterator().next().values();
                String first = graphs.feedback().entrySet().stream().filter(e -> graphs.parameters().contains(e.getValue())).findFirst()
                        .orElseThrow().getKey();
                assertTrue(!java.util.Arrays.equals(before, floats((OnnxTensor) actual.get(first).orElseThrow())) || before.length == 0,
                        "the step changed the parameters");
            }
        } finally {
            owned.forEach(OnnxTensor::close);
        }
    }

    static long[] concrete(List<dev.dendrite.model.shape.Dim> dims, int batch) {
        long[] shape = new long[dims.size()];
        for (int i = 0; i < shape.length; i++) {
            shape[i] = dims.get(i).isFixed() ? dims.get(i).size() : batch;
        }
        return shape;
    }

    static float[] gaussian(Random random, long[] shape) {
        long count = 1;
        for (long d : shape) {
            count *= d;
        }
        float[] values = new float[(int) count];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    static float[] floats(OnnxTensor tensor) throws ai.onnxruntime.OrtException {
        return Feeds.copy(tensor).values();
    }

    static OnnxTensor put(Map<String, OnnxTensor> feeds, String name, float[] values, long[] shape) {
        try {
            OnnxTensor tensor = OnnxTensor.createTensor(ENV, FloatBuffer.wrap(values), shape);
            feeds.put(name, tensor);
            return tensor;
        } catch (ai.onnxruntime.OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Rows {@code from} to {@code from + count} of {@code values} of {@code shape}, whose first dimension is the batch. */
    static OnnxTensor putLongs(Map<String, OnnxTensor> feeds, String name, long[] values, long[] shape, int from, int count) {
        int perRow = (int) (values.length / shape[0]);
        long[] sliced = shape.clone();
        sliced[0] = count;
        try {
            OnnxTensor tensor = OnnxTensor.createTensor(ENV, LongBuffer.wrap(java.util.Arrays.copyOfRange(values, from * perRow,
                    (from + count) * perRow)), sliced);
            feeds.put(name, tensor);
            return tensor;
        } catch (ai.onnxruntime.OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    static OnnxTensor putLongs(Map<String, OnnxTensor> feeds, String name, long[] values, int from, int count) {
        try {
            OnnxTensor tensor = OnnxTensor.createTensor(ENV, LongBuffer.wrap(java.util.Arrays.copyOfRange(values, from, from + count)),
                    new long[] {count});
            feeds.put(name, tensor);
            return tensor;
        } catch (ai.onnxruntime.OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
