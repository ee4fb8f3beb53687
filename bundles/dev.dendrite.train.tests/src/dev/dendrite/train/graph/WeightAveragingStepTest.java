package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;

/**
 * The weights' moving average inside the train step (--ema): a plain-Java recurrence step by step,
 * through the warm-up of its decay into the set decay; the averages start at the initial weights,
 * leave the training itself unchanged, cover normalisation statistics, and are refused for edge-popup.
 */
class WeightAveragingStepTest {

    private static final int N = 4;
    private static final int IN = 3;
    private static final int OUT = 2;

    private static TrainingConfig config(Network network, double ema) {
        return TrainingConfig.from(network).with("test", 1, N, OptimizerKind.ADAM, 0.05, 1L, null).withEmaDecay(ema);
    }

    @Test
    void theAverageFollowsItsRecurrenceThroughTheWarmUp() throws Exception {
        Network network = StepRunner.tiny(IN, OUT, LossKind.MSE, 0, 0);
        double decay = 0.9;
        SplittableRandom random = new SplittableRandom(5);
        float[] x = new float[N * IN];
        float[] t = new float[N * OUT];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        for (int i = 0; i < t.length; i++) {
            t[i] = (float) random.nextGaussian();
        }
        try (StepRunner averaged = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config(network, decay),
                GraphOptions.DEFAULT));
             StepRunner plain = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config(network, 0),
                     GraphOptions.DEFAULT))) {
            assertFalse(plain.values.containsKey("fc/weight" + AveragingStep.SUFFIX), "no averages without --ema");
            assertTrue(averaged.graphs.state().containsAll(List.of("fc/weight:average", "fc/bias:average")), averaged.graphs.state().toString());
            for (String p : List.of("fc/weight", "fc/bias")) {
                assertArrayEquals(averaged.values.get(p), averaged.values.get(p + AveragingStep.SUFFIX), "the average starts at the weights");
            }
            double[][] expected = {doubles(averaged.values.get("fc/weight")), doubles(averaged.values.get("fc/bias"))};
            // 100 steps: d = (1 + t)/(10 + t) stays below 0.9 until step 80, then the set decay takes over.
            for (int step = 1; step <= 100; step++) {
                averaged.run(x, N, t, null, 0.05, step, true);
                plain.run(x, N, t, null, 0.05, step, true);
                double d = Math.min(decay, (1.0 + step) / (10.0 + step));
                String[] names = {"fc/weight", "fc/bias"};
                for (int k = 0; k < 2; k++) {
                    float[] weights = averaged.values.get(names[k]);
                    assertArrayEquals(plain.values.get(names[k]), weights, "averaging leaves the training unchanged, step " + step);
                    float[] average = averaged.values.get(names[k] + AveragingStep.SUFFIX);
                    for (int i = 0; i < weights.length; i++) {
                        expected[k][i] += (1 - d) * (weights[i] - expected[k][i]);
                        assertEquals(expected[k][i], average[i], 1e-5, names[k] + "[" + i + "] at step " + step);
                    }
                }
            }
            // Late in training the average lags the weights: it is not a copy of them.
            float[] weights = averaged.values.get("fc/weight");
            float[] average = averaged.values.get("fc/weight" + AveragingStep.SUFFIX);
            double gap = 0;
            for (int i = 0; i < weights.length; i++) {
                gap += Math.abs(weights[i] - average[i]);
            }
            assertTrue(gap > 1e-4, "the average differs from the last weights: " + gap);
        }
    }

    @Test
    void normalisationStatisticsAreAveragedToo() throws Exception {
        Network network = TemplateLibrary.find("batchnorm-mlp").orElseThrow().create();
        TrainingGraphs graphs = TrainStepPipeline.standard().build(network, new Weights(), config(network, 0.99), GraphOptions.DEFAULT);
        List<String> running = graphs.roles().entrySet().stream().filter(e -> e.getValue() == ParameterRole.RUNNING_STATISTIC)
                .map(java.util.Map.Entry::getKey).toList();
        assertFalse(running.isEmpty());
        for (String statistic : running) {
            assertTrue(graphs.state().contains(statistic + AveragingStep.SUFFIX), statistic + " is averaged: " + graphs.state());
            assertEquals(ParameterRole.OPTIMIZER_STATE, graphs.roles().get(statistic + AveragingStep.SUFFIX), "never exported as such");
        }
    }

    @Test
    void edgePopupIsRefusedWithOneLine() {
        Network network = TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        ExportException refused = assertThrows(ExportException.class, () -> TrainStepPipeline.standard().build(network, new Weights(),
                config(network, 0.99), GraphOptions.edgePopup(0.5)));
        assertTrue(refused.getMessage().startsWith("--ema averages trained weights"), refused.getMessage());
        assertFalse(refused.getMessage().contains("\n"));
    }

    @Test
    void decaysOutsideTheOpenUnitIntervalAreRefused() {
        Network network = StepRunner.tiny(IN, OUT, LossKind.MSE, 0, 0);
        for (double bad : new double[] {1, 1.5, -0.1, Double.NaN}) {
            IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> config(network, bad).validate(), "" + bad);
            assertTrue(refused.getMessage().startsWith("--ema takes a decay in (0, 1)"), refused.getMessage());
        }
        assertEquals(0.999, config(network, 0.999).validate().emaDecay());
    }

    private static double[] doubles(float[] values) {
        double[] copy = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            copy[i] = values[i];
        }
        return copy;
    }
}
