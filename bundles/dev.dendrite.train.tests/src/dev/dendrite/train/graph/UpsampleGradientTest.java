package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;


import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.convolution.ConvolutionFactory;
import dev.dendrite.model.templates.NetworkBuilder;

/**
 * Upsample in the train step, nearest (each gradient block summed back onto its value) and bilinear (the interpolation's
 * transpose), over pictures and over one spatial dim, between a convolution and the classifier: every parameter's gradient
 * against central finite differences of the step's own loss.
 */
class UpsampleGradientTest {

    private static int checked(boolean bilinear, int... shape) throws Exception {
        NetworkBuilder b = new NetworkBuilder("up", "resize-convolution");
        Layer x = b.input("x", shape);
        var conv = b.conv(x, "conv", 2, 3, 1, 1);
        conv.setDimensions(shape.length - 1);
        var up = ConvolutionFactory.eINSTANCE.createUpsample();
        up.setBilinear(bilinear);
        var after = b.conv(b.add(up, "up", conv), "conv2", 2, 3, 1, 1);
        after.setDimensions(shape.length - 1);
        b.loss(b.dense(b.flatten(after), "fc", 3), LossKind.CROSS_ENTROPY);
        Network network = b.training("test", 1, 3, OptimizerKind.SGD, 1.0).network();
        // Seeded by the batch's value count, as before the helper.
        int values = java.util.Arrays.stream(shape).reduce(3, (p, q) -> p * q);
        return StepRunner.checkedOnGaussianSamples(network, shape, values + (bilinear ? 1 : 0),
                (bilinear ? "bilinear" : "nearest") + ": ");
    }

    @Test
    void nearestUpsamplingSumsEachBlocksGradient() throws Exception {
        // conv, conv2 and fc: weight and bias each.
        assertEquals(6, checked(false, 2, 4, 3));
        assertEquals(6, checked(false, 2, 5));
    }

    @Test
    void bilinearUpsamplingGetsTheInterpolationsTranspose() throws Exception {
        assertEquals(6, checked(true, 2, 4, 3));
        assertEquals(6, checked(true, 2, 5));
    }
}
