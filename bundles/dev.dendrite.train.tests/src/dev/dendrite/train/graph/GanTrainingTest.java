package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.function.ToDoubleFunction;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import ai.onnxruntime.OnnxTensor;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.BlockKind;
import dev.dendrite.model.network.InputRole;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.train.config.TrainingConfig;

/**
 * A GAN's train step, against a plain-Java forward pass of the same tiny generator (z [2] → dense 3) and discriminator block
 * (dense 2, tanh, dense 1, used on generated and on real samples): its loss is the discriminator's objective; the
 * discriminator's parameters move by that objective's gradient alone and the generator's by the generator objective's alone,
 * each checked against central finite differences of the objective worked out here, for all four formulations; at its own rate;
 * and with several discriminator steps per generator step. The gradient penalty's checks are {@link GradientPenaltyTrainingTest}'s.
 */
class GanTrainingTest {

    static final int ROWS = 5;
    static final int CODE = 2;
    static final int SIZE = 3;

    static Network gan(LossKind kind) {
        NetworkBuilder b = new NetworkBuilder("tiny-gan", "a generator and a discriminator block");
        var discriminator = b.block("critic", BlockKind.GENERIC, body -> {
            Layer x = body.activation(body.dense(body.blockInput("x"), "hidden", 2), ActivationFunction.TANH);
            body.blockOutput(body.dense(x, "score", 1), "logit");
        });
        Layer real = b.input("x", SIZE);
        var z = b.input("z", CODE);
        z.setRole(InputRole.NOISE);
        var loss = b.loss(b.use(discriminator, "judge_generated", b.dense(z, "generate", SIZE)), kind);
        b.connect(b.use(discriminator, "judge_real", real), "", loss, Ports.TARGET);
        return b.training("test", 1, ROWS, OptimizerKind.SGD, 1.0).network();
    }

