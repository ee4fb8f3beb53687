package dev.dendrite.analysis.quantization;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.run.ModelOutputs;

/**
 * Inference throughput of two models of one input, measured in turns (first, second, first, ...)
 * so that a machine that speeds up or slows down meanwhile moves both alike; medians of the windows.
 */
public final class InferenceSpeed {

    /** Samples per second of each model, medians over {@code rounds} windows each. */
    public record Comparison(int batch, int rounds, double first, double second) {

        /** How many times as fast the second model runs. */
        public double ratio() {
            return second / first;
        }
    }

    private InferenceSpeed() {
    }

    /** @param seconds each window's length */
    public static Comparison compare(byte[] first, byte[] second, int sampleSize, int batch, int rounds, double seconds)
            throws OrtException, ModelLoadException {
        return compare(first, "the float model", second, "the quantized model", sampleSize, batch, rounds, seconds);
    }

    /** As above; the names say which model a loading failure concerns. */
    public static Comparison compare(byte[] first, String firstName, byte[] second, String secondName, int sampleSize, int batch, int rounds,
            double seconds) throws OrtException, ModelLoadException {
        try (ModelSession a = OnnxRuntime.open(first, firstName, RuntimeSettings.forTrainer());
             ModelSession b = OnnxRuntime.open(second, secondName, RuntimeSettings.forTrainer())) {
            float[] x = new float[batch * sampleSize];
            java.util.SplittableRandom random = new java.util.SplittableRandom(7);
            for (int i = 0; i < x.length; i++) {
                x[i] = (float) random.nextDouble();
            }
            double[] speedA = new double[rounds];
            double[] speedB = new double[rounds];
            window(a, x, sampleSize, batch, 0.1);
            window(b, x, sampleSize, batch, 0.1);
            for (int r = 0; r < rounds; r++) {
                speedA[r] = window(a, x, sampleSize, batch, seconds);
                speedB[r] = window(b, x, sampleSize, batch, seconds);
            }
            return new Comparison(batch, rounds, median(speedA), median(speedB));
        }
    }

    private static double window(ModelSession session, float[] x, int sampleSize, int batch, double seconds) throws OrtException {
        String input = session.inputNames().iterator().next();
        long[] shape = ModelOutputs.inputShape(session, input, sampleSize).clone();
        shape[0] = batch;
        try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), shape)) {
            Map<String, OnnxTensor> feed = Map.of(input, tensor);
            long start = System.nanoTime();
            long end = start + (long) (seconds * 1e9);
            int runs = 0;
            long now;
            do {
                session.session().run(feed).close();
                runs++;
                now = System.nanoTime();
            } while (now < end);
            return runs * (double) batch / ((now - start) / 1e9);
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }
}
