package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.CertifiedTraining;
import dev.dendrite.train.config.TrainingConfig;

/**
 * Certified (IBP) training's step against its definition computed here: the hidden layer's interval
 * over the box, ReLU's ends, the last layer elided into the margins' upper bounds, the objective
 * κ·CE + (1 − κ)·CE(ẑ) at the schedule's ε and κ; and the step's gradient against finite differences
 * of that objective.
 */
class CertifiedTrainingTest {

    private static final int N = 5;
    private static final int IN = 4;
    private static final int HIDDEN = 6;
    private static final int OUT = 3;
    private static final double EPSILON = 0.2;

    private static Network network() {
        NetworkBuilder b = new NetworkBuilder("ibp", "a ReLU network for interval bounds");
        Layer x = b.input("x", IN);
        Layer h = b.dense(x, "hidden", HIDDEN, ActivationFunction.RELU);
        b.loss(b.dense(h, "fc", OUT), LossKind.CROSS_ENTROPY);
        return b.training("test", 4, N, OptimizerKind.SGD, 0.1).network();
    }

    @Test
    void theObjectiveMixesTheCleanLossWithTheBoundsWorstCase() throws Exception {
        checkObjectiveAndGradient(CertifiedTraining.INTERVAL);
    }

    /** CROWN-IBP's linear bounds back through the hidden layer, mixed with the intervals' by β = 1 − the ramp's progress. */
    @Test
    void crownIbpMixesLinearBoundsIntoTheMargins() throws Exception {
        checkObjectiveAndGradient(CertifiedTraining.CROWN_IBP);
    }

