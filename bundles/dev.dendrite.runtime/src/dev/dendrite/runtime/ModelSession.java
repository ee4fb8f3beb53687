package dev.dendrite.runtime;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.OrtSession.SessionOptions;

/**
 * An open ONNX Runtime session with the device it really runs on.
 *
 * <p>{@link #fallbackReason()} is present when CUDA was requested and the session runs on CPU
 * instead; callers show it to the user once.
 */
public final class ModelSession implements AutoCloseable {

    private final OrtSession session;
    private final SessionOptions options;
    private final Device device;
    private final Optional<String> fallbackReason;
    private final int blockedConvolutions;

    ModelSession(OrtSession session, SessionOptions options, Device device, Optional<String> fallbackReason, int blockedConvolutions) {
        this.session = session;
        this.blockedConvolutions = blockedConvolutions;
        this.options = options;
        this.device = device;
        this.fallbackReason = fallbackReason;
    }

    /** The underlying session, for callers that manage their own tensors (the trainer keeps them native). */
    public OrtSession session() {
        return session;
    }

    public Device device() {
        return device;
    }

    /** How many of the model's convolutions run in ONNX Runtime's blocked layout ({@link BlockedConvolutions}). */
    public int blockedConvolutions() {
        return blockedConvolutions;
    }

    public Optional<String> fallbackReason() {
        return fallbackReason;
    }

    /** Ends a profiled session's trace (see {@link RuntimeSettings#withProfiling}); returns the trace file's path. */
    public String endProfiling() throws OrtException {
        return session.endProfiling();
    }

    public Set<String> inputNames() {
        return session.getInputNames();
    }

    public Set<String> outputNames() {
        return session.getOutputNames();
    }

    /** The shape the model declares for input {@code name}, -1 where a dimension is symbolic. */
    public long[] inputShape(String name) throws OrtException {
        return ((ai.onnxruntime.TensorInfo) session.getInputInfo().get(name).getInfo()).getShape();
    }

    /**
     * Runs the model on float inputs and copies every float output back to Java.
     * Convenient for small models, checks and tests; hot loops use {@link #session()} directly.
     */
    public Map<String, FloatArray> runFloats(Map<String, FloatArray> inputs) throws OrtException {
        Map<String, OnnxTensor> tensors = new HashMap<>();
        try {
            for (Map.Entry<String, FloatArray> input : inputs.entrySet()) {
                tensors.put(input.getKey(), input.getValue().toTensor(OnnxRuntime.environment()));
            }
            Map<String, FloatArray> outputs = new HashMap<>();
            try (OrtSession.Result result = session.run(tensors)) {
                for (Map.Entry<String, OnnxValue> output : result) {
                    if (output.getValue() instanceof OnnxTensor tensor) {
                        outputs.put(output.getKey(), FloatArray.of(tensor));
                    }
                }
            }
            return outputs;
        } finally {
            tensors.values().forEach(OnnxTensor::close);
        }
    }

    @Override
    public void close() throws OrtException {
        try {
            session.close();
        } finally {
            options.close();
        }
    }
}
