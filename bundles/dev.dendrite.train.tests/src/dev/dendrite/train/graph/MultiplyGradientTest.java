package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.Reshape;
import dev.dendrite.model.network.convolution.ConvolutionFactory;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;

/**
 * Multiply in the train step: a gated linear unit's both branches, and squeeze-and-excitation's
 * channel weights broadcast over the pixels (their gradient summed back over them), against central
 * finite differences of the step's own loss.
 */
class MultiplyGradientTest {

    private static final NetworkFactory F = NetworkFactory.eINSTANCE;

    private static int checked(Network network, long[] shape, long seed) throws Exception {
        int size = 1;
        for (long d : shape) {
            size *= (int) d;
        }
        float[] x = new float[size];
        Random random = new Random(seed);
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 3, OptimizerKind.SGD, 1.0, 1L, null);
        try (StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT))) {
            return runner.checkGradientsAgainstFiniteDifferences(network.getName() + ": ", x, shape, new long[] {1, 0, 2}, 3);
        }
    }

    @Test
    void aGatedLinearUnitsBranchesGetTheirGradients() throws Exception {
        NetworkBuilder b = new NetworkBuilder("glu", "gated linear unit");
        Layer x = b.input("x", 5, 3);
        var gated = b.add(F.createMultiply(), "gated", b.dense(x, "value", 4));
        b.connect(b.activation(b.dense(x, "gate", 4), ActivationFunction.SIGMOID), "", gated, "in1");
        b.loss(b.dense(b.flatten(gated), "fc", 3), LossKind.CROSS_ENTROPY);
        // value, gate and fc: weight and bias each.
        assertEquals(6, checked(b.training("test", 1, 3, OptimizerKind.SGD, 1.0).network(), new long[] {3, 5, 3}, 41));
    }

    @Test
    void channelWeightsBroadcastOverThePixelsGetTheirSummedGradient() throws Exception {
        NetworkBuilder b = new NetworkBuilder("se", "squeeze and excitation");
        Layer image = b.conv(b.input("image", 2, 4, 4), "conv", 3, 3, 1, 1);
        Reshape column = F.createReshape();
        column.getDims().add(3);
        column.getDims().add(1);
        column.getDims().add(1);
        Layer squeezed = b.add(ConvolutionFactory.eINSTANCE.createGlobalPooling(), "squeeze", image);
        Layer weights = b.add(column, "channels", b.activation(b.dense(squeezed, "excite", 3), ActivationFunction.SIGMOID));
        var scaled = b.add(F.createMultiply(), "scaled", image);
        b.connect(weights, "", scaled, "in1");
        b.loss(b.dense(b.flatten(scaled), "fc", 3), LossKind.CROSS_ENTROPY);
        // conv, excite and fc: weight and bias each.
        assertEquals(6, checked(b.training("test", 1, 3, OptimizerKind.SGD, 1.0).network(), new long[] {3, 2, 4, 4}, 43));
    }
}
