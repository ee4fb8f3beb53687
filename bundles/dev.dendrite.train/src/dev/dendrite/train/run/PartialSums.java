package dev.dendrite.train.run;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.DoubleBuffer;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.train.graph.StagedGraphs.Combine;

/**
 * A staged step's partial sums: each slice's value written by ONNX Runtime straight into a direct
 * buffer owned here (a pinned output), and the slices' sum into one more, which the next part reads.
 * Copying each slice's value out of native memory and the sum back in took 3–4 ms of resnet-small's
 * 83 ms step at batch 128 (the additions 0.1–0.3 ms). A partial's shape and type are learnt from its
 * first, unpinned run; the buffers are reused step after step, so a sum is valid until the next step.
 */
final class PartialSums implements AutoCloseable {

    /** One partial's buffers: per slice (by index) and the sum. */
    private static final class Buffers {
        final OnnxJavaType type;
        final long[] shape;
        final int elements;
        final List<OnnxTensor> slices = new ArrayList<>();
        final OnnxTensor sum;

        Buffers(OnnxJavaType type, long[] shape, int elements) throws OrtException {
            this.type = type;
            this.shape = shape;
            this.elements = elements;
            this.sum = direct(type, shape, elements);
        }
    }

    private final Map<String, Buffers> buffers = new HashMap<>();

    /**
     * Whether the slices' runs write {@code names} into pinned buffers: once every one's layout is
     * known (all or none, so a run pins every partial it has), with a buffer for each of
     * {@code slices} slices. Called before a stage's replicas start, so that they only read.
     */
    boolean prepare(Collection<String> names, int slices) throws OrtException {
        if (names.isEmpty() || !buffers.keySet().containsAll(names)) {
            return false;
        }
        for (String name : names) {
            grow(buffers.get(name), slices);
        }
        return true;
    }

    /** Slice {@code slice}'s buffers of {@code names}, for {@link OrtSession#run(Map, Set, Map)}. */
    Map<String, OnnxTensor> outputs(Collection<String> names, int slice) {
        Map<String, OnnxTensor> outputs = new HashMap<>();
        for (String name : names) {
            outputs.put(name, buffers.get(name).slices.get(slice));
        }
        return outputs;
    }

    /**
     * The slices' values of {@code name} added in slice order (means weighted by the slices' shares),
     * in a tensor owned here. {@code pinned}: the slices wrote into their buffers; otherwise their
     * values are in {@code results} and teach the partial's layout.
     */
    OnnxTensor sum(String name, Combine combine, OrtSession.Result[] results, boolean pinned, int[] rows, int total) throws OrtException {
        Buffers b = buffers.get(name);
        if (!pinned) {
            OnnxTensor first = (OnnxTensor) results[0].get(name).orElseThrow();
            if (b == null) {
                OnnxJavaType type = first.getInfo().type;
                if (type != OnnxJavaType.FLOAT && type != OnnxJavaType.DOUBLE && type != OnnxJavaType.INT64) {
                    throw new IllegalStateException("the partial " + name + " is " + type + ", not float, double or int64");
                }
                b = new Buffers(type, first.getInfo().getShape(), (int) first.getInfo().getNumElements());
                buffers.put(name, b);
            }
            grow(b, results.length);
            for (int j = 0; j < results.length; j++) {
                copy((OnnxTensor) results[j].get(name).orElseThrow(), b.slices.get(j), b.type);
            }
        }
        add(b, combine, results.length, rows, total);
        return b.sum;
    }

    private static void add(Buffers b, Combine combine, int slices, int[] rows, int total) {
        switch (b.type) {
            case FLOAT -> {
                float[] sum = new float[b.elements];
                for (int j = 0; j < slices; j++) {
                    FloatBuffer values = (FloatBuffer) b.slices.get(j).getBufferRef().orElseThrow();
                    if (combine == Combine.MEAN) {
                        float weight = (float) rows[j] / total;
                        for (int i = 0; i < sum.length; i++) {
                            sum[i] += values.get(i) * weight;
                        }
                    } else {
                        for (int i = 0; i < sum.length; i++) {
                            sum[i] += values.get(i);
                        }
                    }
                }
                ((FloatBuffer) b.sum.getBufferRef().orElseThrow()).put(0, sum);
            }
            case DOUBLE -> {
                double[] sum = new double[b.elements];
                for (int j = 0; j < slices; j++) {
                    DoubleBuffer values = (DoubleBuffer) b.slices.get(j).getBufferRef().orElseThrow();
                    double weight = combine == Combine.MEAN ? (double) rows[j] / total : 1;
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += values.get(i) * weight;
                    }
                }
                ((DoubleBuffer) b.sum.getBufferRef().orElseThrow()).put(0, sum);
            }
            default -> {
                long[] sum = new long[b.elements];
                for (int j = 0; j < slices; j++) {
                    LongBuffer values = (LongBuffer) b.slices.get(j).getBufferRef().orElseThrow();
                    for (int i = 0; i < sum.length; i++) {
                        sum[i] += values.get(i);
                    }
                }
                ((LongBuffer) b.sum.getBufferRef().orElseThrow()).put(0, sum);
            }
        }
    }

    private static void grow(Buffers b, int slices) throws OrtException {
        while (b.slices.size() < slices) {
            b.slices.add(direct(b.type, b.shape, b.elements));
        }
    }

    private static void copy(OnnxTensor from, OnnxTensor to, OnnxJavaType type) {
        switch (type) {
            case FLOAT -> ((FloatBuffer) to.getBufferRef().orElseThrow()).put(0, from.getFloatBuffer().array());
            case DOUBLE -> ((DoubleBuffer) to.getBufferRef().orElseThrow()).put(0, from.getDoubleBuffer().array());
            default -> ((LongBuffer) to.getBufferRef().orElseThrow()).put(0, from.getLongBuffer().array());
        }
    }

    /** A tensor over a direct buffer in native order, which ONNX Runtime reads and writes in place. */
    static OnnxTensor direct(OnnxJavaType type, long[] shape, int elements) throws OrtException {
        ByteBuffer bytes = ByteBuffer.allocateDirect(Math.max(1, elements) * (type == OnnxJavaType.FLOAT ? Float.BYTES : Long.BYTES)).order(ByteOrder.nativeOrder());
        return switch (type) {
            case FLOAT -> OnnxTensor.createTensor(OnnxRuntime.environment(), bytes.asFloatBuffer().limit(elements), shape);
            case DOUBLE -> OnnxTensor.createTensor(OnnxRuntime.environment(), bytes.asDoubleBuffer().limit(elements), shape);
            default -> OnnxTensor.createTensor(OnnxRuntime.environment(), bytes.asLongBuffer().limit(elements), shape);
        };
    }

    @Override
    public void close() {
        for (Buffers b : buffers.values()) {
            b.slices.forEach(OnnxTensor::close);
            b.sum.close();
        }
        buffers.clear();
    }
}
