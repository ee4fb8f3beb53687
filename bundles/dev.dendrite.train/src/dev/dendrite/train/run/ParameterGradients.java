package dev.dendrite.train.run;

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
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Batch;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.graph.ParameterRole;
import dev.dendrite.train.graph.TrainingGraphs;

/**
 * The training loss's gradient with respect to every weight matrix and kernel, averaged over fixed samples, at any values
 * of the weights: what pruning at initialisation scores weights by (SNIP's |g·w|) and what Hessian-vector products are
 * differences of. It runs the train step itself as plain SGD at rate 1 without momentum, decay or clipping, whose update
 * w − g hands g back, so the gradient is the one training follows (dropout drawn as in training, the same draws every
 * call; layer penalties included). The samples' tensors are made once.
 */
public final class ParameterGradients implements AutoCloseable {

    private final TrainingGraphs graphs;
    private final ModelSession session;
    /** Each weight's updated value among the step's outputs. */
    private final Map<String, String> updated = new LinkedHashMap<>();
    private final Map<String, OnnxTensor> state = new HashMap<>();
    private final List<Map<String, OnnxTensor>> batches = new ArrayList<>();
    private final List<Integer> rows = new ArrayList<>();
    private final List<OnnxTensor> owned = new ArrayList<>();
    private final int samples;

    private ParameterGradients(TrainingGraphs graphs, ModelSession session, int samples) {
        this.graphs = graphs;
        this.session = session;
        this.samples = samples;
    }

    /** The mean gradient over the data's first {@code samples} samples at {@code weights}, by weight key ({@code layer/weight}). */
    public static Map<String, float[]> of(Network network, TrainingConfig config, Weights weights, BatchSource data, int samples)
            throws TrainingException {
        try (ParameterGradients gradients = open(network, config, weights, data, samples)) {
            return gradients.at(Map.of());
        }
    }

    /**
     * @param weights the values to differentiate at (missing ones are initialised from the configuration's seed)
     * @param samples how many of the data's first samples to average over (all where there are fewer)
     * @throws TrainingException with one line where the network cannot be trained on the data (bad input)
     */
    public static ParameterGradients open(Network network, TrainingConfig config, Weights weights, BatchSource data, int samples)
            throws TrainingException {
        return open(network, config, weights, data, samples, data.longestSequence());
    }

    /**
     * As {@link #open(Network, TrainingConfig, Weights, BatchSource, int)}, for sequences padded to {@code unrolled} steps (the
     * longest sequence of the run's training and test data, what the trainer unrolls over); ignored for other networks.
     */
    public static ParameterGradients open(Network network, TrainingConfig config, Weights weights, BatchSource data, int samples,
            long unrolled) throws TrainingException {
        TrainingConfig plain = config.with(null, null, null, OptimizerKind.SGD, 1.0, null, null)
                .withSchedule("constant", 0, 0, 0, false, 0, 0, config.validationFraction(), config.threads()).withMixup(0).withEmaDecay(0);
        ProbeGraphs built = ProbeGraphs.build(network, plain, weights, data, Math.max(unrolled, data.longestSequence()));
        TrainingGraphs graphs = built.graphs();
        data = built.data();
        FeedPlan plan = built.plan();
        int n = built.samples(samples, "take gradients on");
        ModelSession session;
        try {
            session = OnnxRuntime.open(graphs.trainStep().toByteArray(), "train step", RuntimeSettings.forTrainer());
        } catch (dev.dendrite.runtime.ModelLoadException e) {
            throw new TrainingException("the train step cannot be loaded: " + e.getMessage());
        }
        ParameterGradients probe = new ParameterGradients(graphs, session, n);
        try {
            graphs.feedback().forEach((output, input) -> {
                if (graphs.roles().get(input) == ParameterRole.WEIGHT) {
                    probe.updated.put(input, output);
                }
            });
            OrtEnvironment env = OnnxRuntime.environment();
            for (var entry : graphs.initial().flat().entrySet()) {
                if (session.inputNames().contains(entry.getKey()) && !probe.updated.containsKey(entry.getKey())) {
                    probe.owned.add(Feeds.put(probe.state, entry.getKey(), Feeds.tensor(env, entry.getValue())));
                }
            }
            probe.owned.add(Feeds.put(probe.state, "lr", Feeds.scalar(env, 1f)));
            probe.owned.add(Feeds.put(probe.state, "step", Feeds.scalar(env, 1f)));
            int[] order = java.util.stream.IntStream.range(0, data.size()).toArray();
            int batch = Math.max(1, Math.min(plain.batchSize(), n));
            for (int from = 0; from < n; from += batch) {
                int count = Math.min(batch, n - from);
                Map<String, OnnxTensor> feeds = new HashMap<>();
                Batch drawn = Feeds.batch(env, plan, data, order, from, count, feeds, probe.owned);
                for (int i = 0; i < graphs.randomInputs().size(); i++) {
                    probe.owned.add(Feeds.put(feeds, graphs.randomInputs().get(i).name(), Feeds.random(env, graphs.randomInputs().get(i),
                            drawn.dims(), plain.seed(), from, i)));
                }
                probe.batches.add(feeds);
                probe.rows.add(count);
            }
        } catch (OrtException | RuntimeException e) {
            probe.close();
            throw new TrainingException("the gradients' samples cannot be prepared: " + e.getMessage());
        }
        return probe;
    }

