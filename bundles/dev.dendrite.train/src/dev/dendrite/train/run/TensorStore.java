package dev.dendrite.train.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.onnx.weights.Weights;

/**
 * Parameters, buffers and optimizer state as native ONNX Runtime tensors. A step's outputs become
 * the next step's inputs without a copy through Java; the result that owns them is closed only
 * after the following step has run, when nothing reads them any more.
 */
final class TensorStore implements AutoCloseable {

    private final OrtEnvironment env;
    private final Map<String, OnnxTensor> current = new HashMap<>();
    private final List<OnnxTensor> created = new ArrayList<>();
    private OrtSession.Result previous;

    TensorStore(OrtEnvironment env) {
        this.env = env;
    }

    Map<String, OnnxTensor> current() {
        return current;
    }

    /** Replaces every tensor with the given values. */
    void load(Weights weights) throws OrtException {
        close();
        for (var entry : weights.flat().entrySet()) {
            OnnxTensor tensor = Feeds.tensor(env, entry.getValue());
            created.add(tensor);
            current.put(entry.getKey(), tensor);
        }
    }

    /** Takes the updated tensors of a step (output → input name); the result stays open until the next step. */
    void advance(OrtSession.Result result, Map<String, String> feedback) throws OrtException {
        for (var entry : feedback.entrySet()) {
            OnnxValue value = result.get(entry.getKey()).orElseThrow(() -> new IllegalStateException("missing output " + entry.getKey()));
            current.put(entry.getValue(), (OnnxTensor) value);
        }
        if (previous != null) {
            previous.close();
        }
        previous = result;
    }

    /** A data-parallel worker's tensors in key order, and the native buffers the averaged values go back into. */
    private List<String> flatKeys = List.of();
    private final Map<String, java.nio.FloatBuffer> averaged = new HashMap<>();

    /**
     * Every tensor's values, in key order, into one array with {@code extra} free slots at its end
     * ({@code reuse} when it has the length): what data-parallel workers average.
     */
    float[] flatten(float[] reuse, int extra) throws OrtException {
        flatKeys = List.copyOf(new java.util.TreeMap<>(current).keySet());
        long length = extra;
        for (String key : flatKeys) {
            length += current.get(key).getInfo().getNumElements();
        }
        if (length > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("too many values to average in one array: " + length);
        }
        float[] flat = reuse != null && reuse.length == length ? reuse : new float[(int) length];
        int at = 0;
        for (String key : flatKeys) {
            java.nio.FloatBuffer values = current.get(key).getFloatBuffer();
            int n = values.remaining();
            values.get(flat, at, n);
            at += n;
        }
        return flat;
    }

    /**
     * Replaces every tensor {@link #flatten} read with the values at the same place of {@code flat}.
     * They go into native buffers kept from one call to the next: ONNX Runtime reads them without a
     * copy, and by the next call no step reads the tensors they back any more (a step's outputs
     * replaced them, or they are overwritten with the same averaged values).
     */
    void unflatten(float[] flat) throws OrtException {
        Map<String, OnnxTensor> replaced = new HashMap<>();
        int at = 0;
        for (String key : flatKeys) {
            OnnxTensor old = current.get(key);
            long[] shape = old.getInfo().getShape();
            int n = (int) old.getInfo().getNumElements();
            java.nio.FloatBuffer buffer = averaged.get(key);
            if (buffer == null || buffer.capacity() != n) {
                buffer = java.nio.ByteBuffer.allocateDirect(n * Float.BYTES).order(java.nio.ByteOrder.nativeOrder()).asFloatBuffer();
                averaged.put(key, buffer);
            }
            buffer.clear();
            buffer.put(flat, at, n).flip();
            at += n;
            replaced.put(key, OnnxTensor.createTensor(env, buffer, shape));
        }
        // Nothing reads the previous step's outputs or the earlier tensors now: every key has a new tensor.
        if (previous != null) {
            previous.close();
            previous = null;
        }
        created.forEach(OnnxTensor::close);
        created.clear();
        created.addAll(replaced.values());
        current.putAll(replaced);
    }

    /** A Java copy of every tensor (for checkpoints and the exported model). */
    Weights snapshot() throws OrtException {
        Weights weights = new Weights();
        for (var entry : new java.util.TreeMap<>(current).entrySet()) {
            String[] parts = Weights.split(entry.getKey());
            weights.put(parts[0], parts[1], Feeds.copy(entry.getValue()));
        }
        return weights;
    }

    @Override
    public void close() {
        if (previous != null) {
            previous.close();
            previous = null;
        }
        created.forEach(OnnxTensor::close);
        created.clear();
        current.clear();
    }
}
