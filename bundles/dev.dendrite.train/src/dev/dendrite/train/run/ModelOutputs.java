package dev.dendrite.train.run;

import java.nio.FloatBuffer;
import java.util.Map;
import java.util.function.IntConsumer;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Dataset;

/**
 * A model's first output for every sample of a data set, run in batches on the CPU: what evaluation
 * and anomaly scores read. The samples go in with the model's declared input shape (a flat 784 or
 * an image 1×28×28), whatever shape the data set's samples have, as long as the counts agree.
 */
public final class ModelOutputs {

    /** Samples per inference run: large enough that per-run overhead vanishes, small enough to stay in cache-friendly sizes. */
    static final int BATCH = 512;

    /** Each batch's outputs, {@code rows × width} floats from sample {@code from} on. */
    @FunctionalInterface
    public interface BatchConsumer {
        void accept(int from, int rows, FloatBuffer outputs, int width);
    }

    private ModelOutputs() {
    }

    /**
     * The model's first output for every sample, {@code size × width} floats in sample order.
     *
     * @param done hears the samples done so far after every batch (progress)
     * @throws IllegalArgumentException naming the mismatch when the model reads another number of values per sample
     */
    public static Result of(byte[] model, String what, Dataset data, IntConsumer done) throws OrtException, ModelLoadException {
        float[][] all = new float[1][];
        int[] width = new int[1];
        forEachBatch(model, what, data, (from, rows, outputs, w) -> {
            if (all[0] == null) {
                width[0] = w;
                all[0] = new float[data.size() * w];
            }
            outputs.get(0, all[0], from * w, rows * w);
            done.accept(from + rows);
        });
        return new Result(all[0] == null ? new float[0] : all[0], width[0]);
    }

    /** Outputs of every sample, row after row, {@code width} values each. */
    public record Result(float[] values, int width) {
    }

    /**
     * The declared shape of the model's input {@code input}, its batch dimension as declared.
     *
     * @throws IllegalArgumentException naming both counts when a sample of the model is not {@code sampleSize} values
     */
    public static long[] inputShape(ModelSession session, String input, int sampleSize) throws OrtException {
        long[] declared = ((TensorInfo) session.session().getInputInfo().get(input).getInfo()).getShape();
        long perSample = 1;
        for (int d = 1; d < declared.length; d++) {
            perSample *= declared[d];
        }
        if (perSample != sampleSize) {
            throw new IllegalArgumentException("the model reads " + perSample + " values per sample, the data has " + sampleSize);
        }
        return declared;
    }

    /** Runs the model over {@code data} in batches of {@link #BATCH}, handing each batch's first output to {@code consumer}. */
    public static void forEachBatch(byte[] model, String what, Dataset data, BatchConsumer consumer) throws OrtException, ModelLoadException {
        int n = data.size();
        int size = data.sampleSize();
        try (ModelSession session = OnnxRuntime.open(model, what, RuntimeSettings.forTrainer())) {
            if (session.inputNames().size() != 1) {
                throw new IllegalArgumentException("the model reads " + session.inputNames().size() + " inputs " + session.inputNames()
                        + ": only models of one input run over a data set's samples");
            }
            String input = session.inputNames().iterator().next();
            long[] declared = inputShape(session, input, size);
            float[] x = new float[Math.min(BATCH, Math.max(1, n)) * size];
            for (int from = 0; from < n; from += BATCH) {
                int rows = Math.min(BATCH, n - from);
                for (int r = 0; r < rows; r++) {
                    data.features(from + r, x, r * size);
                }
                long[] shape = declared.clone();
                shape[0] = rows;
                try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x, 0, rows * size), shape);
                     OrtSession.Result result = session.session().run(Map.of(input, tensor))) {
                    OnnxTensor output = (OnnxTensor) result.get(0);
                    long[] outShape = output.getInfo().getShape();
                    long width = 1;
                    for (int d = 1; d < outShape.length; d++) {
                        width *= outShape[d];
                    }
                    consumer.accept(from, rows, output.getFloatBuffer(), (int) width);
                }
            }
        }
    }
}
