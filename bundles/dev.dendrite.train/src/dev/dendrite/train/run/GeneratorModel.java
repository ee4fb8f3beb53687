package dev.dendrite.train.run;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.HashMap;
import java.util.Map;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;

/**
 * What a GAN's exported generator reads: noise vectors [N, K] and, for a conditional generator, each sample's class [N, 1]
 * (int64), whose count the class embedding's table gives; and the generator run on them in batches.
 *
 * @param noise the noise input's name
 * @param dims K, the noise's values per sample
 * @param classInput the class input's name; null for an unconditional generator
 * @param classes the classes it draws (0 to classes − 1); 0 for an unconditional generator
 */
public record GeneratorModel(String noise, int dims, String classInput, int classes) {

    private static final int BATCH = 256;

    /** @throws IllegalArgumentException where the model does not read noise vectors (and at most a class) */
    public static GeneratorModel of(ModelProto model) {
        String noise = null;
        int dims = 0;
        String classInput = null;
        java.util.Set<String> initialised = new java.util.HashSet<>();
        model.getGraph().getInitializerList().forEach(t -> initialised.add(t.getName()));
        for (ValueInfoProto input : model.getGraph().getInputList()) {
            if (initialised.contains(input.getName())) {
                continue;
            }
            var type = input.getType().getTensorType();
            var shape = type.getShape();
            boolean vector = shape.getDimCount() == 2 && shape.getDim(1).hasDimValue();
            if (type.getElemType() == TensorProto.DataType.INT64_VALUE && vector && shape.getDim(1).getDimValue() == 1 && classInput == null) {
                classInput = input.getName();
            } else if (type.getElemType() == TensorProto.DataType.FLOAT_VALUE && vector && noise == null) {
                noise = input.getName();
                dims = (int) shape.getDim(1).getDimValue();
            } else {
                throw new IllegalArgumentException("a generator reads noise vectors [N, K] and, if conditional, a class [N, 1]; the model's input '"
                        + input.getName() + "' is neither");
            }
        }
        if (noise == null) {
            throw new IllegalArgumentException("a generator reads noise vectors [N, K]; the model reads none");
        }
        return new GeneratorModel(noise, dims, classInput, classInput == null ? 0 : classes(model, classInput));
    }

    /** The rows of the table a Gather looks the class up in: the classes a model reading {@code classInput} knows. */
    public static int classes(ModelProto model, String classInput) {
        Map<String, TensorProto> initialisers = new HashMap<>();
        model.getGraph().getInitializerList().forEach(t -> initialisers.put(t.getName(), t));
        for (var node : model.getGraph().getNodeList()) {
            if (node.getOpType().equals("Gather") && node.getInputCount() == 2 && node.getInput(1).equals(classInput)
                    && initialisers.containsKey(node.getInput(0))) {
                return (int) initialisers.get(node.getInput(0)).getDims(0);
            }
        }
        throw new IllegalArgumentException("the generator's class input '" + classInput + "' is looked up in no embedding table, so its "
                + "classes cannot be told");
    }

    public boolean conditional() {
        return classInput != null;
    }

    /**
     * The generator's samples for {@code noise} (n × {@link #dims}, row-major) and, when conditional, {@code classes} (n of them),
     * each flat.
     */
    public float[][] run(ModelSession session, float[] noise, int[] classes) throws OrtException {
        int n = noise.length / dims;
        float[][] out = new float[n][];
        for (int from = 0; from < n; from += BATCH) {
            int rows = Math.min(BATCH, n - from);
            float[] part = java.util.Arrays.copyOfRange(noise, from * dims, (from + rows) * dims);
            Map<String, OnnxTensor> feeds = new HashMap<>();
            try {
                feeds.put(this.noise, OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(part), new long[] {rows, dims}));
                if (conditional()) {
                    long[] ids = new long[rows];
                    for (int i = 0; i < rows; i++) {
                        ids[i] = classes[from + i];
                    }
                    feeds.put(classInput, OnnxTensor.createTensor(OnnxRuntime.environment(), LongBuffer.wrap(ids), new long[] {rows, 1}));
                }
                try (OrtSession.Result result = session.session().run(feeds)) {
                    FloatBuffer buffer = ((OnnxTensor) result.get(0)).getFloatBuffer();
                    int size = buffer.remaining() / rows;
                    for (int i = 0; i < rows; i++) {
                        out[from + i] = new float[size];
                        buffer.get(out[from + i]);
                    }
                }
            } finally {
                feeds.values().forEach(OnnxTensor::close);
            }
        }
        return out;
    }

    /** Classes for {@code n} samples: {@code only} for all where it is 0 or more, else 0, 1, ..., classes − 1 in turn; null when unconditional. */
    public int[] classesFor(int n, int only) {
        if (!conditional()) {
            return null;
        }
        if (only >= classes) {
            throw new IllegalArgumentException("the generator draws classes 0 to " + (classes - 1) + ", not " + only);
        }
        int[] out = new int[n];
        for (int i = 0; i < n; i++) {
            out[i] = only >= 0 ? only : i % classes;
        }
        return out;
    }
}
