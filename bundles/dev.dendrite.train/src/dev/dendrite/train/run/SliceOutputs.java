package dev.dendrite.train.run;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * The replicas' outputs of each slice (its weighted gradients, loss and accuracy), written by ONNX
 * Runtime into tensors owned here (pinned outputs) instead of tensors it allocates and Java wraps and
 * closes again on every run: a LeNet-5 replica's run of 12 outputs took 1.53-1.58 ms pinned against
 * 1.55-1.73 (docs/benchmarks/replicas.md, "Pinned replica and update outputs"). A slice's buffers are
 * learnt from its first run at a row count, unpinned, and used while the slice keeps that count (an
 * epoch's last, smaller batch runs unpinned and teaches its own). They are rewritten every step:
 * valid until the next.
 */
final class SliceOutputs implements AutoCloseable {

    private final List<Map<String, OnnxTensor>> buffers = new ArrayList<>();
    private final List<Integer> learntRows = new ArrayList<>();

    /** Slice {@code slice}'s buffers if learnt at {@code rows} rows, else null: the slice then runs unpinned and {@link #learn}s. */
    Map<String, OnnxTensor> pinned(int slice, int rows) {
        return learnt(slice, rows) && !buffers.get(slice).isEmpty() ? buffers.get(slice) : null;
    }

    private boolean learnt(int slice, int rows) {
        return slice < buffers.size() && learntRows.get(slice) == rows;
    }

    /**
     * Learns slice {@code slice}'s buffers at {@code rows} rows from a result of an unpinned run, unless
     * they are learnt: one buffer per output, of its shape and type. A result with an output other than
     * a float, double or int64 tensor teaches none, and the slice keeps running unpinned at that count.
     */
    void learn(int slice, int rows, OrtSession.Result result) throws OrtException {
        if (learnt(slice, rows)) {
            return;
        }
        // A result that cannot be pinned is remembered as none, so the slice is not taught again every step.
        Map<String, OnnxTensor> learnt = java.util.Objects.requireNonNullElse(buffersLike(result), Map.of());
        while (buffers.size() <= slice) {
            buffers.add(Map.of());
            learntRows.add(-1);
        }
        buffers.get(slice).values().forEach(OnnxTensor::close);
        buffers.set(slice, learnt);
        learntRows.set(slice, rows);
    }

    /**
     * A tensor over a direct buffer for each of {@code result}'s outputs, of its shape and type, for
     * ONNX Runtime to write into; null where an output is not a float, double or int64 tensor.
     */
    static Map<String, OnnxTensor> buffersLike(OrtSession.Result result) throws OrtException {
        Map<String, OnnxTensor> buffers = new HashMap<>();
        for (Map.Entry<String, OnnxValue> output : result) {
            if (!(output.getValue() instanceof OnnxTensor tensor) || !List.of(OnnxJavaType.FLOAT, OnnxJavaType.DOUBLE, OnnxJavaType.INT64)
                    .contains(tensor.getInfo().type)) {
                buffers.values().forEach(OnnxTensor::close);
                return null;
            }
            buffers.put(output.getKey(), PartialSums.direct(tensor.getInfo().type, tensor.getInfo().getShape(),
                    (int) tensor.getInfo().getNumElements()));
        }
        return buffers;
    }

    @Override
    public void close() {
        buffers.forEach(b -> b.values().forEach(OnnxTensor::close));
        buffers.clear();
        learntRows.clear();
    }
}
