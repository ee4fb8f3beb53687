package dev.dendrite.analysis.quantization;

import java.nio.FloatBuffer;
import java.util.SplittableRandom;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnxruntime.OnnxTensor;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.Tensors;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Dataset;

/** Models and samples the quantization tests share. */
final class QuantizationModels {

    private QuantizationModels() {
    }

    /** A template exported with its initial weights, every BatchNormalization's statistics and affine parameters drawn at random (fresh ones are the identity). */
    static ModelProto exported(String template) throws Exception {
        ModelProto model = OnnxExporter.export(TemplateLibrary.find(template).orElseThrow().create(), new Weights(), "test").model();
        java.util.Set<String> statistics = new java.util.HashSet<>();
        for (var node : model.getGraph().getNodeList()) {
            if (node.getOpType().equals("BatchNormalization")) {
                statistics.addAll(node.getInputList().subList(1, 5));
            }
        }
        var graph = model.getGraph().toBuilder();
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < graph.getInitializerCount(); i++) {
            TensorProto t = graph.getInitializer(i);
            if (statistics.contains(t.getName())) {
                long[] shape = t.getDimsList().stream().mapToLong(Long::longValue).toArray();
                float[] values = new float[(int) java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b)];
                for (int k = 0; k < values.length; k++) {
                    values[k] = (float) (0.3 + 2 * random.nextDouble()) * (t.getName().endsWith("mean") || t.getName().endsWith("bias") ? -1 : 1);
                }
                graph.setInitializer(i, Tensors.floats(t.getName(), new FloatTensor(shape, values)));
            }
        }
        return model.toBuilder().setGraph(graph).build();
    }

    /** {@code count} samples of {@code shape}, uniform in [low, high), labelled 0 to 9 in turn. */
    static Dataset samples(long[] shape, int count, double low, double high, long seed) {
        int size = (int) java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        SplittableRandom random = new SplittableRandom(seed);
        float[] features = new float[count * size];
        for (int i = 0; i < features.length; i++) {
            features[i] = (float) (low + (high - low) * random.nextDouble());
        }
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = i % 10;
        }
        return Dataset.classification("samples", shape, features, labels, 10);
    }

    /** The model's first output for every sample, row after row. */
    static float[] outputs(ModelProto model, Dataset data, String sessionOptions) throws Exception {
        RuntimeSettings settings = RuntimeSettings.forTrainer().withThreads(1, 1);
        try (ModelSession session = OnnxRuntime.open(model.toByteArray(), "test", sessionOptions == null ? settings
                : settings.withSessionOptions(sessionOptions))) {
            String input = session.inputNames().iterator().next();
            long[] shape = new long[data.sampleShape().length + 1];
            shape[0] = data.size();
            System.arraycopy(data.sampleShape(), 0, shape, 1, data.sampleShape().length);
            float[] x = new float[data.size() * data.sampleSize()];
            for (int i = 0; i < data.size(); i++) {
                data.features(i, x, i * data.sampleSize());
            }
            try (OnnxTensor t = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), shape);
                 var result = session.session().run(java.util.Map.of(input, t))) {
                FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[] values = new float[out.remaining()];
                out.get(values);
                return values;
            }
        }
    }

    /** Mean |a − b| over mean |b|. */
    static double relativeError(float[] a, float[] b) {
        double difference = 0;
        double size = 0;
        for (int i = 0; i < a.length; i++) {
            difference += Math.abs(a[i] - b[i]);
            size += Math.abs(b[i]);
        }
        return difference / size;
    }
}
