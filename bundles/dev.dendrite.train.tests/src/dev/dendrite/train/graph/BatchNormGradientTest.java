package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Convolution;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;

/**
 * BatchNorm in training (the inference-form operator on batch statistics, differentiated by its
 * closed form) through the whole train step: every parameter's gradient, the convolution's and
 * dense layer's before the norms included, against central finite differences of the step's own
 * loss, for a 2-D norm over channels and pixels and a 1-D norm over features. A wrong term of the
 * closed form (the mean's or the variance's dependence on x) moves the earlier layers' gradients.
 */
class BatchNormGradientTest {

    @Test
    void batchNormGradientsMatchFiniteDifferencesOfTheStepLoss() throws Exception {
        Network network = network();
        int rows = 6;
        Random random = new Random(3);
        float[] x = new float[rows * 2 * 5 * 5];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (random.nextGaussian() + 0.5);
        }
        long[] labels = new long[rows];
        for (int i = 0; i < rows; i++) {
            labels[i] = i % 3;
        }
        long[] xShape = {rows, 2, 5, 5};
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, rows, OptimizerKind.SGD, 1.0, 1L, null);
        try (StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT))) {
            int checked = runner.checkGradientsAgainstFiniteDifferences("", x, xShape, labels, 3);
            // conv weight, bn2d scale and bias, fc1 weight and bias, bn1d scale and bias, fc2 weight and bias
            assertEquals(9, checked, "parameters checked: " + runner.graphs.parameters());
        }
    }

    /** conv (no bias) → BatchNorm 2-D → tanh → flatten → dense → BatchNorm 1-D → tanh → dense → cross-entropy. */
    private static Network network() {
        NetworkFactory f = NetworkFactory.eINSTANCE;
        NetworkBuilder b = new NetworkBuilder("bn-check", "BatchNorm gradients");
        Layer conv = b.conv(b.input("image", 2, 5, 5), "conv", 3, 3, 1, 1);
        ((Convolution) conv).setBias(false);
        Layer y = b.activation(b.add(f.createBatchNorm(), "bn2d", conv), ActivationFunction.TANH);
        y = b.dense(b.flatten(y), "fc1", 4);
        y = b.activation(b.add(f.createBatchNorm(), "bn1d", y), ActivationFunction.TANH);
        b.loss(b.dense(y, "fc2", 3), LossKind.CROSS_ENTROPY);
        return b.training("test", 1, 6, OptimizerKind.SGD, 1.0).network();
    }
}
