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
 * each checked against central finite differences of the objective worked out here, for all four formulations; and with a
 * gradient penalty, whose gradient of a gradient the discriminator's parameters take.
 */
class GanTrainingTest {

    private static final int ROWS = 5;
    private static final int CODE = 2;
    private static final int SIZE = 3;

    private static Network gan(LossKind kind) {
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

    private static float[] gaussian(int n, long seed) {
        Random random = new Random(seed);
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    /** y = xW + b for one row. */
    private static double[] dense(double[] x, float[] w, float[] bias, int out) {
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
    private static double objective(LossKind kind, boolean generator, Map<String, float[]> v, float[] x, float[] z) {
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

    /** ∇ₓD(x) of the tiny critic at one sample: W1 · ((1 − h²) ⊙ w2), h = tanh(xW1 + b1). */
    private static double[] scoreGradient(Map<String, float[]> v, double[] x) {
        float[] w1 = v.get("critic.hidden/weight");
        double[] hidden = dense(x, w1, v.get("critic.hidden/bias"), 2);
        float[] w2 = v.get("critic.score/weight");
        double[] gradient = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            for (int o = 0; o < 2; o++) {
                double h = Math.tanh(hidden[o]);
                gradient[i] += w1[i * 2 + o] * (1 - h * h) * w2[o];
            }
        }
        return gradient;
    }

    /** λ · mean over rows of (‖∇D(x̂)‖ − 1)², x̂ = x̃ + ε(x − x̃), ε = (u + 1)/2 from the fed u. */
    private static double penalty(double lambda, Map<String, float[]> v, float[] x, float[] z, float[] u) {
        double total = 0;
        for (int row = 0; row < ROWS; row++) {
            double[] generated = dense(new double[] {z[row * CODE], z[row * CODE + 1]}, v.get("generate/weight"), v.get("generate/bias"), SIZE);
            double epsilon = (u[row] + 1) / 2;
            double[] between = new double[SIZE];
            for (int i = 0; i < SIZE; i++) {
                between[i] = generated[i] + epsilon * (x[row * SIZE + i] - generated[i]);
            }
            double norm = Math.sqrt(java.util.Arrays.stream(scoreGradient(v, between)).map(d -> d * d).sum());
            total += (norm - 1) * (norm - 1);
        }
        return lambda * total / ROWS;
    }

    /**
     * WGAN-GP: the step's loss is the critic's objective plus the penalty at the interpolates the fed ε picks; the critic's
     * parameters move by the slope of both (the penalty's through the critic's gradient: backpropagation twice), the generator's by
     * its own objective alone (the interpolates are a leaf). The penalty's share of the critic's move is checked to matter.
     */
    @org.junit.jupiter.api.Test
    void aGradientPenaltyMovesTheCriticByTheGradientOfItsGradient() throws Exception {
        Network network = gan(LossKind.GAN_WASSERSTEIN);
        double lambda = 10;
        ((dev.dendrite.model.network.Loss) network.getLayers().stream().filter(dev.dendrite.model.network.Loss.class::isInstance).findFirst()
                .orElseThrow()).setGradientPenalty(lambda);
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, ROWS, OptimizerKind.SGD, 0.01, 1L, null);
        float[] x = gaussian(ROWS * SIZE, 3);
        float[] z = gaussian(ROWS * CODE, 4);
        float[] u = {-0.9f, -0.2f, 0.1f, 0.6f, 0.95f};
        try (StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT))) {
            String epsilon = runner.graphs.randomInputs().stream().map(RandomInput::name).filter(n -> n.endsWith("/penalty/epsilon")).findFirst()
                    .orElseThrow();
            runner.extra.put("z", OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(z), new long[] {ROWS, CODE}));
            runner.extra.put(epsilon, OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(u), new long[] {ROWS, 1}));
            Map<String, float[]> start = new HashMap<>();
            runner.values.forEach((name, value) -> start.put(name, value.clone()));
            Map<String, float[]> out = runner.run(x, ROWS, null, new long[ROWS], 0.01, 1, true);
            double plain = objective(LossKind.GAN_WASSERSTEIN, false, start, x, z);
            double penalty = penalty(lambda, start, x, z, u);
            assertTrue(penalty > 1e-3, "the penalty is not negligible here: " + penalty);
            assertEquals(plain + penalty, out.get("loss")[0], 1e-4 + 1e-5 * Math.abs(plain + penalty), "the critic's objective and its penalty");
            double penaltyShare = 0;
            for (String parameter : runner.graphs.parameters()) {
                boolean generator = parameter.startsWith("generate/");
                ToDoubleFunction<Map<String, float[]>> own = generator ? v -> objective(LossKind.GAN_WASSERSTEIN, true, v, x, z)
                        : v -> objective(LossKind.GAN_WASSERSTEIN, false, v, x, z) + penalty(lambda, v, x, z, u);
                float[] before = start.get(parameter);
                float[] after = runner.values.get(parameter);
                for (int e = 0; e < before.length; e++) {
                    double slope = 0.01 * slope(own, start, parameter, e);
                    assertEquals(slope, before[e] - after[e], 2e-5 + 1e-2 * Math.abs(slope), parameter + "[" + e + "]");
                    if (!generator) {
                        penaltyShare += Math.abs(0.01 * slope(v -> penalty(lambda, v, x, z, u), start, parameter, e));
                    }
                }
            }
            assertTrue(penaltyShare > 1e-3, "the penalty moves the critic: " + penaltyShare);
        }
    }

    /**
     * WGAN-GP with a convolutional critic (a stride-2 convolution, tanh, a dense score) on 4 × 4 pictures: the penalty's
     * gradient goes through the convolution's own gradient and the activation's, so each critic
     * parameter's SGD move must match central finite differences of the step's loss, the penalty included.
     */
    @org.junit.jupiter.api.Test
    void aConvolutionalCriticIsDifferentiatedTwice() throws Exception {
        NetworkBuilder b = new NetworkBuilder("tiny-conv-wgan", "a convolutional critic");
        var critic = b.block("critic", BlockKind.GENERIC, body -> {
            // tanh, whose second derivative is not zero: the penalty moves the convolution's bias too.
            var activation = body.activation(body.conv(body.blockInput("x"), "conv", 2, 3, 2, 1), ActivationFunction.TANH);
            body.blockOutput(body.dense(body.flatten(activation), "score", 1), "logit");
        });
        Layer real = b.input("x", 1, 4, 4);
        var z = b.input("z", CODE);
        z.setRole(InputRole.NOISE);
        var reshape = dev.dendrite.model.network.NetworkFactory.eINSTANCE.createReshape();
        reshape.getDims().addAll(java.util.List.of(1, 4, 4));
        var loss = b.loss(b.use(critic, "judge_generated", b.add(reshape, "maps", b.dense(z, "generate", 16))), LossKind.GAN_WASSERSTEIN);
        b.connect(b.use(critic, "judge_real", real), "", loss, Ports.TARGET);
        Network network = b.training("test", 1, ROWS, OptimizerKind.SGD, 1.0).network();
        ((dev.dendrite.model.network.Loss) loss).setGradientPenalty(10);
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, ROWS, OptimizerKind.SGD, 1.0, 1L, null);
        float[] x = gaussian(ROWS * 16, 5);
        long[] shape = {ROWS, 1, 4, 4};
        try (StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT))) {
            String epsilon = runner.graphs.randomInputs().stream().map(RandomInput::name).filter(n -> n.endsWith("/penalty/epsilon")).findFirst()
                    .orElseThrow();
            runner.extra.put("z", OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(gaussian(ROWS * CODE, 6)),
                    new long[] {ROWS, CODE}));
            runner.extra.put(epsilon, OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(new float[] {-0.8f, -0.3f, 0f, 0.4f,
                    0.9f}), new long[] {ROWS, 1, 1, 1}));
            Map<String, float[]> start = new HashMap<>();
            runner.values.forEach((name, value) -> start.put(name, value.clone()));
            runner.run(x, shape, null, null, new long[ROWS], new long[] {ROWS}, 1.0, 1, true);
            Map<String, float[]> after = new HashMap<>();
            runner.values.forEach((name, value) -> after.put(name, value.clone()));
            int checked = 0;
            for (String parameter : runner.graphs.parameters()) {
                if (!parameter.startsWith("critic.")) {
                    continue;
                }
                float[] moved = after.get(parameter);
                for (int e = 0; e < moved.length; e++) {
                    double numeric = (loss(runner, start, parameter, e, 1e-2, x, shape) - loss(runner, start, parameter, e, -1e-2, x, shape)) / 2e-2;
                    assertEquals(numeric, start.get(parameter)[e] - moved[e], 5e-4 + 3e-2 * Math.abs(numeric), parameter + "[" + e + "]");
                }
                checked++;
            }
            assertEquals(4, checked, "the convolution's and the score's weight and bias");
        }
    }

    /** The step's loss at {@code start} with element {@code e} of {@code parameter} moved by {@code h}, nothing updated. */
    private static double loss(StepRunner runner, Map<String, float[]> start, String parameter, int e, double h, float[] x, long[] shape)
            throws Exception {
        start.forEach((name, value) -> runner.values.put(name, value.clone()));
        runner.values.get(parameter)[e] += (float) h;
        return runner.run(x, shape, null, null, new long[ROWS], new long[] {ROWS}, 1.0, 1, false).get("loss")[0];
    }

    /** The central finite difference of {@code objective} in element {@code e} of {@code parameter}, from {@code start}. */
    private static double slope(ToDoubleFunction<Map<String, float[]>> objective, Map<String, float[]> start, String parameter, int e) {
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
