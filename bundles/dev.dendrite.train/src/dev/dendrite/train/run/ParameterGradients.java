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
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Batch;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.graph.GraphOptions;
import dev.dendrite.train.graph.ParameterRole;
import dev.dendrite.train.graph.TrainStepPipeline;
import dev.dendrite.train.graph.TrainingGraphs;

/**
 * The training loss's gradient with respect to every weight matrix and kernel at given values, averaged over the first
 * samples of a data set: what pruning at initialisation scores weights by (SNIP's |g·w|). It runs the train step itself
 * as plain SGD at rate 1 without momentum, decay or clipping, whose update w − g hands g back, so the gradient is the
 * one training follows (dropout drawn as in training, layer penalties included).
 */
public final class ParameterGradients {

    private ParameterGradients() {
    }

    /**
     * @param weights the values to differentiate at (missing ones are initialised from the configuration's seed)
     * @param samples how many of the data's first samples to average over (all where there are fewer)
     * @return by weight key ({@code layer/weight}), the mean gradient
     * @throws TrainingException with one line where the network cannot be trained on the data (bad input)
     */
    public static Map<String, float[]> of(Network network, TrainingConfig config, Weights weights, BatchSource data, int samples)
            throws TrainingException {
        TrainingConfig plain = config.with(null, null, null, OptimizerKind.SGD, 1.0, null, null)
                .withSchedule("constant", 0, 0, 0, false, 0, 0, config.validationFraction(), config.threads()).withMixup(0).withEmaDecay(0);
        TrainingGraphs graphs;
        try {
            graphs = TrainStepPipeline.standard().build(network, InputStatistics.fill(network, weights, data), plain, GraphOptions.DEFAULT);
        } catch (ExportException e) {
            throw TrainingException.badInput(e.getMessage());
        }
        FeedPlan plan = DataCheck.check(graphs, data);
        int n = Math.min(samples, data.size());
        if (n < 1) {
            throw TrainingException.badInput(data.name() + " has no samples to take gradients on");
        }
        // Each weight's updated value among the step's outputs.
        Map<String, String> updated = new LinkedHashMap<>();
        graphs.feedback().forEach((output, input) -> {
            if (graphs.roles().get(input) == ParameterRole.WEIGHT) {
                updated.put(input, output);
            }
        });
        Map<String, float[]> sums = new LinkedHashMap<>();
        OrtEnvironment env = OnnxRuntime.environment();
        try (ModelSession session = OnnxRuntime.open(graphs.trainStep().toByteArray(), "train step", RuntimeSettings.forTrainer())) {
            Map<String, OnnxTensor> state = new HashMap<>();
            List<OnnxTensor> owned = new ArrayList<>();
            try {
                for (var entry : graphs.initial().flat().entrySet()) {
                    if (session.inputNames().contains(entry.getKey())) {
                        owned.add(Feeds.put(state, entry.getKey(), Feeds.tensor(env, entry.getValue())));
                    }
                }
                owned.add(Feeds.put(state, "lr", Feeds.scalar(env, 1f)));
                owned.add(Feeds.put(state, "step", Feeds.scalar(env, 1f)));
                int[] order = java.util.stream.IntStream.range(0, data.size()).toArray();
                int batch = Math.max(1, Math.min(plain.batchSize(), n));
                for (int from = 0; from < n; from += batch) {
                    int rows = Math.min(batch, n - from);
                    Map<String, OnnxTensor> feeds = new HashMap<>(state);
                    List<OnnxTensor> batchOwned = new ArrayList<>();
                    try {
                        Batch drawn = Feeds.batch(env, plan, data, order, from, rows, feeds, batchOwned);
                        for (int i = 0; i < graphs.randomInputs().size(); i++) {
                            batchOwned.add(Feeds.put(feeds, graphs.randomInputs().get(i).name(), Feeds.random(env, graphs.randomInputs().get(i),
                                    drawn.dims(), plain.seed(), from, i)));
                        }
                        try (OrtSession.Result result = session.session().run(feeds)) {
                            for (var entry : updated.entrySet()) {
                                float[] before = graphs.initial().flat().get(entry.getKey()).values();
                                float[] after = Feeds.copy((OnnxTensor) result.get(entry.getValue()).orElseThrow()).values();
                                float[] sum = sums.computeIfAbsent(entry.getKey(), k -> new float[before.length]);
                                for (int i = 0; i < sum.length; i++) {
                                    sum[i] += (before[i] - after[i]) * rows;
                                }
                            }
                        }
                    } finally {
                        batchOwned.forEach(OnnxTensor::close);
                    }
                }
            } finally {
                owned.forEach(OnnxTensor::close);
            }
        } catch (OrtException | dev.dendrite.runtime.ModelLoadException e) {
            throw new TrainingException("the gradients cannot be taken: " + e.getMessage());
        }
        for (float[] sum : sums.values()) {
            for (int i = 0; i < sum.length; i++) {
                sum[i] /= n;
            }
        }
        return sums;
    }
}
