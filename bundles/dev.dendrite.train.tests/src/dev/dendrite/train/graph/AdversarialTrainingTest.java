package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import ai.onnxruntime.OnnxTensor;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.train.config.Adversarial;
import dev.dendrite.train.config.TrainingConfig;

/**
 * Adversarial training's step against its definition, computed here from a dense layer's weights:
 * the batch started at x + ε·u, moved by 1.25·ε times the sign of the cross-entropy's input gradient
 * there (or K steps of 2.5·ε/K, each at the input the last reached), projected into the ball, and the
 * loss and SGD update those of the moved batch.
 */
class AdversarialTrainingTest {

    private static final int N = 6;
    private static final int IN = 3;
    private static final int OUT = 4;
    private static final double RATE = 0.5;
    private static final double EPSILON = 0.3;

    @Test
    void theStepLearnsFromTheBatchMovedUpItsLossGradient() throws Exception {
        for (int steps : new int[] {1, 3}) {
            learnsFromTheMovedBatch(steps);
        }
    }

    private void learnsFromTheMovedBatch(int steps) throws Exception {
        Network network = StepRunner.tiny(IN, OUT, LossKind.CROSS_ENTROPY, 0, 0);
        Adversarial adversarial = new Adversarial(EPSILON, "", steps);
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, N, OptimizerKind.SGD, RATE, 1L, null)
                .withAdversarial(adversarial);
        double alpha = steps == 1 ? 1.25 * EPSILON : 2.5 * EPSILON / steps;
        assertEquals(alpha, adversarial.stepSize() * EPSILON, 1e-12);
        SplittableRandom random = new SplittableRandom(7);
        float[] x = new float[N * IN];
        float[] unit = new float[N * IN];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (random.nextDouble() * 4 - 2);
            unit[i] = (float) (2 * random.nextDouble() - 1);
        }
        long[] labels = new long[N];
        for (int n = 0; n < N; n++) {
            labels[n] = random.nextInt(OUT);
        }
        TrainingGraphs graphs = TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT);
        assertTrue(graphs.trainStep().getGraph().getInputList().stream().anyMatch(i -> i.getName().equals(AdversarialStep.start("x"))),
                "the random start is the step's input");
        try (StepRunner runner = new StepRunner(graphs)) {
            runner.extra.put(AdversarialStep.start("x"), OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(unit),
                    new long[] {N, IN}));
            float[] w = runner.values.get("fc/weight").clone();
            float[] b = runner.values.get("fc/bias").clone();
            // The move, by hand: the start, then per step the input gradient's sign ((p − y)·Wᵀ per sample), the step, the ball.
            double[] moved = new double[N * IN];
            for (int n = 0; n < N; n++) {
                double[] offset = new double[IN];
                for (int i = 0; i < IN; i++) {
                    offset[i] = EPSILON * unit[n * IN + i];
                }
                for (int k = 0; k < steps; k++) {
                    double[] at = new double[IN];
                    for (int i = 0; i < IN; i++) {
                        at[i] = x[n * IN + i] + offset[i];
                    }
                    double[] p = softmax(logits(at, w, b));
                    p[(int) labels[n]] -= 1;
                    for (int i = 0; i < IN; i++) {
                        double gradient = 0;
                        for (int c = 0; c < OUT; c++) {
                            gradient += p[c] * w[i * OUT + c];
                        }
                        offset[i] = Math.max(-EPSILON, Math.min(EPSILON, offset[i] + alpha * Math.signum(gradient)));
                    }
                }
                for (int i = 0; i < IN; i++) {
                    moved[n * IN + i] = x[n * IN + i] + offset[i];
                }
            }
            // The loss of the moved batch, and SGD's update from it: W − rate·xᵀ(p − y)/N.
            double expectedLoss = 0;
            double[] expectedW = new double[w.length];
            for (int k = 0; k < w.length; k++) {
                expectedW[k] = w[k];
            }
            for (int n = 0; n < N; n++) {
                double[] row = java.util.Arrays.copyOfRange(moved, n * IN, (n + 1) * IN);
                double[] p = softmax(logits(row, w, b));
                expectedLoss -= Math.log(p[(int) labels[n]]) / N;
                p[(int) labels[n]] -= 1;
                for (int i = 0; i < IN; i++) {
                    for (int c = 0; c < OUT; c++) {
                        expectedW[i * OUT + c] -= RATE * row[i] * p[c] / N;
                    }
                }
            }
            var outputs = runner.run(x, N, new float[0], labels, RATE, 1, true);
            assertEquals(expectedLoss, outputs.get("loss")[0], 1e-5, steps + " step(s): the loss of the moved batch");
            float[] updated = runner.values.get("fc/weight");
            for (int k = 0; k < w.length; k++) {
                assertEquals(expectedW[k], updated[k], 1e-5, "fc/weight[" + k + "]");
            }
            // The clean batch's loss is lower: the move went up the loss.
            double clean = 0;
            for (int n = 0; n < N; n++) {
                double[] row = new double[IN];
                for (int i = 0; i < IN; i++) {
                    row[i] = x[n * IN + i];
                }
                clean -= Math.log(softmax(logits(row, w, b))[(int) labels[n]]) / N;
            }
            assertTrue(expectedLoss > clean, expectedLoss + " against the clean " + clean);
        }
        // The evaluation graph reads the clean input: no random start in it.
        assertTrue(graphs.evaluation().getGraph().getInputList().stream().noneMatch(i -> i.getName().startsWith(AdversarialStep.PREFIX)));
    }

    @Test
    void refusesWhatItCannotMove() {
        Network network = StepRunner.tiny(IN, OUT, LossKind.CROSS_ENTROPY, 0, 0);
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, N, OptimizerKind.SGD, RATE, 1L, null);
        IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class, () -> config.withAdversarial(new Adversarial(0.1, ""))
                .withMixup(0.2).validate());
        assertEquals("--adversarial and --mixup each change the training inputs: give one", mixed.getMessage());
        IllegalArgumentException many = assertThrows(IllegalArgumentException.class, () -> config.withAdversarial(new Adversarial(0.1, "", 0))
                .validate());
        assertEquals("--adversarial-steps takes 1 to 20 steps, not 0", many.getMessage());
        IllegalArgumentException range = assertThrows(IllegalArgumentException.class, () -> config.withAdversarial(new Adversarial(0.1, "1,0"))
                .validate());
        assertTrue(range.getMessage().startsWith("--adversarial-range takes the valid inputs' LO,HI"), range.getMessage());
        ExportException sequences = assertThrows(ExportException.class, () -> TrainStepPipeline.standard().build(network, new Weights(),
                config.withAdversarial(new Adversarial(0.1, "")), new GraphOptions(false, false, java.util.Set.of(), java.util.Set.of(), 0, 5, java.util.Set.of(), false)));
        assertEquals("--adversarial moves pictures and vectors, not sequences", sequences.getMessage());
    }

    private static double[] logits(double[] x, float[] w, float[] b) {
        double[] s = new double[OUT];
        for (int c = 0; c < OUT; c++) {
            s[c] = b[c];
            for (int i = 0; i < IN; i++) {
                s[c] += x[i] * w[i * OUT + c];
            }
        }
        return s;
    }

    private static double[] softmax(double[] s) {
        double top = java.util.Arrays.stream(s).max().orElse(0);
        double sum = 0;
        double[] p = new double[s.length];
        for (int c = 0; c < s.length; c++) {
            p[c] = Math.exp(s[c] - top);
            sum += p[c];
        }
        for (int c = 0; c < s.length; c++) {
            p[c] /= sum;
        }
        return p;
    }
}
