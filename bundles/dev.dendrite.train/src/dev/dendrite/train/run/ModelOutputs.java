package dev.dendrite.train.run;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Dataset;

/**
 * A model's first output for every sample of a data set, run in batches on the CPU: what evaluation
 * and anomaly scores read. A model's {@link ClassInputs} read each sample's label. The samples go in with the model's declared input shape (a flat 784 or
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
     * The model's first output for every sample of each data set, {@code size × width} floats in
     * sample order per set, from one session.
     *
     * @throws IllegalArgumentException naming the mismatch when the model reads another number of values per sample
     */
    public static List<Result> of(byte[] model, String what, List<Dataset> sets) throws OrtException, ModelLoadException {
        List<Result> results = new ArrayList<>();
        try (ModelSession session = open(model, what)) {
            for (Dataset data : sets) {
                float[][] all = {new float[0]};
                int[] width = new int[1];
                forEachBatch(session, data, (from, rows, outputs, w) -> {
                    if (from == 0) {
                        width[0] = w;
                        all[0] = new float[data.size() * w];
                    }
                    outputs.get(0, all[0], from * w, rows * w);
                });
                results.add(new Result(all[0], width[0]));
            }
        }
        return results;
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
        long[] declared = session.inputShape(input);
        long perSample = 1;
        for (int d = 1; d < declared.length; d++) {
            perSample *= declared[d];
        }
        if (perSample != sampleSize) {
            throw new IllegalArgumentException("the model reads " + perSample + " values per sample, the data has " + sampleSize);
        }
        return declared;
    }

    /**
     * The declared shape of a model's one input, batch first (symbolic dimensions −1).
     *
     * @throws IllegalArgumentException when the model reads several inputs
     */
    public static long[] declaredInput(byte[] model, String what) throws OrtException, ModelLoadException {
        try (ModelSession session = open(model, what)) {
            return session.inputShape(dataInput(session, ClassInputs.of(session)));
        }
    }

    /** Runs the model over {@code data} in batches of {@link #BATCH}, handing each batch's first output to {@code consumer}. */
    public static void forEachBatch(byte[] model, String what, Dataset data, BatchConsumer consumer) throws OrtException, ModelLoadException {
        try (ModelSession session = open(model, what)) {
            forEachBatch(session, data, consumer);
        }
    }

    /** A CPU session of a model of one input, besides any {@link ClassInputs class inputs} (fed each sample's label). */
    private static ModelSession open(byte[] model, String what) throws ModelLoadException, OrtException {
        ModelSession session = OnnxRuntime.open(model, what, RuntimeSettings.forTrainer());
        if (session.inputNames().size() - ClassInputs.of(session).size() != 1) {
            String inputs = session.inputNames().size() + " inputs " + session.inputNames();
            session.close();
            throw new IllegalArgumentException("the model reads " + inputs + ": only models of one input run over a data set's samples");
        }
        return session;
    }

    private static void forEachBatch(ModelSession session, Dataset data, BatchConsumer consumer) throws OrtException {
        int n = data.size();
        int size = data.sampleSize();
        List<String> classInputs = ClassInputs.of(session);
        String input = dataInput(session, classInputs);
        if (!classInputs.isEmpty() && !data.hasLabels()) {
            throw new IllegalArgumentException("the model reads each sample's class at '" + String.join("', '", classInputs) + "', and "
                    + data.name() + " has no labels");
        }
        long[] declared = inputShape(session, input, size);
        float[] x = new float[Math.min(BATCH, Math.max(1, n)) * size];
        for (int from = 0; from < n; from += BATCH) {
            int rows = Math.min(BATCH, n - from);
            for (int r = 0; r < rows; r++) {
                data.features(from + r, x, r * size);
            }
            long[] shape = declared.clone();
            shape[0] = rows;
            Map<String, OnnxTensor> feeds = new HashMap<>();
            try {
                for (String classInput : classInputs) {
                    feeds.put(classInput, OnnxTensor.createTensor(OnnxRuntime.environment(), LongBuffer.wrap(ClassInputs.labels(data,
                            from, rows)), new long[] {rows, 1}));
                }
                feeds.put(input, OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x, 0, rows * size), shape));
                run(session, feeds, from, rows, consumer);
            } finally {
                feeds.values().forEach(OnnxTensor::close);
            }
        }
    }

    /** One batch's run, its first output handed to {@code consumer}. */
    private static void run(ModelSession session, Map<String, OnnxTensor> feeds, int from, int rows, BatchConsumer consumer) throws OrtException {
        try (OrtSession.Result result = session.session().run(feeds)) {
            OnnxTensor output = (OnnxTensor) result.get(0);
            long[] outShape = output.getInfo().getShape();
            long width = 1;
            for (int d = 1; d < outShape.length; d++) {
                width *= outShape[d];
            }
            consumer.accept(from, rows, output.getFloatBuffer(), (int) width);
        }
    }

    /** The session's one input that is not among its {@code classes}. */
    private static String dataInput(ModelSession session, List<String> classes) {
        return session.inputNames().stream().filter(n -> !classes.contains(n)).findFirst().orElseThrow();
    }
}
