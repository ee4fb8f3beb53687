package dev.dendrite.analysis.prediction;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Map;
import java.util.SplittableRandom;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * A next-step model (trained to predict each step's successor: a character-level language model,
 * a wave continued value by value) continuing a prime on its own: each step it reads the last
 * {@code window} steps, the prime and what it generated so far, and its prediction at the last
 * step becomes the next input. Tokens are sampled from the softmax of the logits divided by a
 * temperature (0: the most likely token), optionally among the {@code topK} most likely only.
 * The exported model keeps no state between runs, so each step runs the whole window, as the
 * model was trained on windows of that length.
 */
public final class Continuation implements AutoCloseable {

    private final ModelSession session;
    private final String input;
    private final long[] declared;

    private Continuation(ModelSession session) throws OrtException {
        this.session = session;
        this.input = session.inputNames().iterator().next();
        this.declared = session.inputShape(input);
    }

    /**
     * Opens a model of one sequence input: token ids [N, T] or values [N, T, F].
     *
     * @throws IllegalArgumentException where the model reads several inputs or no sequence
     */
    public static Continuation open(byte[] model, String what) throws OrtException, ModelLoadException {
        ModelSession session = OnnxRuntime.open(model, what, RuntimeSettings.forTrainer());
        try {
            if (session.inputNames().size() != 1) {
                throw new IllegalArgumentException("the model reads " + session.inputNames().size() + " inputs " + session.inputNames()
                        + ": generation feeds a model of one sequence input");
            }
            Continuation c = new Continuation(session);
            TensorInfo info = (TensorInfo) session.session().getInputInfo().get(c.input).getInfo();
            boolean tokens = info.type == OnnxJavaType.INT64 && c.declared.length == 2;
            boolean values = info.type == OnnxJavaType.FLOAT && c.declared.length == 3 && c.declared[2] > 0;
            if (!tokens && !values) {
                throw new IllegalArgumentException("the model's input '" + c.input + "' is no sequence of tokens [N, T] or values [N, T, F]");
            }
            return c;
        } catch (IllegalArgumentException | OrtException e) {
            session.close();
            throw e;
        }
    }

    /** Whether the model reads token ids (else values). */
    public boolean readsTokens() {
        return declared.length == 2;
    }

    /** Values per step of a value model. */
    public int features() {
        return readsTokens() ? 1 : (int) declared[2];
    }

    /**
     * Continues {@code prime} (token ids) by {@code steps} tokens.
     *
     * @param allowed tokens at or above it are never chosen (a model's vocabulary may be larger than the data's)
     * @throws IllegalArgumentException where the prime is empty or the model gives no logits per step
     */
    public long[] tokens(long[] prime, int steps, int window, double temperature, int topK, int allowed, long seed) throws OrtException {
        if (prime.length == 0) {
            throw new IllegalArgumentException("the prime is empty: give at least one token to continue");
        }
        SplittableRandom random = new SplittableRandom(seed);
        long[] all = java.util.Arrays.copyOf(prime, prime.length + steps);
        for (int s = 0; s < steps; s++) {
            int end = prime.length + s;
            int from = Math.max(0, end - window);
            long[] context = java.util.Arrays.copyOfRange(all, from, end);
            try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), LongBuffer.wrap(context), new long[] {1, context.length});
                 OrtSession.Result result = session.session().run(Map.of(input, tensor))) {
                float[] logits = last((OnnxTensor) result.get(0), context.length);
                all[end] = choose(logits, Math.min(allowed, logits.length), temperature, topK, random);
            }
        }
        return java.util.Arrays.copyOfRange(all, prime.length, all.length);
    }

    /** Continues {@code prime} (steps × features values) by {@code steps} steps, each prediction fed back. */
    public float[][] values(float[][] prime, int steps, int window) throws OrtException {
        if (prime.length == 0) {
            throw new IllegalArgumentException("the prime is empty: give at least one value to continue");
        }
        int f = features();
        float[][] all = java.util.Arrays.copyOf(prime, prime.length + steps);
        for (int s = 0; s < steps; s++) {
            int end = prime.length + s;
            int from = Math.max(0, end - window);
            float[] context = new float[(end - from) * f];
            for (int t = from; t < end; t++) {
                System.arraycopy(all[t], 0, context, (t - from) * f, f);
            }
            try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(context), new long[] {1, end - from, f});
                 OrtSession.Result result = session.session().run(Map.of(input, tensor))) {
                float[] next = last((OnnxTensor) result.get(0), end - from);
                if (next.length != f) {
                    throw new IllegalArgumentException("the model gives " + next.length + " values per step where it reads " + f
                            + ": it does not predict its own next input");
                }
                all[end] = next;
            }
        }
        return java.util.Arrays.copyOfRange(all, prime.length, all.length);
    }

    /** The output at the last of {@code length} steps, [1, T, K]. */
    private static float[] last(OnnxTensor output, int length) {
        long[] shape = output.getInfo().getShape();
        if (output.getInfo().type != OnnxJavaType.FLOAT || shape.length != 3 || shape[1] != length) {
            throw new IllegalArgumentException("the model's first output is " + java.util.Arrays.toString(shape)
                    + ", not a prediction per step [N, T, K]: generation continues a next-step model");
        }
        int k = (int) shape[2];
        FloatBuffer buffer = output.getFloatBuffer();
        float[] row = new float[k];
        buffer.position((length - 1) * k);
        buffer.get(row);
        return row;
    }

    /** A token from softmax(logits / temperature) among the {@code topK} best of the first {@code allowed}; the best at temperature 0. */
    static int choose(float[] logits, int allowed, double temperature, int topK, SplittableRandom random) {
        Integer[] order = new Integer[allowed];
        for (int i = 0; i < allowed; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Float.compare(logits[b], logits[a]));
        if (temperature <= 0) {
            return order[0];
        }
        int kept = topK > 0 ? Math.min(topK, allowed) : allowed;
        double[] weights = new double[kept];
        double sum = 0;
        for (int i = 0; i < kept; i++) {
            weights[i] = Math.exp((logits[order[i]] - logits[order[0]]) / temperature);
            sum += weights[i];
        }
        double u = random.nextDouble() * sum;
        for (int i = 0; i < kept; i++) {
            u -= weights[i];
            if (u < 0) {
                return order[i];
            }
        }
        return order[kept - 1];
    }

    @Override
    public void close() throws OrtException {
        session.close();
    }
}