    static float[] gaussian(int n, long seed) {
        Random random = new Random(seed);
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    /** y = xW + b for one row. */
    static double[] dense(double[] x, float[] w, float[] bias, int out) {
        double[] y = new double[out];
        for (int o = 0; o < out; o++) {
            y[o] = bias[o];
            for (int i = 0; i < x.length; i++) {
                y[o] += x[i] * w[i * out + o];
            }
        }
        return y;
    }

    private static double score(Map<String, float[]> v, double[] x) {
        double[] hidden = dense(x, v.get("critic.hidden/weight"), v.get("critic.hidden/bias"), 2);
        for (int i = 0; i < hidden.length; i++) {
            hidden[i] = Math.tanh(hidden[i]);
        }
        return dense(hidden, v.get("critic.score/weight"), v.get("critic.score/bias"), 1)[0];
    }

    private static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    /** The discriminator's ({@code generator} false) or the generator's objective, as the loss's documentation defines it. */
    static double objective(LossKind kind, boolean generator, Map<String, float[]> v, float[] x, float[] z) {
        double total = 0;
        for (int row = 0; row < ROWS; row++) {
            double[] code = {z[row * CODE], z[row * CODE + 1]};
            double f = score(v, dense(code, v.get("generate/weight"), v.get("generate/bias"), SIZE));
            double r = score(v, new double[] {x[row * SIZE], x[row * SIZE + 1], x[row * SIZE + 2]});
            total += switch (kind) {
                case GAN -> generator ? softplus(-f) : softplus(-r) + softplus(f);
                case GAN_LEAST_SQUARES -> generator ? (f - 1) * (f - 1) / 2 : ((r - 1) * (r - 1) + f * f) / 2;
                case GAN_HINGE -> generator ? -f : Math.max(0, 1 - r) + Math.max(0, 1 + f);
                case GAN_WASSERSTEIN -> generator ? -f : f - r;
                default -> throw new IllegalArgumentException(kind.toString());
            };
        }
        return total / ROWS;
    }

    @ParameterizedTest
    @EnumSource(value = LossKind.class, names = {"GAN", "GAN_LEAST_SQUARES", "GAN_HINGE", "GAN_WASSERSTEIN"})
    void eachNetworkMovesDownItsOwnObjectiveAlone(LossKind kind) throws Exception {
        Network network = gan(kind);
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, ROWS, OptimizerKind.SGD, 1.0, 1L, null);
        float[] x = gaussian(ROWS * SIZE, 3);
        float[] z = gaussian(ROWS * CODE, 4);
        try (StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT))) {
            assertTrue(runner.graphs.targets().isEmpty(), "a GAN reads no labels");
            runner.extra.put("z", OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(z), new long[] {ROWS, CODE}));
            Map<String, float[]> start = new HashMap<>();
            runner.values.forEach((name, value) -> start.put(name, value.clone()));
            Map<String, float[]> out = runner.run(x, ROWS, null, new long[ROWS], 1.0, 1, true);
            assertEquals(objective(kind, false, start, x, z), out.get("loss")[0], 1e-5, kind + ": the step's loss is the discriminator's");
            int checked = 0;
            for (String parameter : runner.graphs.parameters()) {
                boolean generator = parameter.startsWith("generate/");
                ToDoubleFunction<Map<String, float[]>> own = v -> objective(kind, generator, v, x, z);
                float[] before = start.get(parameter);
                float[] after = runner.values.get(parameter);
                for (int e = 0; e < before.length; e++) {
                    double slope = slope(own, start, parameter, e);
                    assertEquals(slope, before[e] - after[e], 2e-4 + 1e-2 * Math.abs(slope), kind + ": " + parameter + "[" + e + "] moves by the "
                            + (generator ? "generator's" : "discriminator's") + " objective");
                }
                checked++;
            }
            assertEquals(6, checked, "generate, critic.hidden and critic.score: weight and bias each");
        }
    }

    /**
     * The two time-scale update rule: with the discriminator at its own rate, each discriminator parameter moves by that rate times
     * its objective's slope under SGD, the generator's by the learning rate times its own; under Adam's first step, whose move is
     * the rate times the gradient's sign (m̂/√v̂ = g/|g|), by the two rates themselves.
     */
    @org.junit.jupiter.api.Test
    void theDiscriminatorStepsAtItsOwnRate() throws Exception {
        Network network = gan(LossKind.GAN);
        float[] x = gaussian(ROWS * SIZE, 3);
        float[] z = gaussian(ROWS * CODE, 4);
        for (OptimizerKind optimizer : new OptimizerKind[] {OptimizerKind.SGD, OptimizerKind.ADAM}) {
            double rate = optimizer == OptimizerKind.SGD ? 0.5 : 1e-3;
            TrainingConfig config = TrainingConfig.from(network).with("test", 1, ROWS, optimizer, rate, 1L, null).withDiscriminatorRate(3 * rate);
            assertEquals(3, config.discriminatorRateFactor(), 1e-12);
            try (StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT))) {
                runner.extra.put("z", OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(z), new long[] {ROWS, CODE}));
                Map<String, float[]> start = new HashMap<>();
                runner.values.forEach((name, value) -> start.put(name, value.clone()));
                runner.run(x, ROWS, null, new long[ROWS], rate, 1, true);
                for (String parameter : runner.graphs.parameters()) {
                    boolean generator = parameter.startsWith("generate/");
                    double expectedRate = generator ? rate : 3 * rate;
                    float[] before = start.get(parameter);
                    float[] after = runner.values.get(parameter);
                    for (int e = 0; e < before.length; e++) {
                        double slope = slope(v -> objective(LossKind.GAN, generator, v, x, z), start, parameter, e);
                        double move = before[e] - after[e];
                        String what = optimizer + ": " + parameter + "[" + e + "]";
                        if (optimizer == OptimizerKind.SGD) {
                            assertEquals(expectedRate * slope, move, 2e-4 + 1e-2 * Math.abs(expectedRate * slope), what);
                        } else if (Math.abs(slope) > 1e-3) {
                            assertEquals(expectedRate * Math.signum(slope), move, 1e-2 * expectedRate, what);
                        }
                    }
                }
            }
        }
    }

    /**
     * Two discriminator steps per generator step under Adam (betas 0.5, 0.9): the discriminator moves at every step, the generator at
     * steps 1 and 3 only, its entries of Adam's flat state kept through step 2, and its move at step 3 that of its own second Adam
     * step (bias correction at t = 2, not the shared t = 3), read from the state the step wrote.
     */
    @org.junit.jupiter.api.Test
    void theGeneratorStepsAtEveryKthStepWithAnAdamOfItsOwn() throws Exception {
        Network network = gan(LossKind.GAN);
        double rate = 1e-2;
        double beta1 = 0.5;
        double beta2 = 0.9;
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, ROWS, OptimizerKind.ADAM, rate, 1L, null).withBetas(beta1, beta2)
                .withDiscriminatorSteps(2);
        float[] x = gaussian(ROWS * SIZE, 3);
        float[] z = gaussian(ROWS * CODE, 4);
        try (StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT))) {
            runner.extra.put("z", OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(z), new long[] {ROWS, CODE}));
            java.util.List<Map<String, float[]>> after = new java.util.ArrayList<>();
            Map<String, float[]> start = new HashMap<>();
            runner.values.forEach((name, value) -> start.put(name, value.clone()));
            after.add(start);
            for (int step = 1; step <= 3; step++) {
                runner.run(x, ROWS, null, new long[ROWS], rate, step, true);
                Map<String, float[]> now = new HashMap<>();
                runner.values.forEach((name, value) -> now.put(name, value.clone()));
                after.add(now);
            }
            int offset = 0;
            int generatorEntries = 0;
            double againstSharedT = 0;
            for (String parameter : runner.graphs.parameters()) {
                boolean generator = parameter.startsWith("generate/");
                int size = start.get(parameter).length;
                for (int step = 1; step <= 3; step++) {
                    boolean moves = !generator || step != 2;
                    assertEquals(moves, !java.util.Arrays.equals(after.get(step - 1).get(parameter), after.get(step).get(parameter)),
                            parameter + " at step " + step);
                }
                if (generator) {
                    float[] m2 = after.get(2).get(Optimizers.ADAM_M);
                    float[] m1 = after.get(1).get(Optimizers.ADAM_M);
                    float[] m3 = after.get(3).get(Optimizers.ADAM_M);
                    float[] v3 = after.get(3).get(Optimizers.ADAM_V);
                    for (int e = 0; e < size; e++) {
                        assertEquals(m1[offset + e], m2[offset + e], 0f, parameter + "'s Adam state is kept through step 2");
                        // The state keeps sums: M = m/(1 − β1), V = v/(1 − β2) (Optimizers).
                        double mHat = (1 - beta1) * m3[offset + e] / (1 - beta1 * beta1);
                        double vHat = (1 - beta2) * v3[offset + e] / (1 - beta2 * beta2);
                        double expected = rate * mHat / (Math.sqrt(vHat) + 1e-8);
                        double moved = after.get(2).get(parameter)[e] - after.get(3).get(parameter)[e];
                        assertEquals(expected, moved, 1e-6 + 1e-4 * Math.abs(expected), parameter + "[" + e + "]: its own second Adam step");
                        double sharedT = rate * ((1 - beta1) * m3[offset + e] / (1 - Math.pow(beta1, 3)))
                                / (Math.sqrt((1 - beta2) * v3[offset + e] / (1 - Math.pow(beta2, 3))) + 1e-8);
                        againstSharedT = Math.max(againstSharedT, Math.abs(sharedT - moved));
                        generatorEntries++;
                    }
                }
                offset += size;
            }
            assertEquals(9, generatorEntries, "generate's weight and bias");
            assertTrue(againstSharedT > 1e-4, "the shared step count would move it otherwise: " + againstSharedT);
        }
    }

    /** The central finite difference of {@code objective} in element {@code e} of {@code parameter}, from {@code start}. */
    static double slope(ToDoubleFunction<Map<String, float[]>> objective, Map<String, float[]> start, String parameter, int e) {
        double h = 1e-3;
        Map<String, float[]> moved = new HashMap<>(start);
        float[] up = start.get(parameter).clone();
        up[e] += (float) h;
        moved.put(parameter, up);
        double plus = objective.applyAsDouble(moved);
        float[] down = start.get(parameter).clone();
        down[e] -= (float) h;
        moved.put(parameter, down);
        return (plus - objective.applyAsDouble(moved)) / (2 * h);
    }
}
