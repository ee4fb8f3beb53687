package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;

/**
 * Label smoothing's loss value, from logits known in closed form: with zero weights every row's
 * logits are the bias, so the loss is (1 − ε)·(−log p_y) + ε·(−mean_k log p_k) averaged over the
 * labels. Its seed gradient is checked against this value by {@link LossGradientTest}.
 */
class LabelSmoothingTest {

    private static final float[] BIAS = {0.5f, -1f, 2f, 0.1f};
    private static final long[] LABELS = {2, 2, 0, 2, 2};

    private static double stepLoss(double epsilon) throws Exception {
        Network network = StepRunner.tiny(3, 4, LossKind.CROSS_ENTROPY, 0, 0);
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 5, OptimizerKind.SGD, 0.1, 1L, null).withLabelSmoothing(epsilon);
        TrainingGraphs graphs = TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT);
        try (StepRunner runner = new StepRunner(graphs)) {
            runner.values.put("fc/weight", new float[runner.values.get("fc/weight").length]);
            runner.values.put("fc/bias", BIAS.clone());
            float[] x = new float[15];
            Arrays.fill(x, 0.7f);
            return runner.run(x, 5, null, LABELS, 0.1, 1, false).get("loss")[0];
        }
    }

    private static double expected(double epsilon) {
        double max = 2;
        double sum = 0;
        for (float b : BIAS) {
            sum += Math.exp(b - max);
        }
        double logSum = max + Math.log(sum);
        double meanLogP = 0;
        for (float b : BIAS) {
            meanLogP += (b - logSum) / BIAS.length;
        }
        double loss = 0;
        for (long y : LABELS) {
            loss += (1 - epsilon) * -(BIAS[(int) y] - logSum) + epsilon * -meanLogP;
        }
        return loss / LABELS.length;
    }

    @Test
    void theTrainStepsLossIsTheSmoothedCrossEntropy() throws Exception {
        for (double epsilon : new double[] {0, 0.1, 0.5}) {
            assertEquals(expected(epsilon), stepLoss(epsilon), 1e-5, "ε = " + epsilon);
        }
        assertTrue(Math.abs(expected(0.1) - expected(0)) > 0.05, "the check can tell smoothing from none");
    }

    @Test
    void onlyTheTrainStepIsSmoothedNotTheEvaluationGraph() throws Exception {
        Network network = StepRunner.tiny(3, 4, LossKind.CROSS_ENTROPY, 0, 0);
        TrainingGraphs graphs = TrainStepPipeline.standard().build(network, new Weights(),
                TrainingConfig.from(network).with("test", 1, 5, OptimizerKind.SGD, 0.1, 1L, null).withLabelSmoothing(0.2), GraphOptions.DEFAULT);
        assertTrue(graphs.trainStep().getGraph().getNodeList().stream().anyMatch(n -> n.getOutput(0).endsWith("/smoothed_loss")));
        assertFalse(graphs.evaluation().getGraph().getNodeList().stream().anyMatch(n -> n.getOutputCount() > 0
                && n.getOutput(0).contains("smooth")), "validation and test losses stay plain cross-entropy");
    }
}