    private void checkObjectiveAndGradient(String bounds) throws Exception {
        Network network = network();
        boolean linear = bounds.equals(CertifiedTraining.CROWN_IBP);
        SplittableRandom random = new SplittableRandom(11);
        float[] x = new float[N * IN];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (random.nextDouble() * 2 - 1);
        }
        long[] labels = {0, 2, 1, 1, 0};
        // Four epochs of 10 steps: one clean, then a ramp of (4 − 1)/2 = 1 epoch, so step 15 is half way.
        CertifiedTraining certified = CertifiedTraining.at(EPSILON).withStepsPerEpoch(10).withBounds(bounds);
        assertEquals(1, certified.warmup(4));
        assertEquals(1, certified.ramp(4));
        TrainingConfig config = TrainingConfig.from(network).with("test", 4, N, OptimizerKind.SGD, 1.0, 1L, null).withCertified(certified);
        config.validate();
        TrainingGraphs graphs = TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT);
        try (StepRunner runner = new StepRunner(graphs)) {
            for (long step : new long[] {3, 15, 18, 40}) {
                double progress = Math.min(1, Math.max(0, (step - 10) / 10.0));
                double expected = objective(runner, x, labels, EPSILON * progress, 0.5 * progress, linear ? 1 - progress : 0);
                float loss = runner.run(x, N, new float[0], labels, 0, step, false).get("loss")[0];
                assertEquals(expected, loss, 2e-5, bounds + ": the objective at step " + step);
            }
            double clean = objective(runner, x, labels, 0, 0, 0);
            double worst = objective(runner, x, labels, EPSILON, 1, 0);
            assertTrue(worst > clean + 0.05, "the bounds' worst case " + worst + " against the clean loss " + clean);
            assertTrue(objective(runner, x, labels, EPSILON, 1, 1) < worst, "CROWN-IBP is tighter than intervals here");
        }
        // The gradient, element by element, at step 15 (half way: ε/2, the bounds' share 1/4, CROWN-IBP's β 1/2): one SGD step at
        // rate 1 against central differences of the objective in doubles (h small, so no ReLU or magnitude kink lies within it).
        try (StepRunner runner = new StepRunner(graphs)) {
            java.util.Map<String, float[]> start = new java.util.HashMap<>();
            runner.values.forEach((name, values) -> start.put(name, values.clone()));
            runner.run(x, N, new float[0], labels, 1.0, 15, true);
            java.util.Map<String, float[]> stepped = new java.util.HashMap<>(runner.values);
            start.forEach((name, values) -> runner.values.put(name, values.clone()));
            for (String parameter : java.util.List.of("hidden/weight", "hidden/bias", "fc/weight", "fc/bias")) {
                float[] updated = stepped.get(parameter);
                for (int e = 0; e < updated.length; e++) {
                    double numeric = slope(runner, parameter, e, x, labels, linear ? 0.5 : 0);
                    double analytic = start.get(parameter)[e] - updated[e];
                    assertEquals(numeric, analytic, 2e-4 + 1e-3 * Math.abs(numeric), bounds + ": " + parameter + "[" + e + "]");
                }
            }
        }
    }

    private static double slope(StepRunner runner, String parameter, int element, float[] x, long[] labels, double linearShare) {
        float[] values = runner.values.get(parameter);
        float at = values[element];
        double h = 1e-3;
        values[element] = (float) (at + h);
        double up = objective(runner, x, labels, EPSILON / 2, 0.25, linearShare);
        values[element] = (float) (at - h);
        double down = objective(runner, x, labels, EPSILON / 2, 0.25, linearShare);
        values[element] = at;
        return (up - down) / (2 * h);
    }

    /**
     * κ·CE(z) + (1 − κ)·CE(ẑ) over the batch, in doubles from the runner's current weights; ẑ the intervals' margin bounds, or
     * β·CROWN-IBP + (1 − β)·those with {@code linearShare} β.
     */
    private static double objective(StepRunner runner, float[] x, long[] labels, double epsilon, double robustShare, double linearShare) {
        float[] w1 = runner.values.get("hidden/weight");
        float[] b1 = runner.values.get("hidden/bias");
        float[] w2 = runner.values.get("fc/weight");
        float[] b2 = runner.values.get("fc/bias");
        double clean = 0;
        double robust = 0;
        for (int n = 0; n < N; n++) {
            double[] centre = new double[HIDDEN];
            double[] radius = new double[HIDDEN];
            double[] low = new double[HIDDEN];
            double[] high = new double[HIDDEN];
            double[] h = new double[HIDDEN];
            for (int j = 0; j < HIDDEN; j++) {
                double c = b1[j];
                double r = 0;
                for (int i = 0; i < IN; i++) {
                    c += x[n * IN + i] * w1[i * HIDDEN + j];
                    r += epsilon * Math.abs(w1[i * HIDDEN + j]);
                }
                low[j] = c - r;
                high[j] = c + r;
                centre[j] = (Math.max(0, low[j]) + Math.max(0, high[j])) / 2;
                radius[j] = (Math.max(0, high[j]) - Math.max(0, low[j])) / 2;
                h[j] = Math.max(0, c);
            }
            int y = (int) labels[n];
            double[] z = new double[OUT];
            double[] margins = new double[OUT];
            for (int k = 0; k < OUT; k++) {
                z[k] = b2[k];
                margins[k] = b2[k] - b2[y];
                double crown = b2[k] - b2[y];
                double[] back = new double[IN];
                for (int j = 0; j < HIDDEN; j++) {
                    double d = w2[j * OUT + k] - w2[j * OUT + y];
                    z[k] += h[j] * w2[j * OUT + k];
                    margins[k] += d * centre[j] + Math.abs(d) * radius[j];
                    // CROWN-IBP: ReLU between its lines over [l, u], the upper chord for positive coefficients, the lower line else.
                    boolean unstable = low[j] < 0 && high[j] > 0;
                    double upperSlope = unstable ? high[j] / (high[j] - low[j]) : low[j] >= 0 ? 1 : 0;
                    double lowerSlope = unstable ? (high[j] > -low[j] ? 1 : 0) : low[j] >= 0 ? 1 : 0;
                    double a = d > 0 ? d * upperSlope : d * lowerSlope;
                    if (d > 0 && unstable) {
                        crown += d * -low[j] * upperSlope;
                    }
                    crown += a * b1[j];
                    for (int i = 0; i < IN; i++) {
                        back[i] += a * w1[i * HIDDEN + j];
                    }
                }
                for (int i = 0; i < IN; i++) {
                    crown += back[i] * x[n * IN + i] + Math.abs(back[i]) * epsilon;
                }
                margins[k] += linearShare * (crown - margins[k]);
            }
            clean += crossEntropy(z, y) / N;
            robust += crossEntropy(margins, y) / N;
        }
        return (1 - robustShare) * clean + robustShare * robust;
    }

    private static double crossEntropy(double[] z, int y) {
        double top = java.util.Arrays.stream(z).max().orElse(0);
        double sum = 0;
        for (double v : z) {
            sum += Math.exp(v - top);
        }
        return top + Math.log(sum) - z[y];
    }

    @Test
    void refusesWhatItCannotBound() {
        Network network = network();
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, N, OptimizerKind.SGD, 0.1, 1L, null);
        IllegalArgumentException mixed = assertThrows(IllegalArgumentException.class, () -> config.withCertified(CertifiedTraining.at(0.1))
                .withMixup(0.2).validate());
        assertEquals("--certified trains against the bounds of plain cross-entropy over clean inputs: leave out --mixup", mixed.getMessage());
        IllegalArgumentException share = assertThrows(IllegalArgumentException.class, () -> config.withCertified(new CertifiedTraining(0.1, "",
                -1, -1, 1.5, 0)).validate());
        assertEquals("--certified-weight takes the robust loss's share in (0, 1], such as 0.5, not 1.5", share.getMessage());
        NetworkBuilder b = new NetworkBuilder("regressor", "no classes");
        b.loss(b.dense(b.input("x", IN), "fc", 1), LossKind.MSE);
        Network regressor = b.training("test", 1, N, OptimizerKind.SGD, 0.1).network();
        ExportException mse = assertThrows(ExportException.class, () -> TrainStepPipeline.standard().build(regressor, new Weights(),
                TrainingConfig.from(regressor).with("test", 1, N, OptimizerKind.SGD, 0.1, 1L, null).withCertified(CertifiedTraining.at(0.1)),
                GraphOptions.DEFAULT));
        assertEquals("--certified trains classifiers with one cross-entropy loss; network 'regressor' has a mse loss", mse.getMessage());
    }
}
