package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.generative.GenerativeFactory;
import dev.dendrite.model.network.generative.RBM;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;

/**
 * Contrastive divergence's update, checked where sampling is certain: weights of ±40 and ±80
 * make every unit's probability 0 or 1 (in float32), so the Gibbs chain is known exactly and
 * one SGD step with learning rate 1 must move W by ⟨v hᵀ⟩data − ⟨v hᵀ⟩model and the biases
 * by the differences of the mean activities.
 */
class ContrastiveDivergenceTest {

    private static final float[] W = {40, -40, -40, 40, 40, -40};
    private static final float[] VISIBLE_BIAS = {0, 0, -80};
    private static final float[] HIDDEN_BIAS = {0, 0};

    private static Network rbm(boolean persistent) {
        NetworkBuilder b = new NetworkBuilder("tiny-rbm", "3 visible, 2 hidden units");
        RBM rbm = GenerativeFactory.eINSTANCE.createRBM();
        rbm.setHiddenUnits(2);
        rbm.setCdSteps(1);
        rbm.setPersistentChains(persistent);
        b.add(rbm, "rbm", b.input("v", 3));
        return b.training("test", 1, 2, OptimizerKind.SGD, 1.0).network();
    }

    private static Weights weights() {
        Weights weights = new Weights();
        weights.put("rbm", "weight", new FloatTensor(new long[] {3, 2}, W.clone()));
        weights.put("rbm", "visible_bias", new FloatTensor(new long[] {3}, VISIBLE_BIAS.clone()));
        weights.put("rbm", "hidden_bias", new FloatTensor(new long[] {2}, HIDDEN_BIAS.clone()));
        return weights;
    }

    private static double[] up(double[] v) {
        double[] h = new double[2];
        for (int j = 0; j < 2; j++) {
            double sum = HIDDEN_BIAS[j];
            for (int i = 0; i < 3; i++) {
                sum += v[i] * W[i * 2 + j];
            }
            h[j] = sum > 0 ? 1 : 0;
        }
        return h;
    }

    private static double[] down(double[] h) {
        double[] v = new double[3];
        for (int i = 0; i < 3; i++) {
            double sum = VISIBLE_BIAS[i];
            for (int j = 0; j < 2; j++) {
                sum += h[j] * W[i * 2 + j];
            }
            v[i] = sum > 0 ? 1 : 0;
        }
        return v;
    }

    @Test
    void cdOneMovesTheParametersByTheDifferenceOfDataAndModelStatistics() throws Exception {
        Network network = rbm(false);
        double[][] data = {{1, 0, 1}, {0, 1, 0}};
        double[] dW = new double[6];
        double[] dB = new double[3];
        double[] dC = new double[2];
        for (double[] v0 : data) {
            double[] h0 = up(v0);
            double[] v1 = down(h0);
            double[] h1 = up(v1);
            for (int i = 0; i < 3; i++) {
                for (int j = 0; j < 2; j++) {
                    dW[i * 2 + j] += (v0[i] * h0[j] - v1[i] * h1[j]) / data.length;
                }
                dB[i] += (v0[i] - v1[i]) / data.length;
            }
            for (int j = 0; j < 2; j++) {
                dC[j] += (h0[j] - h1[j]) / data.length;
            }
        }
        assertTrue(java.util.Arrays.stream(dB).anyMatch(d -> d != 0), "the chosen chain must differ from the data");
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 2, OptimizerKind.SGD, 1.0, 1L, null);
        try (StepRunner runner = new StepRunner(ContrastiveDivergence.pipeline().build(network, weights(), config, GraphOptions.DEFAULT))) {
            runner.run(new float[] {1, 0, 1, 0, 1, 0}, 2, null, null, 1.0, 1, true);
            assertMoved(W, dW, runner.values.get("rbm/weight"));
            assertMoved(VISIBLE_BIAS, dB, runner.values.get("rbm/visible_bias"));
            assertMoved(HIDDEN_BIAS, dC, runner.values.get("rbm/hidden_bias"));
        }
    }

    @Test
    void persistentChainsRunFromTheirOwnStateAndCarryIt() throws Exception {
        Network network = rbm(true);
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 2, OptimizerKind.SGD, 1.0, 1L, null);
        try (StepRunner runner = new StepRunner(ContrastiveDivergence.pipeline().build(network, weights(), config, GraphOptions.DEFAULT))) {
            String chain = "rbm/" + ContrastiveDivergence.CHAIN;
            assertEquals(ParameterRole.OPTIMIZER_STATE, runner.graphs.roles().get(chain), "checkpointed, never exported");
            runner.values.put(chain, new float[] {0, 1, 0, 0, 1, 0});
            runner.run(new float[] {1, 0, 1, 1, 0, 1}, 2, null, null, 1.0, 1, true);
            // Particles [0, 1, 0] → h [0, 1] → v [0, 1, 0]: the chain stays, and the negative phase is these particles, not the data.
            float[] particles = runner.values.get(chain);
            assertEquals(6, particles.length);
            for (int k = 0; k < 2; k++) {
                assertEquals(0f, particles[3 * k], 0f);
                assertEquals(1f, particles[3 * k + 1], 0f);
                assertEquals(0f, particles[3 * k + 2], 0f);
            }
            // Data [1, 0, 1] gives h [1, 0]; particles give h [0, 1]: W[0][0] += 1, W[1][1] −= 1, W[2][0] += 1.
            float[] w = runner.values.get("rbm/weight");
            assertEquals(W[0] + 1, w[0], 1e-4f);
            assertEquals(W[3] - 1, w[3], 1e-4f);
            assertEquals(W[4] + 1, w[4], 1e-4f);
        }
    }

    private static void assertMoved(float[] start, double[] delta, float[] now) {
        for (int i = 0; i < start.length; i++) {
            assertEquals(start[i] + delta[i], now[i], 1e-4, "element " + i);
        }
    }
}
