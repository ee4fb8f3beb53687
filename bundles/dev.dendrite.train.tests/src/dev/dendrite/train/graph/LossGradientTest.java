package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;

/**
 * The loss heads' closed-form seed gradients and the L1/L2 penalties, checked against central
 * finite differences of the train step's own "loss" output: with plain SGD at learning rate 1 the
 * update of a weight is exactly its gradient, so g = w − w'. Float32 (the train step's precision),
 * h = 1e-2.
 */
class LossGradientTest {

    private static final int N = 5;
    private static final double H = 1e-2;
    /** Plain SGD's rate: the gradient is (start − updated) / RATE. Not 1, so that a term left out of the rate's scaling shows. */
    private static final double RATE = 0.25;

    static Stream<Arguments> heads() {
        return Stream.of(
                Arguments.of("MSE", LossKind.MSE, 3, 2, 0.0, 0.0, 0.0, ""),
                Arguments.of("cross-entropy", LossKind.CROSS_ENTROPY, 3, 4, 0.0, 0.0, 0.0, ""),
                Arguments.of("binary cross-entropy", LossKind.BINARY_CROSS_ENTROPY, 3, 2, 0.0, 0.0, 0.0, ""),
                Arguments.of("reconstruction", LossKind.RECONSTRUCTION, 3, 3, 0.0, 0.0, 0.0, ""),
                Arguments.of("MSE with L1", LossKind.MSE, 3, 2, 0.05, 0.0, 0.0, ""),
                Arguments.of("MSE with L2", LossKind.MSE, 3, 2, 0.0, 0.3, 0.0, ""),
                Arguments.of("cross-entropy with L1 and L2", LossKind.CROSS_ENTROPY, 3, 4, 0.02, 0.2, 0.0, ""),
                Arguments.of("cross-entropy with label smoothing", LossKind.CROSS_ENTROPY, 3, 4, 0.0, 0.0, 0.1, ""),
                Arguments.of("cross-entropy with label smoothing 0.6 and L2", LossKind.CROSS_ENTROPY, 3, 5, 0.0, 0.1, 0.6, ""),
                Arguments.of("cross-entropy with class weights", LossKind.CROSS_ENTROPY, 3, 4, 0.0, 0.0, 0.0, "0.5,2,1,3"),
                Arguments.of("cross-entropy with class weights and smoothing", LossKind.CROSS_ENTROPY, 3, 4, 0.0, 0.0, 0.2, "1,0,4,0.25"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("heads")
    void gradientsMatchFiniteDifferencesOfTheLoss(String name, LossKind kind, int in, int out, double l1, double l2, double smoothing,
            String classWeights) throws Exception {
        Network network = StepRunner.tiny(in, out, kind, l1, l2);
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, N, OptimizerKind.SGD, RATE, 1L, null).withLabelSmoothing(smoothing)
                .withClassWeights(classWeights);
        SplittableRandom random = new SplittableRandom(kind.getValue() * 31L + 7);
        float[] x = new float[N * in];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (random.nextDouble() * 2 - 1);
        }
        float[] targets = new float[N * out];
        long[] labels = new long[N];
        for (int i = 0; i < targets.length; i++) {
            targets[i] = kind == LossKind.BINARY_CROSS_ENTROPY ? random.nextInt(2) : (float) (random.nextDouble() * 2 - 1);
        }
        for (int n = 0; n < N; n++) {
            labels[n] = random.nextInt(out);
        }
        try (StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT))) {
            for (String parameter : new String[] {"fc/weight", "fc/bias"}) {
                float[] start = runner.values.get(parameter).clone();
                runner.run(x, N, targets, labels, RATE, 1, true);
                float[] updated = runner.values.get(parameter).clone();
                runner.values.put(parameter, start.clone());
                resetOthers(runner, parameter, start);
                for (int e = 0; e < start.length; e++) {
                    if (l1 > 0 && Math.abs(start[e]) < 2 * H) {
                        continue; // |w| has a kink at 0
                    }
                    double analytic = (start[e] - updated[e]) / RATE;
                    double plus = lossWith(runner, parameter, start, e, H, x, targets, labels);
                    double minus = lossWith(runner, parameter, start, e, -H, x, targets, labels);
                    double numeric = (plus - minus) / (2 * H);
                    assertTrue(Math.abs(analytic - numeric) <= 5e-4 + 5e-3 * Math.abs(numeric),
                            name + ": d loss / d " + parameter + "[" + e + "] analytic " + analytic + ", numeric " + numeric);
                }
            }
        }
    }

    private static double lossWith(StepRunner runner, String parameter, float[] start, int element, double h, float[] x, float[] targets,
            long[] labels) throws Exception {
        float[] moved = start.clone();
        moved[element] += (float) h;
        runner.values.put(parameter, moved);
        double loss = runner.run(x, N, targets, labels, RATE, 1, false).get("loss")[0];
        runner.values.put(parameter, start.clone());
        return loss;
    }

    /** After the advancing step, every other tensor goes back to its start too (the check is at one point). */
    private static void resetOthers(StepRunner runner, String parameter, float[] start) {
        runner.graphs.initial().flat().forEach((name, tensor) -> {
            if (!name.equals(parameter)) {
                runner.values.put(name, tensor.values().clone());
            }
        });
    }
}
