package dev.dendrite.train.graph;

import static dev.dendrite.train.graph.GanTrainingTest.CODE;
import static dev.dendrite.train.graph.GanTrainingTest.ROWS;
import static dev.dendrite.train.graph.GanTrainingTest.SIZE;
import static dev.dendrite.train.graph.GanTrainingTest.dense;
import static dev.dendrite.train.graph.GanTrainingTest.gan;
import static dev.dendrite.train.graph.GanTrainingTest.gaussian;
import static dev.dendrite.train.graph.GanTrainingTest.objective;
import static dev.dendrite.train.graph.GanTrainingTest.slope;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToDoubleFunction;

import ai.onnxruntime.OnnxTensor;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.BlockKind;
import dev.dendrite.model.network.GradientPenaltyKind;
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
 * The gradient penalties, WGAN-GP's and R1: the step's loss is the critic's objective with λ(‖∇D(x̂)‖ − 1)² at the interpolates
 * the fed ε picks (or γ/2 ‖∇D(x)‖² at the real samples), and each critic parameter moves by that objective's slope, the
 * penalty's taken through the critic's own gradient (double
 * backpropagation), for GanTrainingTest's tiny dense tanh critic against a plain-Java reference and for a convolutional critic
 * against finite differences of the step's own loss.
 */
class GradientPenaltyTrainingTest {

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
            double[] code = {z[row * CODE], z[row * CODE + 1]};
            double[] generated = dense(code, v.get("generate/weight"), v.get("generate/bias"), SIZE);
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

    /** R1's γ/2 · mean over the real rows of ‖∇D(x)‖². */
    private static double r1(double gamma, Map<String, float[]> v, float[] x) {
        double total = 0;
        for (int row = 0; row < ROWS; row++) {
            double[] sample = new double[SIZE];
            for (int i = 0; i < SIZE; i++) {
                sample[i] = x[row * SIZE + i];
            }
            total += java.util.Arrays.stream(scoreGradient(v, sample)).map(d -> d * d).sum();
        }
        return gamma / 2 * total / ROWS;
    }

    /**
     * WGAN-GP: the step's loss is the critic's objective plus the penalty at the interpolates the fed ε picks; the critic's
     * parameters move by the slope of both (the penalty's through the critic's gradient: backpropagation twice), the generator's by
     * its own objective alone (the interpolates are a leaf). The penalty's share of the critic's move is checked to matter.
     */
    @org.junit.jupiter.api.Test
    void aGradientPenaltyMovesTheCriticByTheGradientOfItsGradient() throws Exception {
        float[] u = {-0.9f, -0.2f, 0.1f, 0.6f, 0.95f};
        assertPenalisedStep(LossKind.GAN_WASSERSTEIN, GradientPenaltyKind.WGAN_GP, u, (v, x, z) -> penalty(10, v, x, z, u));
    }

    /**
     * R1 on the non-saturating GAN: the penalty is γ/2 ‖∇D(x)‖² at the real samples themselves (no interpolation weights are
     * drawn), zero-centred; the discriminator moves by the slope of its objective and the penalty, the generator by its own
     * objective alone.
     */
    @org.junit.jupiter.api.Test
    void theR1PenaltyMovesTheDiscriminatorByItsGradientAtTheRealSamples() throws Exception {
        assertPenalisedStep(LossKind.GAN, GradientPenaltyKind.R1, null, (v, x, z) -> r1(10, v, x));
    }

    /** A penalty as a function of the parameters, the real samples and the noise. */
    private interface Penalty {
        double of(Map<String, float[]> values, float[] x, float[] z);
    }

    /**
     * GanTrainingTest's tiny GAN with the loss {@code kind} and the penalty {@code penaltyKind} at 10 (its interpolation weights
     * fed {@code u}, or none drawn where null): the step's loss is the discriminator's objective plus {@code penalty}, each
     * discriminator parameter moves by the slope of both and each generator parameter by its own objective's, and the penalty's
     * share of the discriminator's move matters.
     */
    private static void assertPenalisedStep(LossKind kind, GradientPenaltyKind penaltyKind, float[] u, Penalty penalty) throws Exception {
        Network network = gan(kind);
        var lossLayer = (dev.dendrite.model.network.Loss) network.getLayers().stream().filter(dev.dendrite.model.network.Loss.class::isInstance)
                .findFirst().orElseThrow();
        lossLayer.setGradientPenalty(10);
        lossLayer.setGradientPenaltyKind(penaltyKind);
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, ROWS, OptimizerKind.SGD, 0.01, 1L, null);
        float[] x = gaussian(ROWS * SIZE, 3);
        float[] z = gaussian(ROWS * CODE, 4);
        try (StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT))) {
            var epsilon = runner.graphs.randomInputs().stream().map(RandomInput::name).filter(n -> n.endsWith("/penalty/epsilon")).findFirst();
            assertEquals(u != null, epsilon.isPresent(), "interpolation weights are drawn for WGAN-GP only");
            runner.extra.put("z", OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(z), new long[] {ROWS, CODE}));
            if (u != null) {
                runner.extra.put(epsilon.get(), OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(u), new long[] {ROWS, 1}));
            }
            Map<String, float[]> start = new HashMap<>();
            runner.values.forEach((name, value) -> start.put(name, value.clone()));
            Map<String, float[]> out = runner.run(x, ROWS, null, new long[ROWS], 0.01, 1, true);
            double plain = objective(kind, false, start, x, z);
            double term = penalty.of(start, x, z);
            assertTrue(term > 1e-3, "the penalty is not negligible here: " + term);
            assertEquals(plain + term, out.get("loss")[0], 1e-4 + 1e-5 * Math.abs(plain + term), "the critic's objective and its penalty");
            double penaltyShare = 0;
            for (String parameter : runner.graphs.parameters()) {
                boolean generator = parameter.startsWith("generate/");
                ToDoubleFunction<Map<String, float[]>> own = generator ? v -> objective(kind, true, v, x, z)
                        : v -> objective(kind, false, v, x, z) + penalty.of(v, x, z);
                float[] before = start.get(parameter);
                float[] after = runner.values.get(parameter);
                for (int e = 0; e < before.length; e++) {
                    double slope = 0.01 * slope(own, start, parameter, e);
                    assertEquals(slope, before[e] - after[e], 2e-5 + 1e-2 * Math.abs(slope), parameter + "[" + e + "]");
                    if (!generator) {
                        penaltyShare += Math.abs(0.01 * slope(v -> penalty.of(v, x, z), start, parameter, e));
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
}