    /** The weights each call starts from, by key ({@code layer/weight}). */
    public Map<String, float[]> values() {
        Map<String, float[]> values = new LinkedHashMap<>();
        updated.keySet().forEach(key -> values.put(key, graphs.initial().flat().get(key).values()));
        return values;
    }

    /** How many samples each call averages over. */
    public int samples() {
        return samples;
    }

    /** The mean gradient with {@code changed} in place of those weights' values (the others as {@link #values()}). */
    public Map<String, float[]> at(Map<String, float[]> changed) throws TrainingException {
        OrtEnvironment env = OnnxRuntime.environment();
        Map<String, double[]> sums = new LinkedHashMap<>();
        List<OnnxTensor> made = new ArrayList<>();
        try {
            Map<String, OnnxTensor> weights = new HashMap<>(state);
            Map<String, float[]> before = new HashMap<>();
            for (String key : updated.keySet()) {
                FloatTensor initial = graphs.initial().flat().get(key);
                float[] value = changed.getOrDefault(key, initial.values());
                before.put(key, value);
                made.add(Feeds.put(weights, key, Feeds.tensor(env, new FloatTensor(initial.shape(), value))));
            }
            for (int b = 0; b < batches.size(); b++) {
                Map<String, OnnxTensor> feeds = new HashMap<>(weights);
                feeds.putAll(batches.get(b));
                try (OrtSession.Result result = session.session().run(feeds)) {
                    for (var entry : updated.entrySet()) {
                        float[] w = before.get(entry.getKey());
                        float[] after = Feeds.copy((OnnxTensor) result.get(entry.getValue()).orElseThrow()).values();
                        double[] sum = sums.computeIfAbsent(entry.getKey(), k -> new double[w.length]);
                        for (int i = 0; i < sum.length; i++) {
                            sum[i] += ((double) w[i] - after[i]) * rows.get(b);
                        }
                    }
                }
            }
        } catch (OrtException e) {
            throw new TrainingException("the gradients cannot be taken: " + e.getMessage());
        } finally {
            made.forEach(OnnxTensor::close);
        }
        Map<String, float[]> means = new LinkedHashMap<>();
        sums.forEach((key, sum) -> {
            float[] mean = new float[sum.length];
            for (int i = 0; i < sum.length; i++) {
                mean[i] = (float) (sum[i] / samples);
            }
            means.put(key, mean);
        });
        return means;
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
