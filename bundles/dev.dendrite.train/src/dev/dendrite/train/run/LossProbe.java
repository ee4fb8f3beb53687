package dev.dendrite.train.run;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.network.Network;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.graph.ParameterRole;
import dev.dendrite.train.graph.TrainingGraphs;

/**
 * A network's loss (and accuracy) over fixed samples at any values of its parameters: the
 * evaluation graph the trainer validates with (inference mode, the data loss without penalties;
 * sequences padded and masked as in training), the samples' tensors made once, the parameters fed afresh for each call. What loss-landscape and
 * interpolation analyses evaluate hundreds of times.
 */
public final class LossProbe implements AutoCloseable {

    private static final int BATCH = 500;

    /** Mean loss over the samples, and accuracy (NaN where the network is no classifier). */
    public record Point(double loss, double accuracy) {
    }

    private final TrainingGraphs graphs;
    private final ModelSession session;
    private final Map<String, FloatTensor> values = new LinkedHashMap<>();
    private final List<Map<String, OnnxTensor>> batches = new ArrayList<>();
    private final List<Integer> rows = new ArrayList<>();
    private final List<OnnxTensor> owned = new ArrayList<>();
    private final int samples;

    private LossProbe(TrainingGraphs graphs, ModelSession session, int samples) {
        this.graphs = graphs;
        this.session = session;
        this.samples = samples;
    }

    /** As {@link #open(Network, TrainingConfig, Weights, BatchSource, int, long)} for vectors, pictures and graphs (nothing unrolls). */
    public static LossProbe open(Network network, TrainingConfig config, Weights weights, BatchSource data, int samples)
            throws TrainingException {
        return open(network, config, weights, data, samples, 0);
    }

    /**
     * @param weights the parameters (and statistics) to start from, e.g. a run's final weights; missing ones are initialised from
     *        the configuration's seed
     * @param samples how many of the data's first samples each call evaluates (all where there are fewer)
     * @param unrolled for sequences, the steps a recurrent network unrolls over as it trained (the longest sequence of its
     *        training and test data; what the trainer pads every batch to), else 0
     * @throws TrainingException with one line where the network cannot be evaluated on the data (bad input)
     */
    public static LossProbe open(Network network, TrainingConfig config, Weights weights, BatchSource data, int samples, long unrolled)
            throws TrainingException {
        ProbeGraphs built = ProbeGraphs.build(network, config, weights, data, unrolled);
        TrainingGraphs graphs = built.graphs();
        data = built.data();
        FeedPlan plan = built.plan();
        int n = built.samples(samples, "probe the loss on");
        ModelSession session;
        try {
            session = OnnxRuntime.open(graphs.evaluation().toByteArray(), "evaluation graph", RuntimeSettings.forTrainer());
        } catch (dev.dendrite.runtime.ModelLoadException e) {
            throw new TrainingException("the evaluation graph cannot be loaded: " + e.getMessage());
        }
        LossProbe probe = new LossProbe(graphs, session, n);
        try {
            for (String input : session.inputNames()) {
                FloatTensor value = graphs.initial().flat().get(input);
                if (value != null) {
                    probe.values.put(input, value);
                }
            }
            OrtEnvironment env = OnnxRuntime.environment();
            int[] order = java.util.stream.IntStream.range(0, data.size()).toArray();
            for (int from = 0; from < n; from += BATCH) {
                int count = Math.min(BATCH, n - from);
                Map<String, OnnxTensor> feeds = new HashMap<>();
                Feeds.batch(env, plan, data, order, from, count, feeds, probe.owned);
                probe.batches.add(feeds);
                probe.rows.add(count);
            }
        } catch (OrtException | RuntimeException e) {
            probe.close();
            throw new TrainingException("the probe's samples cannot be prepared: " + e.getMessage());
        }
        return probe;
    }

    /** The values each call starts from, by evaluation-graph input (parameters, statistics, masks). */
    public Map<String, FloatTensor> values() {
        return java.util.Collections.unmodifiableMap(values);
    }

    /** The role of an input of {@link #values()}. */
    public ParameterRole role(String key) {
        return graphs.roles().getOrDefault(key, ParameterRole.BIAS);
    }

    /** How many samples each call evaluates. */
    public int samples() {
        return samples;
    }

    /** Whether {@link Point#accuracy()} is measured. */
    public boolean classification() {
        return graphs.classification();
    }

    /** The loss and accuracy with {@code changed} in place of those inputs' values (the others as {@link #values()}). */
    public Point at(Map<String, float[]> changed) throws TrainingException {
        OrtEnvironment env = OnnxRuntime.environment();
        List<OnnxTensor> made = new ArrayList<>();
        try {
            Map<String, OnnxTensor> parameters = new HashMap<>();
            for (var entry : values.entrySet()) {
                float[] value = changed.getOrDefault(entry.getKey(), entry.getValue().values());
                OnnxTensor tensor = OnnxTensor.createTensor(env, FloatBuffer.wrap(value), entry.getValue().shape());
                made.add(tensor);
                parameters.put(entry.getKey(), tensor);
            }
            double loss = 0;
            double accuracy = 0;
            for (int b = 0; b < batches.size(); b++) {
                Map<String, OnnxTensor> feeds = new HashMap<>(batches.get(b));
                feeds.putAll(parameters);
                try (OrtSession.Result result = session.session().run(feeds)) {
                    loss += Feeds.scalar(result, "loss") * rows.get(b);
                    accuracy += graphs.classification() ? Feeds.scalar(result, "accuracy") * rows.get(b) : 0;
                }
            }
            return new Point(loss / samples, graphs.classification() ? accuracy / samples : Double.NaN);
        } catch (OrtException e) {
            throw new TrainingException("the loss cannot be evaluated: " + e.getMessage());
        } finally {
            made.forEach(OnnxTensor::close);
        }
    }

    @Override
    public void close() {
        owned.forEach(OnnxTensor::close);
        owned.clear();
        try {
            session.close();
        } catch (OrtException e) {
            // The session's native memory is gone or going either way; nothing a caller could do about it.
        }
    }
}
