package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.Dense;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;

/**
 * Spectral normalisation of a dense layer (3 → 4, MSE), against a plain-Java reference of one power iteration from the kept
 * vector: the step's loss is computed with W/σ, the kept vector becomes u' = Wᵀv/‖Wᵀv‖ (v = Wû/‖Wû‖), and the weight moves by
 * the gradient with v held constant (σ = ‖Wᵀv‖), as PyTorch's spectral_norm differentiates it.
 */
class SpectralNormTrainingTest {

    private static final int N = 5;
    private static final int IN = 3;
    private static final int OUT = 4;

    private static Network network() {
        Network network = StepRunner.tiny(IN, OUT, LossKind.MSE, 0, 0);
        network.getLayers().stream().filter(Dense.class::isInstance).forEach(l -> ((Dense) l).setSpectralNorm(true));
        return network;
    }

    /** W[in, out] times a vector over the outputs: [in]. */
    private static double[] timesOutputs(float[] w, double[] u) {
        double[] r = new double[IN];
        for (int i = 0; i < IN; i++) {
            for (int o = 0; o < OUT; o++) {
                r[i] += w[i * OUT + o] * u[o];
            }
        }
        return r;
    }

    /** Wᵀ times a vector over the inputs: [out]. */
    private static double[] timesInputs(float[] w, double[] v) {
        double[] r = new double[OUT];
        for (int o = 0; o < OUT; o++) {
            for (int i = 0; i < IN; i++) {
                r[o] += w[i * OUT + o] * v[i];
            }
        }
        return r;
    }

    private static double norm(double[] x) {
        double s = 0;
        for (double d : x) {
            s += d * d;
        }
        return Math.sqrt(s);
    }

    private static double[] unit(double[] x) {
        double n = norm(x);
        double[] r = x.clone();
        for (int i = 0; i < r.length; i++) {
            r[i] /= n;
        }
        return r;
    }

    /** The MSE of x·(W/‖Wᵀv‖) + b against the targets, v fixed. */
    private static double loss(float[] w, float[] b, double[] v, float[] x, float[] targets) {
        double sigma = norm(timesInputs(w, v));
        double total = 0;
        for (int n = 0; n < N; n++) {
            for (int o = 0; o < OUT; o++) {
                double y = b[o];
                for (int i = 0; i < IN; i++) {
                    y += x[n * IN + i] * w[i * OUT + o] / sigma;
                }
                double d = y - targets[n * OUT + o];
                total += d * d;
            }
        }
        return total / (N * OUT);
    }

    @Test
    void theStepComputesWithTheNormalisedWeightIteratesTheVectorAndHoldsVConstant() throws Exception {
        Network network = network();
        double rate = 0.1;
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, N, OptimizerKind.SGD, rate, 1L, null);
        SplittableRandom random = new SplittableRandom(11);
        float[] x = new float[N * IN];
        float[] targets = new float[N * OUT];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (random.nextDouble() * 2 - 1);
        }
        for (int i = 0; i < targets.length; i++) {
            targets[i] = (float) (random.nextDouble() * 2 - 1);
        }
        TrainingGraphs graphs = TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT);
        assertEquals(ParameterRole.RUNNING_STATISTIC, graphs.roles().get("fc/sn_u"), "the vector is kept, not trained");
        assertTrue(!graphs.parameters().contains("fc/sn_u"));
        try (StepRunner runner = new StepRunner(graphs)) {
            Map<String, float[]> start = new HashMap<>();
            runner.values.forEach((name, value) -> start.put(name, value.clone()));
            float[] w = start.get("fc/weight");
            float[] u = start.get("fc/sn_u");
            double[] kept0 = new double[OUT];
            for (int o = 0; o < OUT; o++) {
                kept0[o] = u[o];
            }
            double[] uHat = unit(kept0);
            double[] v = unit(timesOutputs(w, uHat));
            double[] next = unit(timesInputs(w, v));
            Map<String, float[]> out = runner.run(x, N, targets, new long[N], rate, 1, true);
            assertEquals(loss(w, start.get("fc/bias"), v, x, targets), out.get("loss")[0], 1e-5, "the loss of the normalised weight");
            float[] kept = runner.values.get("fc/sn_u");
            for (int o = 0; o < OUT; o++) {
                assertEquals(next[o], kept[o], 1e-5, "u' = Wᵀv/‖Wᵀv‖ [" + o + "]");
            }
            float[] moved = runner.values.get("fc/weight");
            for (int e = 0; e < w.length; e++) {
                float[] up = w.clone();
                up[e] += 1e-3f;
                float[] down = w.clone();
                down[e] -= 1e-3f;
                double slope = (loss(up, start.get("fc/bias"), v, x, targets) - loss(down, start.get("fc/bias"), v, x, targets)) / 2e-3;
                assertEquals(rate * slope, w[e] - moved[e], 1e-5 + 1e-3 * Math.abs(rate * slope), "fc/weight[" + e + "], v held constant");
            }
        }
    }
}
