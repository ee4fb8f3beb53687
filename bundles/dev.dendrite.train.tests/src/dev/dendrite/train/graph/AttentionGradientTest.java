package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.PoolType;
import dev.dendrite.model.network.sequence.Attention;
import dev.dendrite.model.network.sequence.PositionalEncoding;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;

/**
 * Self-attention and learned positions in the train step: every parameter's gradient (the four
 * projections and their biases, the position table, the layers around) against central finite
 * differences of the step's own loss, causal and not, one head and several.
 */
class AttentionGradientTest {

    private static final NetworkFactory F = NetworkFactory.eINSTANCE;
    private static final int STEPS = 5;

    @Test
    void attentionGradientsMatchFiniteDifferencesOfTheStepLoss() throws Exception {
        for (int heads : new int[] {1, 2}) {
            for (boolean causal : new boolean[] {false, true}) {
                // in_proj weight and bias, positions, eight attention tensors, fc weight and bias.
                assertEquals(13, checkedParameters(network(heads, causal), heads + " heads, causal " + causal + ": ", 11));
            }
        }
    }

    /** A class token before the steps: its table's gradient (summed over the batch by Expand's rule) with the rest. */
    @Test
    void classTokenGradientsMatchFiniteDifferencesOfTheStepLoss() throws Exception {
        NetworkBuilder b = new NetworkBuilder("class-token-check", "class token gradients");
        Layer x = b.dense(b.input("x", STEPS, 3), "in_proj", 4);
        var token = SequenceFactory.eINSTANCE.createClassToken();
        token.setCount(2);
        x = b.add(token, "cls", x);
        Attention attention = SequenceFactory.eINSTANCE.createAttention();
        attention.setHeads(2);
        x = b.add(attention, "attention", x);
        b.loss(b.dense(b.flatten(x), "fc", 3), LossKind.CROSS_ENTROPY);
        // in_proj weight and bias, the tokens, eight attention tensors, fc weight and bias.
        assertEquals(13, checkedParameters(b.training("test", 1, 3, OptimizerKind.SGD, 1.0).network(), "class token: ", 12));
    }

    /**
     * Cross-attention: queries from one projection of the input, keys and values from a memory
     * of another width and two steps more (a class token), so that the key and value weights [6, 4]
     * and the memory path's gradients are checked with the rest.
     */
    @Test
    void crossAttentionGradientsMatchFiniteDifferencesOfTheStepLoss() throws Exception {
        NetworkBuilder b = new NetworkBuilder("cross-attention-check", "cross-attention gradients");
        Layer input = b.input("x", STEPS, 3);
        Layer queries = b.dense(input, "in_proj", 4);
        var token = SequenceFactory.eINSTANCE.createClassToken();
        token.setCount(2);
        Layer memory = b.add(token, "cls", b.dense(input, "memory_proj", 6));
        Attention attention = SequenceFactory.eINSTANCE.createAttention();
        attention.setHeads(2);
        Layer x = b.add(attention, "attention", queries);
        b.connect(memory, "", attention, dev.dendrite.model.ports.Ports.MEMORY);
        b.loss(b.dense(b.flatten(x), "fc", 3), LossKind.CROSS_ENTROPY);
        // in_proj and memory_proj weights and biases, the tokens, eight attention tensors, fc weight and bias.
        assertEquals(15, checkedParameters(b.training("test", 1, 3, OptimizerKind.SGD, 1.0).network(), "cross-attention: ", 13));
    }

    /** Checks every parameter's gradient on three random sequences [3, 5, 3] labelled 0, 2, 1; returns how many were checked. */
    private static int checkedParameters(Network network, String label, long seed) throws Exception {
        Random random = new Random(seed);
        float[] x = new float[3 * STEPS * 3];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 3, OptimizerKind.SGD, 1.0, 1L, null);
        try (StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT))) {
            return runner.checkGradientsAgainstFiniteDifferences(label, x, new long[] {3, STEPS, 3}, new long[] {0, 2, 1}, 3);
        }
    }

    @Test
    void theProjectionsAreWeightsThatPenaltiesAndPruningSee() throws Exception {
        Network network = network(2, true);
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 3, OptimizerKind.SGD, 1.0, 1L, null);
        TrainingGraphs graphs = TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT);
        for (String role : new String[] {"query", "key", "value", "output"}) {
            assertEquals(ParameterRole.WEIGHT, graphs.roles().get("attention/" + role + "_weight"), role);
            assertEquals(ParameterRole.BIAS, graphs.roles().get("attention/" + role + "_bias"), role);
        }
    }

    @Test
    void poolingOverStepsGradientsMatchFiniteDifferences() throws Exception {
        for (PoolType type : PoolType.values()) {
            NetworkBuilder b = new NetworkBuilder("pooling-check", "pooling gradients");
            Attention attention = SequenceFactory.eINSTANCE.createAttention();
            attention.setHeads(2);
            Layer x = b.add(attention, "attention", b.dense(b.input("x", STEPS, 3), "in_proj", 4));
            var pool = SequenceFactory.eINSTANCE.createSequencePooling();
            pool.setPoolType(type);
            b.loss(b.dense(b.add(pool, "pool", x), "fc", 3), LossKind.CROSS_ENTROPY);
            Network network = b.training("test", 1, 3, OptimizerKind.SGD, 1.0).network();
            float[] x0 = new float[3 * STEPS * 3];
            Random random = new Random(13);
            for (int i = 0; i < x0.length; i++) {
                x0[i] = (float) random.nextGaussian();
            }
            TrainingConfig config = TrainingConfig.from(network).with("test", 1, 3, OptimizerKind.SGD, 1.0, 1L, null);
            try (StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT))) {
                assertEquals(12, runner.checkGradientsAgainstFiniteDifferences(type.getLiteral() + " over steps: ", x0,
                        new long[] {3, STEPS, 3}, new long[] {2, 0, 1}, 2));
            }
        }
    }

    /** [N, 5, 3] → dense 4 → learned positions → attention → flatten → dense 3 → cross-entropy. */
    private static Network network(int heads, boolean causal) {
        NetworkBuilder b = new NetworkBuilder("attention-check", "attention gradients");
        Layer x = b.dense(b.input("x", STEPS, 3), "in_proj", 4);
        PositionalEncoding positions = SequenceFactory.eINSTANCE.createPositionalEncoding();
        positions.setMaxLength(8);
        x = b.add(positions, "positions", x);
        Attention attention = SequenceFactory.eINSTANCE.createAttention();
        attention.setHeads(heads);
        attention.setCausal(causal);
        x = b.add(attention, "attention", x);
        b.loss(b.dense(b.flatten(x), "fc", 3), LossKind.CROSS_ENTROPY);
        return b.training("test", 1, 3, OptimizerKind.SGD, 1.0).network();
    }
}
