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
 * Every optimizer of the generated train step against a plain-Java reference, step by step, on
 * a linear model with an MSE loss whose gradients are written out by hand: SGD (plain, momentum,
 * Nesterov, weight decay), Adam (with and without L2-coupled weight decay), AdamW, RMSProp,
 * global-norm clipping and learning-rate warm-up; and the layer's gradient norm that each step reports.
 */
class OptimizerReferenceTest {

    private static final int N = 4;
    private static final int IN = 3;
    private static final int OUT = 2;
    private static final int STEPS = 6;

    static Stream<Arguments> optimizers() {
        return Stream.of(
                Arguments.of("SGD", OptimizerKind.SGD, 0.0, false, 0.0, 0.0, 0, 0.1, 0.9, 0.999),
                Arguments.of("SGD with momentum", OptimizerKind.SGD, 0.9, false, 0.0, 0.0, 0, 0.05, 0.9, 0.999),
                Arguments.of("Nesterov", OptimizerKind.SGD, 0.9, true, 0.0, 0.0, 0, 0.05, 0.9, 0.999),
                Arguments.of("SGD with weight decay", OptimizerKind.SGD, 0.0, false, 0.05, 0.0, 0, 0.1, 0.9, 0.999),
                Arguments.of("Adam", OptimizerKind.ADAM, 0.0, false, 0.0, 0.0, 0, 0.01, 0.9, 0.999),
                Arguments.of("Adam with L2 weight decay", OptimizerKind.ADAM, 0.0, false, 0.05, 0.0, 0, 0.01, 0.9, 0.999),
                Arguments.of("AdamW", OptimizerKind.ADAMW, 0.0, false, 0.05, 0.0, 0, 0.01, 0.9, 0.999),
                Arguments.of("RMSProp", OptimizerKind.RMSPROP, 0.0, false, 0.0, 0.0, 0, 0.01, 0.9, 0.999),
                Arguments.of("SGD with clipping", OptimizerKind.SGD, 0.0, false, 0.0, 0.05, 0, 0.1, 0.9, 0.999),
                Arguments.of("SGD with warm-up, weight decay and clipping", OptimizerKind.SGD, 0.0, false, 0.05, 0.05, 3, 0.1, 0.9, 0.999),
                Arguments.of("Adam with warm-up", OptimizerKind.ADAM, 0.0, false, 0.0, 0.0, 3, 0.01, 0.9, 0.999),
                Arguments.of("Adam with a GAN's betas", OptimizerKind.ADAM, 0.0, false, 0.0, 0.0, 0, 0.01, 0.5, 0.99),
                Arguments.of("AdamW with other betas", OptimizerKind.ADAMW, 0.0, false, 0.05, 0.0, 0, 0.01, 0.8, 0.95));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("optimizers")
    void matchesThePlainJavaReferenceStepByStep(String name, OptimizerKind optimizer, double momentum, boolean nesterov, double decay,
            double clip, int warmup, double lr, double beta1, double beta2) throws Exception {
        Network network = StepRunner.tiny(IN, OUT, LossKind.MSE, 0, 0);
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, N, optimizer, lr, 1L, null)
                .withSchedule("constant", warmup, clip, momentum, nesterov, decay, 0, 0, 0).withBetas(beta1, beta2);
        SplittableRandom random = new SplittableRandom(17);
        float[] x = randoms(random, N * IN);
        float[] t = randoms(random, N * OUT);
        try (StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT))) {
            double[][] p = {doubles(runner.values.get("fc/weight")), doubles(runner.values.get("fc/bias"))};
            double[][] first = new double[2][];
            double[][] second = new double[2][];
            boolean clipped = false;
            for (int k = 0; k < STEPS; k++) {
                float[] layerNorm = runner.run(x, N, t, null, config.learningRateAt(k, STEPS), k + 1, true).get("gradnorm:fc");
                double[][] g = gradients(p, x, t);
                if (clip > 0) {
                    double norm = Math.sqrt(sumSquares(g[0]) + sumSquares(g[1]));
                    double scale = Math.min(1, clip / (norm + 1e-6));
                    clipped |= scale < 1;
                    scale(g, scale);
                }
                // The layer's gradient norm (what the monitor plots and the trainer checks for non-finite values), after clipping.
                assertClose(name + ", step " + (k + 1) + ", gradient norm", new double[] {Math.sqrt(sumSquares(g[0]) + sumSquares(g[1]))},
                        layerNorm);
                double rate = lr * (warmup > 0 && k < warmup ? (k + 1) / (double) warmup : 1);
                for (int q = 0; q < 2; q++) {
                    if (first[q] == null) {
                        first[q] = new double[p[q].length];
                        second[q] = new double[p[q].length];
                    }
                    for (int e = 0; e < p[q].length; e++) {
                        double before = p[q][e];
                        double grad = g[q][e] + (decay > 0 && optimizer != OptimizerKind.ADAMW ? decay * before : 0);
                        switch (optimizer) {
                            case SGD -> {
                                double direction = grad;
                                if (momentum > 0) {
                                    first[q][e] = momentum * first[q][e] + grad;
                                    direction = nesterov ? grad + momentum * first[q][e] : first[q][e];
                                }
                                p[q][e] = before - rate * direction;
                            }
                            case RMSPROP -> {
                                second[q][e] = 0.99 * second[q][e] + 0.01 * grad * grad;
                                p[q][e] = before - rate * grad / (Math.sqrt(second[q][e]) + 1e-8);
                            }
                            case ADAM, ADAMW -> {
                                first[q][e] = beta1 * first[q][e] + (1 - beta1) * grad;
                                second[q][e] = beta2 * second[q][e] + (1 - beta2) * grad * grad;
                                double corrected = rate * Math.sqrt(1 - Math.pow(beta2, k + 1)) / (1 - Math.pow(beta1, k + 1));
                                p[q][e] = before - corrected * first[q][e] / (Math.sqrt(second[q][e]) + 1e-8);
                                if (optimizer == OptimizerKind.ADAMW) {
                                    p[q][e] -= rate * decay * before;
                                }
                            }
                        }
                    }
                }
                assertClose(name + ", step " + (k + 1) + ", weight", p[0], runner.values.get("fc/weight"));
                assertClose(name + ", step " + (k + 1) + ", bias", p[1], runner.values.get("fc/bias"));
            }
            assertTrue(clip == 0 || clipped, "the clipping case clips at least once");
        }
    }

    /** MSE over N×OUT values of the linear model y = xW + b: dW = xᵀ·2(y − t)/(N·OUT), db = Σ_n 2(y − t)/(N·OUT). */
    private static double[][] gradients(double[][] p, float[] x, float[] t) {
        double[] dW = new double[IN * OUT];
        double[] db = new double[OUT];
        for (int n = 0; n < N; n++) {
            for (int j = 0; j < OUT; j++) {
                double y = p[1][j];
                for (int i = 0; i < IN; i++) {
                    y += x[n * IN + i] * p[0][i * OUT + j];
                }
                double dy = 2 * (y - t[n * OUT + j]) / (N * OUT);
                db[j] += dy;
                for (int i = 0; i < IN; i++) {
                    dW[i * OUT + j] += x[n * IN + i] * dy;
                }
            }
        }
        return new double[][] {dW, db};
    }

    private static void assertClose(String what, double[] expected, float[] actual) {
        for (int i = 0; i < expected.length; i++) {
            double tolerance = 2e-6 + 2e-5 * Math.abs(expected[i]);
            assertTrue(Math.abs(expected[i] - actual[i]) <= tolerance, what + "[" + i + "]: reference " + expected[i] + ", graph " + actual[i]);
        }
    }

    private static double sumSquares(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v * v;
        }
        return sum;
    }

    private static void scale(double[][] g, double factor) {
        for (double[] part : g) {
            for (int i = 0; i < part.length; i++) {
                part[i] *= factor;
            }
        }
    }

    private static float[] randoms(SplittableRandom random, int n) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) (random.nextDouble() * 2 - 1);
        }
        return values;
    }

    private static double[] doubles(float[] values) {
        double[] result = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            result[i] = values[i];
        }
        return result;
    }
}
