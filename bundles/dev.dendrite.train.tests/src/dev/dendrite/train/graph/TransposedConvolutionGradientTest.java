package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;


import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.NetworkBuilder;

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
        // Seeded by the batch's value count, as before the helper.
        int values = java.util.Arrays.stream(shape).reduce(3, (p, q) -> p * q);
        return StepRunner.checkedOnGaussianSamples(network, shape, values + kernel, "k" + kernel + " s" + stride + ": ");
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
