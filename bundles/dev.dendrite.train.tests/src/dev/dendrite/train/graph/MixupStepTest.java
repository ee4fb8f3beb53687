package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import ai.onnxruntime.OnnxTensor;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.train.config.TrainingConfig;

/**
 * Mixup in the train step: the loss and the SGD step on a batch mixed with itself reversed are λ and
 * 1 − λ of the plain step's on the same mixed inputs with the labels and with the labels reversed;
 * its refusals; the Beta draws of λ.
 */
class MixupStepTest {

    private static final int N = 6;
    private static final int IN = 3;
    private static final int OUT = 4;

    private static TrainingConfig config(Network network, double mixup) {
        return TrainingConfig.from(network).with("test", 1, N, OptimizerKind.SGD, 1.0, 1L, null).withMixup(mixup);
    }

    @Test
    void theMixedStepIsTheLambdaWeightedPairOfPlainSteps() throws Exception {
        Network network = StepRunner.tiny(IN, OUT, LossKind.CROSS_ENTROPY, 0, 0);
        SplittableRandom random = new SplittableRandom(9);
        float[] x = new float[N * IN];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) random.nextGaussian();
        }
        long[] labels = {0, 3, 1, 2, 2, 0};
        long[] reversed = new long[N];
        float lambda = 0.3f;
        float[] mixed = new float[x.length];
        for (int r = 0; r < N; r++) {
            reversed[r] = labels[N - 1 - r];
            for (int c = 0; c < IN; c++) {
                mixed[r * IN + c] = lambda * x[r * IN + c] + (1 - lambda) * x[(N - 1 - r) * IN + c];
            }
        }
        try (StepRunner mix = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config(network, 0.4), GraphOptions.DEFAULT));
             StepRunner plain = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config(network, 0), GraphOptions.DEFAULT))) {
            assertEquals(1, mix.graphs.randomInputs().size());
            assertEquals(RandomInput.Kind.BETA, mix.graphs.randomInputs().get(0).kind());
            mix.extra.put(MixupStep.LAMBDA, OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(new float[] {lambda}), new long[0]));
            Map<String, float[]> mixedOut = mix.run(x, N, null, labels, 1.0, 1, false);
            Map<String, float[]> own = plain.run(mixed, N, null, labels, 1.0, 1, false);
            Map<String, float[]> partner = plain.run(mixed, N, null, reversed, 1.0, 1, false);
            assertEquals(lambda * own.get("loss")[0] + (1 - lambda) * partner.get("loss")[0], mixedOut.get("loss")[0], 1e-5);
            for (String p : new String[] {"fc/weight", "fc/bias"}) {
                String updated = mix.graphs.feedback().entrySet().stream().filter(e -> e.getValue().equals(p)).findFirst().orElseThrow().getKey();
                float[] m = mixedOut.get(updated);
                float[] a = own.get(updated);
                float[] b = partner.get(updated);
                for (int i = 0; i < m.length; i++) {
                    assertEquals(lambda * a[i] + (1 - lambda) * b[i], m[i], 1e-5, p + "[" + i + "]: the gradient mixes as the loss does");
                }
            }
            // λ = 0.3 < 1/2: a prediction is right when it names the partner's class.
            assertEquals(partner.get("accuracy")[0], mixedOut.get("accuracy")[0], 1e-6);
        }
    }

    @Test
    void whatMixupCannotMixIsRefusedInOneLine() {
        Network regressor = StepRunner.tiny(IN, OUT, LossKind.MSE, 0, 0);
        ExportException mse = assertThrows(ExportException.class, () -> TrainStepPipeline.standard().build(regressor, new Weights(),
                config(regressor, 0.2), GraphOptions.DEFAULT));
        assertTrue(mse.getMessage().startsWith("--mixup mixes pictures and their class labels, for cross-entropy losses; "), mse.getMessage());
        Network tagger = TemplateLibrary.find("rnn-tagger").orElseThrow().create();
        ExportException sequences = assertThrows(ExportException.class, () -> TrainStepPipeline.standard().build(tagger, new Weights(),
                config(tagger, 0.2), GraphOptions.DEFAULT.withSequenceLength(8)));
        assertFalse(sequences.getMessage().contains("\n"), sequences.getMessage());
        IllegalArgumentException smoothing = assertThrows(IllegalArgumentException.class, () -> config(regressor, 0.2).withLabelSmoothing(0.1)
                .validate());
        assertEquals("--mixup already trains towards mixed labels: leave out --label-smoothing", smoothing.getMessage());
        assertThrows(IllegalArgumentException.class, () -> config(regressor, -1).validate());
    }

    @Test
    void lambdaIsDrawnFromBetaAlphaAlpha() {
        SplittableRandom random = new SplittableRandom(1);
        for (double alpha : new double[] {0.2, 1, 4}) {
            int n = 40_000;
            double sum = 0;
            double squares = 0;
            for (int i = 0; i < n; i++) {
                double v = dev.dendrite.train.run.FeedsAccess.beta(random, alpha);
                assertTrue(v >= 0 && v <= 1);
                sum += v;
                squares += v * v;
            }
            double mean = sum / n;
            double variance = squares / n - mean * mean;
            assertEquals(0.5, mean, 0.01, "α " + alpha);
            assertEquals(1 / (4 * (2 * alpha + 1)), variance, 0.01, "α " + alpha + ": Beta(α, α)'s variance");
        }
    }
}
