package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import ai.onnxruntime.OnnxTensor;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.train.config.Distillation;
import dev.dendrite.train.config.TrainingConfig;

/**
 * The distilled cross-entropy (1 − α)·CE(y, s) + α·T²·KL(q ‖ softmax(s/T)) of a dense layer's logits s,
 * computed here from its weights, against the train step's "loss" output; and its closed-form seed
 * against central finite differences of that output (plain SGD: the update is the gradient).
 */
class DistillationLossTest {

    private static final int N = 5;
    private static final int IN = 3;
    private static final int OUT = 4;
    private static final double RATE = 0.25;
    private static final double H = 1e-2;
    private static final double T = 3;
    private static final double ALPHA = 0.7;

    @Test
    void theDistilledLossAndItsGradientAreTheDefinitions() throws Exception {
        Network network = StepRunner.tiny(IN, OUT, LossKind.CROSS_ENTROPY, 0, 0);
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, N, OptimizerKind.SGD, RATE, 1L, null)
                .withDistillation(new Distillation("teacher.onnx", T, ALPHA));
        SplittableRandom random = new SplittableRandom(3);
        float[] x = new float[N * IN];
        for (int i = 0; i < x.length; i++) {
            x[i] = (float) (random.nextDouble() * 4 - 2);
        }
        long[] labels = new long[N];
        float[] teacher = new float[N * OUT];
        for (int n = 0; n < N; n++) {
            labels[n] = random.nextInt(OUT);
            double sum = 0;
            for (int c = 0; c < OUT; c++) {
                teacher[n * OUT + c] = (float) (0.05 + random.nextDouble());
                sum += teacher[n * OUT + c];
            }
            for (int c = 0; c < OUT; c++) {
                teacher[n * OUT + c] /= (float) sum;
            }
        }
        try (StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT))) {
            runner.extra.put(Distillation.FIELD, OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(teacher), new long[] {N, OUT}));
            // The value, from the layer's own weights ([IN, OUT] and [OUT]).
            float[] w = runner.values.get("fc/weight");
            float[] b = runner.values.get("fc/bias");
            double expected = 0;
            for (int n = 0; n < N; n++) {
                double[] s = new double[OUT];
                for (int c = 0; c < OUT; c++) {
                    s[c] = b[c];
                    for (int i = 0; i < IN; i++) {
                        s[c] += x[n * IN + i] * w[i * OUT + c];
                    }
                }
                double[] hard = logSoftmax(s, 1);
                double[] soft = logSoftmax(s, T);
                double kl = 0;
                for (int c = 0; c < OUT; c++) {
                    kl += teacher[n * OUT + c] * (Math.log(teacher[n * OUT + c]) - soft[c]);
                }
                expected += ((1 - ALPHA) * -hard[(int) labels[n]] + ALPHA * T * T * kl) / N;
            }
            double loss = runner.run(x, N, new float[0], labels, RATE, 1, false).get("loss")[0];
            assertEquals(expected, loss, 1e-5 * Math.abs(expected), "the distilled loss");
            // The seed: the update of every weight and bias is the derivative of that value.
            for (String parameter : new String[] {"fc/weight", "fc/bias"}) {
                float[] start = runner.values.get(parameter).clone();
                runner.run(x, N, new float[0], labels, RATE, 1, true);
                float[] updated = runner.values.get(parameter).clone();
                runner.graphs.initial().flat().forEach((name, tensor) -> runner.values.put(name, tensor.values().clone()));
                runner.values.put(parameter, start.clone());
                for (int e = 0; e < start.length; e++) {
                    double analytic = (start[e] - updated[e]) / RATE;
                    double numeric = (lossWith(runner, parameter, start, e, H, x, labels) - lossWith(runner, parameter, start, e, -H, x, labels))
                            / (2 * H);
                    assertTrue(Math.abs(analytic - numeric) <= 5e-4 + 5e-3 * Math.abs(numeric),
                            parameter + "[" + e + "]: analytic " + analytic + ", numeric " + numeric);
                }
            }
        }
    }

    private static double lossWith(StepRunner runner, String parameter, float[] start, int element, double h, float[] x, long[] labels)
            throws Exception {
        float[] moved = start.clone();
        moved[element] += (float) h;
        runner.values.put(parameter, moved);
        double loss = runner.run(x, N, new float[0], labels, RATE, 1, false).get("loss")[0];
        runner.values.put(parameter, start.clone());
        return loss;
    }

    private static double[] logSoftmax(double[] logits, double temperature) {
        double largest = Double.NEGATIVE_INFINITY;
        for (double v : logits) {
            largest = Math.max(largest, v / temperature);
        }
        double sum = 0;
        for (double v : logits) {
            sum += Math.exp(v / temperature - largest);
        }
        double[] out = new double[logits.length];
        for (int c = 0; c < logits.length; c++) {
            out[c] = logits[c] / temperature - largest - Math.log(sum);
        }
        return out;
    }
}
