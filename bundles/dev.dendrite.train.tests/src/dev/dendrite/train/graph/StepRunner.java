package dev.dendrite.train.graph;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * Runs a generated train step by hand on fixed data: every tensor (parameters, optimizer state)
 * as plain Java arrays, so tests can compare step by step with a reference, or perturb a weight.
 */
public final class StepRunner implements AutoCloseable {

    public final TrainingGraphs graphs;
    private final ModelSession session;
    /** Current value of every tensor the step carries, by input name. */
    public final Map<String, float[]> values = new LinkedHashMap<>();
    /** Extra inputs fed as they are (random masks and noise), by name. */
    public final Map<String, OnnxTensor> extra = new HashMap<>();
    private final Map<String, long[]> shapes = new HashMap<>();

    public StepRunner(TrainingGraphs graphs) throws Exception {
        this.graphs = graphs;
        this.session = OnnxRuntime.open(graphs.trainStep().toByteArray(), "train step", RuntimeSettings.forTrainer());
        graphs.initial().flat().forEach((name, tensor) -> {
            values.put(name, tensor.values().clone());
            shapes.put(name, tensor.shape());
        });
    }

    /** x: [N, in]; a fully connected layer "fc" of {@code out} units into a loss of {@code kind}. */
    static Network tiny(int in, int out, LossKind kind, double l1, double l2) {
        NetworkBuilder b = new NetworkBuilder("tiny", "a linear model for reference checks");
        Layer x = b.input("x", in);
        b.loss(b.dense(x, "fc", out), kind);
        if (l1 > 0 || l2 > 0) {
            b.regularization(l1, l2);
        }
        return b.training("test", 1, 4, OptimizerKind.SGD, 0.1).network();
    }

    /**
     * Runs one step at the current values; returns the step's outputs. With {@code advance}, the
     * updated tensors replace the current ones (as the trainer does).
     */
    public Map<String, float[]> run(float[] x, int rows, float[] targets, long[] labels, double lr, long step, boolean advance) throws Exception {
        return run(x, new long[] {rows, x.length / rows}, targets, targets == null ? null : new long[] {rows, targets.length / rows}, labels,
                new long[] {rows}, lr, step, advance);
    }

