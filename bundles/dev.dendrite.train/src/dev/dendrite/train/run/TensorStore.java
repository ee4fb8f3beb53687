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
