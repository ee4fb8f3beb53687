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
 * Label smoothing's and class weights' loss value, from logits known in closed form: with zero
 * weights every row's logits are the bias, so each row's loss is (1 − ε)·(−log p_y) + ε·(−mean_k
 * log p_k), averaged over the rows with their labels' class weights. The seed gradients are checked
 * against these values by {@link LossGradientTest}.
 */
class CrossEntropyVariantsTest {

    private static final float[] BIAS = {0.5f, -1f, 2f, 0.1f};
    private static final long[] LABELS = {2, 2, 0, 2, 2};

    private static double stepLoss(double epsilon) throws Exception {
        return stepLoss(epsilon, "");
    }

    private static double stepLoss(double epsilon, String classWeights) throws Exception {
        Network network = StepRunner.tiny(3, 4, LossKind.CROSS_ENTROPY, 0, 0);
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 5, OptimizerKind.SGD, 0.1, 1L, null).withLabelSmoothing(epsilon)
                .withClassWeights(classWeights);
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
        return expected(epsilon, new double[] {1, 1, 1, 1});
    }

    private static double expected(double epsilon, double[] classWeights) {
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
        double total = 0;
        for (long y : LABELS) {
            loss += classWeights[(int) y] * ((1 - epsilon) * -(BIAS[(int) y] - logSum) + epsilon * -meanLogP);
            total += classWeights[(int) y];
        }
        return loss / total;
    }

    @Test
    void theTrainStepsLossIsTheSmoothedCrossEntropy() throws Exception {
        for (double epsilon : new double[] {0, 0.1, 0.5}) {
            assertEquals(expected(epsilon), stepLoss(epsilon), 1e-5, "ε = " + epsilon);
        }
        assertTrue(Math.abs(expected(0.1) - expected(0)) > 0.05, "the check can tell smoothing from none");
    }

    @Test
    void classWeightsWeighEachRowByItsLabel() throws Exception {
        double[] weights = {3, 1, 0.25, 1};
        for (double epsilon : new double[] {0, 0.3}) {
            assertEquals(expected(epsilon, weights), stepLoss(epsilon, "3,1,0.25,1"), 1e-5, "ε = " + epsilon);
        }
        assertTrue(Math.abs(expected(0, weights) - expected(0)) > 0.05, "the check can tell weights from none");
        Exception wrongCount = org.junit.jupiter.api.Assertions.assertThrows(dev.dendrite.onnx.export.ExportException.class,
                () -> stepLoss(0, "1,2,3"));
        assertTrue(wrongCount.getMessage().endsWith("the loss 'loss' tells 4 classes apart, but --class-weights gives 3 weights"),
                wrongCount.getMessage());
    }

    @Test
    void aBatchWhoseLabelsAllWeighZeroHasALossOfZeroNotNaN() throws Exception {
        // LABELS are classes 0 and 2: weighing both 0 leaves nothing to average (a replica's slice can be such a batch).
        assertEquals(0.0, stepLoss(0, "0,1,0,1"), 0.0);
        assertEquals(0.0, stepLoss(0.2, "0,1,0,1"), 0.0);
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
