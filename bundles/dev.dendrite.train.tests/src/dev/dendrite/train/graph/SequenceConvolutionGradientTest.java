package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.ConvolutionFactory;
import dev.dendrite.model.network.convolution.StepPadding;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;

/**
 * Conv1d over the steps of a sequence in the train step: the kernel's, the bias's and the layers
 * around it (the input's gradient through both transposes) against central finite differences of
 * the step's own loss, centred and causal, odd and even kernels, dilated and grouped.
 */
class SequenceConvolutionGradientTest {

    private static final int STEPS = 6;

    @Test
    void sequenceConvolutionGradientsMatchFiniteDifferencesOfTheStepLoss() throws Exception {
        // Kernel, dilation, groups and step padding.
        int[][] settings = {{3, 1, 1, 0}, {4, 1, 1, 1}, {3, 2, 2, 0}, {2, 2, 1, 1}, {3, 1, 1, 2}, {2, 2, 2, 2}};
        for (int[] setting : settings) {
            StepPadding padding = StepPadding.get(setting[3]);
            String label = "kernel " + setting[0] + ", dilation " + setting[1] + ", groups " + setting[2] + ", " + padding + ": ";
            NetworkBuilder b = new NetworkBuilder("sequence-conv-check", "sequence convolution gradients");
            Layer x = b.dense(b.input("x", STEPS, 3), "in_proj", 4);
            Convolution conv = b.conv(x, "conv", 4, setting[0], 1, 0);
            conv.setDimensions(1);
            conv.setSequence(true);
            conv.setDilation(setting[1]);
            conv.setGroups(setting[2]);
            conv.setStepPadding(padding);
            x = b.activation(conv, ActivationFunction.TANH);
            b.loss(b.dense(b.flatten(x), "fc", 3), LossKind.CROSS_ENTROPY);
            Network network = b.training("test", 1, 3, OptimizerKind.SGD, 1.0).network();
            float[] x0 = new float[3 * STEPS * 3];
            Random random = new Random(21 + setting[0]);
            for (int i = 0; i < x0.length; i++) {
                x0[i] = (float) random.nextGaussian();
            }
            TrainingConfig config = TrainingConfig.from(network).with("test", 1, 3, OptimizerKind.SGD, 1.0, 1L, null);
            try (StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT))) {
                // in_proj, conv and fc: weight and bias each.
                assertEquals(6, runner.checkGradientsAgainstFiniteDifferences(label, x0, new long[] {3, STEPS, 3}, new long[] {1, 0, 2}, 3));
            }
        }
    }

    @Test
    void poolingOverStepsGradientsMatchFiniteDifferencesOfTheStepLoss() throws Exception {
        for (dev.dendrite.model.network.PoolType type : dev.dendrite.model.network.PoolType.values()) {
            NetworkBuilder b = new NetworkBuilder("sequence-pool-check", "pooling over steps gradients");
            Convolution conv = b.conv(b.input("x", STEPS, 3), "conv", 4, 2, 1, 0);
            conv.setDimensions(1);
            conv.setSequence(true);
            conv.setStepPadding(StepPadding.VALID);
            var pool = ConvolutionFactory.eINSTANCE.createPooling();
            pool.setPoolType(type);
            pool.setDimensions(1);
            pool.setSequence(true);
            pool.setKernel(2);
            Layer x = b.add(pool, "pool", b.activation(conv, ActivationFunction.TANH));
            b.loss(b.dense(b.flatten(x), "fc", 3), LossKind.CROSS_ENTROPY);
            Network network = b.training("test", 1, 3, OptimizerKind.SGD, 1.0).network();
            float[] x0 = new float[3 * STEPS * 3];
            Random random = new Random(31);
            for (int i = 0; i < x0.length; i++) {
                x0[i] = (float) random.nextGaussian();
            }
            TrainingConfig config = TrainingConfig.from(network).with("test", 1, 3, OptimizerKind.SGD, 1.0, 1L, null);
            try (StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT))) {
                // conv and fc: weight and bias each; 6 steps, 5 after the valid window, 2 windows of 2.
                assertEquals(4, runner.checkGradientsAgainstFiniteDifferences(type + " over steps: ", x0, new long[] {3, STEPS, 3},
                        new long[] {2, 1, 0}, 3));
            }
        }
    }
}