    /** As {@link #run(float[], int, float[], long[], double, long, boolean)} with the shapes given (sequences, per-token labels). */
    public Map<String, float[]> run(float[] x, long[] xShape, float[] targets, long[] targetShape, long[] labels, long[] labelShape, double lr,
            long step, boolean advance) throws Exception {
        OrtEnvironment env = OnnxRuntime.environment();
        Map<String, OnnxTensor> feeds = new HashMap<>();
        List<OnnxTensor> owned = new ArrayList<>();
        try {
            for (String name : session.inputNames()) {
                if (values.containsKey(name)) {
                    owned.add(put(feeds, name, OnnxTensor.createTensor(env, FloatBuffer.wrap(values.get(name)), shapes.get(name))));
                }
            }
            String input = graphs.dataInputs().keySet().iterator().next();
            owned.add(put(feeds, input, OnnxTensor.createTensor(env, FloatBuffer.wrap(x), xShape)));
            for (var target : graphs.targets().entrySet()) {
                owned.add(put(feeds, target.getKey(), target.getValue()
                        ? OnnxTensor.createTensor(env, LongBuffer.wrap(labels), labelShape)
                        : OnnxTensor.createTensor(env, FloatBuffer.wrap(targets), targetShape)));
            }
            feeds.putAll(extra);
            owned.add(put(feeds, "lr", OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {(float) lr}), new long[0])));
            owned.add(put(feeds, "step", OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {step}), new long[0])));
            Map<String, float[]> outputs = new LinkedHashMap<>();
            try (OrtSession.Result result = session.session().run(feeds)) {
                for (var entry : result) {
                    FloatBuffer buffer = ((OnnxTensor) entry.getValue()).getFloatBuffer();
                    float[] data = new float[buffer.remaining()];
                    buffer.get(data);
                    outputs.put(entry.getKey(), data);
                }
            }
            if (advance) {
                graphs.feedback().forEach((output, inputName) -> values.put(inputName, outputs.get(output)));
            }
            return outputs;
        } finally {
            owned.forEach(OnnxTensor::close);
        }
    }

    /** Feeds a graph batch's edge index, edge features and graph assignment (as extra inputs) to the step's graph inputs that take them. */
    public void feedGraphs(dev.dendrite.train.data.Batch batch) throws ai.onnxruntime.OrtException {
        for (var input : graphs.dataInputs().keySet()) {
            String field = input.endsWith(":edges") ? dev.dendrite.train.data.GraphDataset.EDGES
                    : input.endsWith(":batch") ? dev.dendrite.train.data.GraphDataset.BATCH : null;
            if (field != null) {
                var host = batch.tensors().get(field);
                extra.put(input, OnnxTensor.createTensor(OnnxRuntime.environment(), LongBuffer.wrap(host.longs()), host.shape()));
            } else if (input.endsWith(":" + dev.dendrite.train.data.GraphDataset.EDGE_FEATURES)) {
                var host = batch.tensors().get(dev.dendrite.train.data.GraphDataset.EDGE_FEATURES);
                extra.put(input, OnnxTensor.createTensor(OnnxRuntime.environment(), java.nio.FloatBuffer.wrap(host.floats()), host.shape()));
            }
        }
    }

    FloatTensor value(String name) {
        return new FloatTensor(shapes.get(name), values.get(name));
    }

    private static OnnxTensor put(Map<String, OnnxTensor> feeds, String name, OnnxTensor tensor) {
        feeds.put(name, tensor);
        return tensor;
    }

    @Override
    public void close() throws Exception {
        extra.values().forEach(OnnxTensor::close);
        session.close();
    }

    /**
     * {@code network} (an SGD step at rate 1 on batches of 3) checked on 3 Gaussian samples of {@code shape} drawn from
     * {@code seed}, labelled 1, 0, 2: every second element of every parameter ({@link #checkGradientsAgainstFiniteDifferences}).
     *
     * @return how many parameters were checked
     */
    public static int checkedOnGaussianSamples(Network network, int[] shape, long seed, String what) throws Exception {
        long[] batch = new long[shape.length + 1];
        batch[0] = 3;
        int size = 3;
        for (int d = 0; d < shape.length; d++) {
            batch[d + 1] = shape[d];
            size *= shape[d];
        }
        float[] values = new float[size];
        java.util.Random random = new java.util.Random(seed);
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        dev.dendrite.train.config.TrainingConfig config = dev.dendrite.train.config.TrainingConfig.from(network).with("test", 1, 3,
                OptimizerKind.SGD, 1.0, 1L, null);
        try (StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, new dev.dendrite.onnx.weights.Weights(), config,
                GraphOptions.DEFAULT))) {
            return runner.checkGradientsAgainstFiniteDifferences(what, values, batch, new long[] {1, 0, 2}, 2);
        }
    }

    /**
     * Checks every {@code stride}-th element of every parameter: one SGD step at rate 1 (the step's
     * own gradient) against central finite differences (h = 0.01) of the step's loss on the same
     * batch, within 5e-4 + 3% of the numeric slope. The step must be built for SGD at rate 1.
     *
     * @param what prefixed to each failure message
     * @return how many parameters were checked
     */
    public int checkGradientsAgainstFiniteDifferences(String what, float[] x, long[] xShape, long[] labels, int stride) throws Exception {
        int checked = 0;
        for (String parameter : graphs.parameters()) {
            float[] start = values.get(parameter).clone();
            run(x, xShape, null, null, labels, new long[] {labels.length}, 1.0, 1, true);
            float[] updated = values.get(parameter).clone();
            graphs.initial().flat().forEach((name, tensor) -> values.put(name, tensor.values().clone()));
            double h = 1e-2;
            for (int e = 0; e < start.length; e += stride) {
                double analytic = start[e] - updated[e];
                double numeric = (movedLoss(parameter, start, e, h, x, xShape, labels) - movedLoss(parameter, start, e, -h, x, xShape, labels))
                        / (2 * h);
                org.junit.jupiter.api.Assertions.assertTrue(Math.abs(analytic - numeric) <= 5e-4 + 3e-2 * Math.abs(numeric),
                        what + "d loss / d " + parameter + "[" + e + "]: analytic " + analytic + ", numeric " + numeric);
            }
            checked++;
        }
        return checked;
    }

    /** The step's loss with one element of a parameter moved by {@code h}, without updating anything. */
    private double movedLoss(String parameter, float[] start, int element, double h, float[] x, long[] xShape, long[] labels) throws Exception {
        float[] moved = start.clone();
        moved[element] += (float) h;
        values.put(parameter, moved);
        Map<String, float[]> out = run(x, xShape, null, null, labels, new long[] {labels.length}, 1.0, 1, false);
        values.put(parameter, start.clone());
        return out.get("loss")[0];
    }
}
