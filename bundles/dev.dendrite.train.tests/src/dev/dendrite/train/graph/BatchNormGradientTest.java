package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.normalization.BatchNorm;
import dev.dendrite.model.network.normalization.NormalizationFactory;
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
        assertGradientsMatchFiniteDifferences(GraphOptions.DEFAULT);
    }

    /** The statistics in one pass (as steps run in stages take them) differentiate as the two passes do. */
    @Test
    void batchNormGradientsWithStatisticsInOnePassMatchFiniteDifferences() throws Exception {
        assertGradientsMatchFiniteDifferences(GraphOptions.DEFAULT.withStatisticsInOnePass(true));
    }

    private static void assertGradientsMatchFiniteDifferences(GraphOptions options) throws Exception {
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
        try (StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config, options))) {
            int checked = runner.checkGradientsAgainstFiniteDifferences("", x, xShape, labels, 3);
            // conv weight, bn2d scale and bias, fc1 weight and bias, bn1d scale and bias, fc2 weight and bias
            assertEquals(9, checked, "parameters checked: " + runner.graphs.parameters());
        }
    }

    /**
     * One training step moves the running statistics to (1 − m)·running + m·batch, per channel: the
     * batch mean and the unbiased batch variance over samples and pixels, computed here in double
     * precision (momentum 0.75, so the batch's share dominates). It checks the statistics' values
     * directly, where the finite differences above see them only through the gradient's closed form.
     */
    @Test
    void aTrainingStepMovesTheRunningStatisticsByTheBatchMeanAndUnbiasedVariance() throws Exception {
        assertRunningStatisticsAfterOneStep(3, GraphOptions.DEFAULT);
        assertRunningStatisticsAfterOneStep(3, GraphOptions.DEFAULT.withStatisticsInOnePass(true));
    }

    /**
     * In one pass the statistics' sums cannot subtract a mean they do not know yet: inputs whose
     * channels sit a thousand deviations from zero (features not centred, fed straight to BatchNorm)
     * must still get their variance, which sums of squares about zero in float would lose to
     * cancellation. Two passes centre first.
     */
    @Test
    void channelsFarFromZeroKeepTheirVariance() throws Exception {
        assertRunningStatisticsAfterOneStep(1000, GraphOptions.DEFAULT.withStatisticsInOnePass(true));
        assertRunningStatisticsAfterOneStep(1000, GraphOptions.DEFAULT);
    }

    /** One step on channels c = 0, 1, 2 with deviation 1 + c around {@code offset}·c (plus {@code offset} when it is large). */
    private static void assertRunningStatisticsAfterOneStep(double offset, GraphOptions options) throws Exception {
        NetworkFactory f = NetworkFactory.eINSTANCE;
        NetworkBuilder b = new NetworkBuilder("bn-statistics", "BatchNorm on the input");
        BatchNorm norm = NormalizationFactory.eINSTANCE.createBatchNorm();
        norm.setMomentum(0.75);
        Layer y = b.add(norm, "bn", b.input("image", 3, 4, 5));
        b.loss(b.dense(b.flatten(y), "fc", 2), LossKind.CROSS_ENTROPY);
        Network network = b.training("test", 1, 7, OptimizerKind.SGD, 0.1).network();
        int rows = 7;
        int channels = 3;
        int pixels = 4 * 5;
        Random random = new Random(11);
        float[] x = new float[rows * channels * pixels];
        for (int i = 0; i < x.length; i++) {
            // Offsets per channel, so that a variance taken about zero instead of the mean would differ.
            x[i] = (float) (random.nextGaussian() * (1 + i / pixels % channels) + offset * (i / pixels % channels) + (offset > 3 ? offset : 0));
        }
        long[] labels = new long[rows];
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, rows, OptimizerKind.SGD, 0.1, 1L, null);
        try (StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config, options))) {
            float[] meanBefore = runner.values.get("bn/mean").clone();
            float[] varBefore = runner.values.get("bn/var").clone();
            runner.run(x, new long[] {rows, channels, 4, 5}, null, null, labels, new long[] {rows}, 0.1, 1, true);
            double m = norm.getMomentum();
            for (int c = 0; c < channels; c++) {
                double[] batch = meanAndUnbiasedVariance(x, channels, pixels, c);
                double expectedMean = (1 - m) * meanBefore[c] + m * batch[0];
                double expectedVar = (1 - m) * varBefore[c] + m * batch[1];
                assertEquals(expectedMean, runner.values.get("bn/mean")[c], 1e-5 * (1 + Math.abs(expectedMean)),
                        "running mean of channel " + c);
                assertEquals(expectedVar, runner.values.get("bn/var")[c], 1e-5 * expectedVar, "running variance of channel " + c);
            }
        }
    }

    /** Channel {@code c}'s mean and unbiased variance over the samples and pixels of x ([N, C, pixels]), in double precision. */
    private static double[] meanAndUnbiasedVariance(float[] x, int channels, int pixels, int c) {
        int rows = x.length / (channels * pixels);
        double sum = 0;
        for (int n = 0; n < rows; n++) {
            for (int p = 0; p < pixels; p++) {
                sum += x[(n * channels + c) * pixels + p];
            }
        }
        double mean = sum / (rows * pixels);
        double squares = 0;
        for (int n = 0; n < rows; n++) {
            for (int p = 0; p < pixels; p++) {
                double d = x[(n * channels + c) * pixels + p] - mean;
                squares += d * d;
            }
        }
        return new double[] {mean, squares / (rows * pixels - 1)};
    }

    /** conv (no bias) → BatchNorm 2-D → tanh → flatten → dense → BatchNorm 1-D → tanh → dense → cross-entropy. */
    private static Network network() {
        NetworkFactory f = NetworkFactory.eINSTANCE;
        NetworkBuilder b = new NetworkBuilder("bn-check", "BatchNorm gradients");
        Layer conv = b.conv(b.input("image", 2, 5, 5), "conv", 3, 3, 1, 1);
        ((Convolution) conv).setBias(false);
        Layer y = b.activation(b.add(NormalizationFactory.eINSTANCE.createBatchNorm(), "bn2d", conv), ActivationFunction.TANH);
        y = b.dense(b.flatten(y), "fc1", 4);
        y = b.activation(b.add(NormalizationFactory.eINSTANCE.createBatchNorm(), "bn1d", y), ActivationFunction.TANH);
        b.loss(b.dense(y, "fc2", 3), LossKind.CROSS_ENTROPY);
        return b.training("test", 1, 6, OptimizerKind.SGD, 1.0).network();
    }
}
