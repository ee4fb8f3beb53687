package dev.dendrite.train.run;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * The update's outputs (the new parameters and optimizer state, loss, accuracy, norms) written by
 * ONNX Runtime into one of two sets of tensors owned here (pinned outputs). A step's new parameters
 * are the next step's inputs ({@link TensorStore}), so each step writes into the set its inputs are
 * not in: never over what it reads, and a step whose result was dropped (the next one reading the
 * same inputs again) writes over that result, which nobody holds. A set's values are valid until the
 * step after next. The sets are learnt from the first run at a batch size, unpinned; another batch
 * size (an epoch's last, smaller batch) runs unpinned.
 */
final class UpdateOutputs implements AutoCloseable {

    private final List<Map<String, OnnxTensor>> sets = new ArrayList<>();
    private int learntRows = -1;

    /** The set a step of {@code rows} samples reading {@code inputs} writes into, or null: it runs unpinned and {@link #learn}s. */
    Map<String, OnnxTensor> target(int rows, Collection<OnnxTensor> inputs) {
        if (sets.isEmpty() || rows != learntRows) {
            return null;
        }
        Set<OnnxTensor> read = Collections.newSetFromMap(new IdentityHashMap<>());
        read.addAll(inputs);
        for (OnnxTensor tensor : sets.get(0).values()) {
            if (read.contains(tensor)) {
                return sets.get(1);
            }
        }
        return sets.get(0);
    }

    /** Learns both sets from an unpinned run's result at {@code rows} samples, unless learnt; none where an output is not a float, double or int64 tensor. */
    void learn(int rows, OrtSession.Result result) throws OrtException {
        if (rows == learntRows) {
            return;
        }
        close();
        for (int set = 0; set < 2; set++) {
            Map<String, OnnxTensor> tensors = SliceOutputs.buffersLike(result);
            if (tensors == null) {
                // Remembered as none at this batch size, so it is not taught again every step.
                close();
                break;
            }
            sets.add(tensors);
        }
        learntRows = rows;
    }

    @Override
    public void close() {
        sets.forEach(set -> set.values().forEach(OnnxTensor::close));
        sets.clear();
        learntRows = -1;
    }
}
