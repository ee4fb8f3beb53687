package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;

/**
 * TransposedConvolution in the train step (ConvTranspose's rule: the adjoint Conv for the input, the Conv's kernel gradient read
 * backwards for the kernel), between a convolution and the classifier, with and without output padding and a bias, over pictures
 * and one spatial dim: every parameter's gradient against central finite differences of the step's own loss.
 */
class TransposedConvolutionGradientTest {

    private static int checked(int kernel, int stride, int padding, int outputPadding, boolean bias, int... shape) throws Exception {
        NetworkBuilder b = new NetworkBuilder("up", "a transposed convolution between two layers");
        Layer x = b.input("x", shape);
        var conv = b.conv(x, "conv", 2, 3, 1, 1);
        conv.setDimensions(shape.length - 1);
        var up = b.transposedConv(conv, "up", 3, kernel, stride, padding);
        up.setDimensions(shape.length - 1);
        up.setOutputPadding(outputPadding);
        up.setBias(bias);
        b.loss(b.dense(b.flatten(b.activation(up, dev.dendrite.model.network.ActivationFunction.TANH)), "fc", 3), LossKind.CROSS_ENTROPY);
        Network network = b.training("test", 1, 3, OptimizerKind.SGD, 1.0).network();
        long[] batch = new long[shape.length + 1];
        batch[0] = 3;
        int size = 3;
        for (int d = 0; d < shape.length; d++) {
            batch[d + 1] = shape[d];
            size *= shape[d];
        }
        float[] values = new float[size];
        Random random = new Random(size + kernel);
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 3, OptimizerKind.SGD, 1.0, 1L, null);
        try (StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT))) {
            return runner.checkGradientsAgainstFiniteDifferences("k" + kernel + " s" + stride + ": ", values, batch, new long[] {1, 0, 2}, 2);
        }
    }

    @Test
    void dcganDoublingGetsEveryGradient() throws Exception {
        // conv, up and fc: weight and bias each.
        assertEquals(6, checked(4, 2, 1, 0, true, 2, 4, 3));
    }

    @Test
    void outputPaddingAndNoBiasGetEveryGradient() throws Exception {
        assertEquals(5, checked(3, 2, 1, 1, false, 2, 3, 3));
    }

    @Test
    void oneSpatialDimGetsEveryGradient() throws Exception {
        assertEquals(6, checked(5, 3, 0, 0, true, 2, 4));
    }
}
