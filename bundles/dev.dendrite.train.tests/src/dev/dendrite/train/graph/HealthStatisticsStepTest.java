package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;

/** The health statistics inside the train step agree with the same figures computed from the step's inputs and outputs in Java. */
class HealthStatisticsStepTest {

    @Test
    void statisticsMatchWhatTheStepComputed() throws Exception {
        NetworkBuilder b = new NetworkBuilder("health", "x → fc (4) → tanh → out (2)");
        Layer x = b.dense(b.input("x", 3), "fc", 4, ActivationFunction.TANH);
        b.loss(b.dense(x, "out", 2), LossKind.CROSS_ENTROPY);
        Network network = b.training("test", 1, 5, OptimizerKind.SGD, 0.5).network();
        Weights given = new Weights();
        // Large weights saturate the tanh; fc's bias -5 leaves its first two units never positive.
        given.put("fc", "weight", new FloatTensor(new long[] {3, 4}, new float[] {9, -9, 0.1f, 0.2f, 8, 7, -0.1f, 0.3f, -9, 9, 0.2f, -0.1f}));
        given.put("fc", "bias", new FloatTensor(new long[] {4}, new float[] {-50, -50, 0, 0}));
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 5, OptimizerKind.SGD, 0.5, 1L, null);
        float[] input = {0.1f, -0.3f, 0.5f, 1, 0.2f, -0.4f, -1, 0.3f, 0.7f, 0.5f, -0.5f, 0.2f, 0.9f, 0.1f, -0.2f};
        long[] labels = {0, 1, 1, 0, 1};
        try (StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, given, config,
                GraphOptions.DEFAULT.withActivationStatistics(true)))) {
            float[] w0 = runner.values.get("fc/weight").clone();
            float[] b0 = runner.values.get("fc/bias").clone();
            Map<String, float[]> out = runner.run(input, 5, null, labels, 0.5, 1, true);
            float[] w1 = runner.values.get("fc/weight");
            float[] b1 = runner.values.get("fc/bias");
            double change = 0;
            double norm = 0;
            for (int i = 0; i < w0.length; i++) {
                change += (w1[i] - w0[i]) * (double) (w1[i] - w0[i]);
                norm += w0[i] * (double) w0[i];
            }
            for (int i = 0; i < b0.length; i++) {
                change += (b1[i] - b0[i]) * (double) (b1[i] - b0[i]);
                norm += b0[i] * (double) b0[i];
            }
            assertEquals(Math.sqrt(norm), out.get("weight_norm:fc")[0], 1e-3 * Math.sqrt(norm));
            assertEquals(Math.sqrt(change) / Math.sqrt(norm), out.get("update_ratio:fc")[0], 1e-4);
            // fc's pre-activations: units 0 and 1 are below -40 for every sample, units 2 and 3 are positive somewhere.
            double[][] pre = new double[5][4];
            int saturated = 0;
            int positive = 0;
            for (int n = 0; n < 5; n++) {
                for (int j = 0; j < 4; j++) {
                    pre[n][j] = b0[j];
                    for (int i = 0; i < 3; i++) {
                        pre[n][j] += input[n * 3 + i] * w0[i * 4 + j];
                    }
                    saturated += Math.abs(Math.tanh(pre[n][j])) > 0.99 ? 1 : 0;
                    positive += pre[n][j] > 0 ? 1 : 0;
                }
            }
            assertEquals(0.5, out.get("act_dead:fc")[0], 1e-6, "two of the four units never positive");
            String tanh = network.getLayers().stream().filter(l -> l instanceof dev.dendrite.model.network.Activation).findFirst().orElseThrow()
                    .getId();
            assertEquals(saturated / 20.0, out.get("act_saturated:" + tanh)[0], 1e-6);
            float[] histogram = out.get("act_hist:fc");
            assertEquals(ActivationStatisticsStep.BINS, histogram.length);
            double counted = 0;
            for (float count : histogram) {
                counted += count;
            }
            assertEquals(20, counted, 0, "every value in one bin");
            double min = java.util.Arrays.stream(pre).flatMapToDouble(java.util.Arrays::stream).min().orElseThrow();
            double max = java.util.Arrays.stream(pre).flatMapToDouble(java.util.Arrays::stream).max().orElseThrow();
            assertEquals(min, out.get("act_min:fc")[0], 1e-4 * Math.abs(min));
            assertEquals(max, out.get("act_max:fc")[0], 1e-4 * Math.abs(max));
            assertEquals(true, positive > 0);
        }
    }
}
