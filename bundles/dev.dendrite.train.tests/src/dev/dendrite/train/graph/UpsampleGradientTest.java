package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;

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
        var up = NetworkFactory.eINSTANCE.createUpsample();
        up.setBilinear(bilinear);
        var after = b.conv(b.add(up, "up", conv), "conv2", 2, 3, 1, 1);
        after.setDimensions(shape.length - 1);
        b.loss(b.dense(b.flatten(after), "fc", 3), LossKind.CROSS_ENTROPY);
        Network network = b.training("test", 1, 3, OptimizerKind.SGD, 1.0).network();
        long[] batch = new long[shape.length + 1];
        batch[0] = 3;
        int size = 3;
        for (int d = 0; d < shape.length; d++) {
            batch[d + 1] = shape[d];
            size *= shape[d];
        }
        float[] values = new float[size];
        Random random = new Random(size + (bilinear ? 1 : 0));
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 3, OptimizerKind.SGD, 1.0, 1L, null);
        try (StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT))) {
            return runner.checkGradientsAgainstFiniteDifferences((bilinear ? "bilinear" : "nearest") + ": ", values, batch, new long[] {1, 0, 2}, 2);
        }
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
