package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import ai.onnxruntime.OnnxTensor;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.generative.GaussianLatent;
import dev.dendrite.model.network.generative.GenerativeFactory;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.train.config.TrainingConfig;

/**
 * A variational autoencoder's train step: the loss is the reconstruction error plus β·KL(N(μ, σ²) ‖ N(0, I)) per sample,
 * worked out here by hand from the weights, and every parameter's gradient (through the sampled code and the KL term's
 * closed-form seeds) matches central finite differences of the step's loss at a fixed ε.
 */
class GaussianLatentTrainingTest {

    private static final int ROWS = 4;
    private static final int IN = 3;
    private static final int CODE = 2;

    private static Network vae(double klWeight) {
        NetworkBuilder b = new NetworkBuilder("tiny-vae", "a linear variational autoencoder");
        Layer x = b.input("x", IN);
        GaussianLatent z = b.add(GenerativeFactory.eINSTANCE.createGaussianLatent(), "z", b.dense(x, "mean", CODE));
        z.setKlWeight(klWeight);
        b.connect(b.dense(x, "logVariance", CODE), "", z, Ports.LOG_VARIANCE);
        b.loss(b.dense(z, "decode", IN), LossKind.RECONSTRUCTION).setWeight(IN);
        return b.training("test", 1, ROWS, OptimizerKind.SGD, 1.0).network();
    }

    private static StepRunner runner(Network network, float[] epsilon) throws Exception {
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, ROWS, OptimizerKind.SGD, 1.0, 1L, null);
        StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT));
        runner.extra.put("z/epsilon", OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(epsilon), new long[] {ROWS, CODE}));
        return runner;
    }

    private static float[] gaussian(int n, long seed) {
        Random random = new Random(seed);
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return values;
    }

    /** x·W + b for one row, W [in, out]. */
    private static double[] dense(float[] x, int row, int in, float[] w, float[] bias, int out) {
        double[] y = new double[out];
        for (int o = 0; o < out; o++) {
            y[o] = bias[o];
            for (int i = 0; i < in; i++) {
                y[o] += x[row * in + i] * w[i * out + o];
            }
        }
        return y;
    }

    /** The step's loss by hand: mean over rows of (IN · mean squared error of the decoded code + β·KL), z = μ + σ·ε. */
    private static double expectedLoss(Map<String, float[]> v, float[] x, float[] epsilon, double klWeight) {
        double squares = 0;
        double kl = 0;
        for (int r = 0; r < ROWS; r++) {
            double[] mean = dense(x, r, IN, v.get("mean/weight"), v.get("mean/bias"), CODE);
            double[] logVariance = dense(x, r, IN, v.get("logVariance/weight"), v.get("logVariance/bias"), CODE);
            float[] z = new float[CODE];
            for (int k = 0; k < CODE; k++) {
                z[k] = (float) (mean[k] + Math.exp(logVariance[k] / 2) * epsilon[r * CODE + k]);
                kl += 0.5 * (mean[k] * mean[k] + Math.exp(logVariance[k]) - 1 - logVariance[k]);
            }
            double[] decoded = dense(z, 0, CODE, v.get("decode/weight"), v.get("decode/bias"), IN);
            for (int i = 0; i < IN; i++) {
                squares += Math.pow(decoded[i] - x[r * IN + i], 2);
            }
        }
        return IN * squares / (ROWS * IN) + klWeight * kl / ROWS;
    }

    @Test
    void theLossIsTheReconstructionErrorPlusTheWeightedDivergence() throws Exception {
        float[] x = gaussian(ROWS * IN, 5);
        float[] epsilon = gaussian(ROWS * CODE, 6);
        for (double klWeight : new double[] {1, 0.25}) {
            try (StepRunner runner = runner(vae(klWeight), epsilon)) {
                float loss = runner.run(x, ROWS, null, new long[ROWS], 1.0, 1, false).get("loss")[0];
                double expected = expectedLoss(runner.values, x, epsilon, klWeight);
                assertEquals(expected, loss, 1e-4 * Math.abs(expected), "β " + klWeight);
            }
        }
        // The divergence is really there: without it the loss is smaller by a positive amount.
        try (StepRunner runner = runner(vae(1), epsilon); StepRunner plain = runner(vae(0), epsilon)) {
            float with = runner.run(x, ROWS, null, new long[ROWS], 1.0, 1, false).get("loss")[0];
            float without = plain.run(x, ROWS, null, new long[ROWS], 1.0, 1, false).get("loss")[0];
            assertTrue(with - without > 1e-3, with + " against " + without);
        }
    }

    @Test
    void aWarmUpRaisesTheDivergencesWeightWithTheStepInTrainingOnly() throws Exception {
        float[] x = gaussian(ROWS * IN, 9);
        float[] epsilon = gaussian(ROWS * CODE, 10);
        Network annealed = vae(2);
        ((GaussianLatent) annealed.getLayers().stream().filter(GaussianLatent.class::isInstance).findFirst().orElseThrow()).setKlWarmupSteps(8);
        try (StepRunner runner = runner(annealed, epsilon)) {
            for (long step : new long[] {1, 4, 8, 20}) {
                float loss = runner.run(x, ROWS, null, new long[ROWS], 1.0, step, false).get("loss")[0];
                double expected = expectedLoss(runner.values, x, epsilon, 2 * Math.min(1, step / 8.0));
                assertEquals(expected, loss, 1e-4 * Math.abs(expected), "step " + step);
            }
            // The seeds follow the annealed weight: at step 1 (β/8) the gradients match the loss they come from.
            assertEquals(6, runner.checkGradientsAgainstFiniteDifferences("annealed vae: ", x, new long[] {ROWS, IN}, new long[ROWS], 1));
        }
    }

    @Test
    void everyParameterGetsItsGradientThroughTheSampledCodeAndTheDivergence() throws Exception {
        float[] x = gaussian(ROWS * IN, 7);
        try (StepRunner runner = runner(vae(1), gaussian(ROWS * CODE, 8))) {
            // mean, logVariance and decode: weight and bias each.
            assertEquals(6, runner.checkGradientsAgainstFiniteDifferences("vae: ", x, new long[] {ROWS, IN}, new long[ROWS], 1));
        }
    }
}
