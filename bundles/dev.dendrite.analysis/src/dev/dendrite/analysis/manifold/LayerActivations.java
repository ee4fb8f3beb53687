package dev.dendrite.analysis.manifold;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.analysis.evaluation.ModelProbes;
import dev.dendrite.analysis.evaluation.Saliency;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.run.ClassInputs;

/**
 * Every layer's activations for the same samples, read from a model file (no recording during
 * training needed): the model run with its layers' tensors as outputs more. Each layer's values are
 * a sample's row of all its units ({@code width} of them: channels × pixels for a feature map).
 *
 * @param layers the layers in the model's order, the input first
 * @param values per layer, {@code samples × width} values
 */
public record LayerActivations(List<String> layers, Map<String, float[]> values, int samples) {

    /** Operators that only reshape or pass on their input: their tensor is the one before them again. */
    private static final Set<String> PASSING = Set.of("Flatten", "Reshape", "Identity", "Dropout", "Squeeze", "Unsqueeze", "Transpose", "Cast");

    private static final int BATCH = 250;

    /** A layer's units per sample. */
    public int width(String layer) {
        return values.get(layer).length / samples;
    }

    /**
     * The tensors compared by default: the input, then each layer's output. A Dendrite export names each layer's node
     * {@code node/ID} and its output {@code ID}: those, where the model has them; else every node's first output. Shape
     * operators are left out (they repeat the tensor before them).
     */
    public static List<String> defaultLayers(ModelProto model) {
        List<String> layers = new ArrayList<>();
        layers.add(dataInput(model.getGraph()));
        List<NodeProto> nodes = model.getGraph().getNodeList().stream().filter(n -> !PASSING.contains(n.getOpType()) && n.getOutputCount() > 0
                && !n.getOpType().equals("Constant")).toList();
        // A layer's id has no slash; a layer lowered to several nodes names its inner tensors ID/part.
        List<NodeProto> named = nodes.stream().filter(n -> n.getName().equals("node/" + n.getOutput(0)) && !n.getOutput(0).contains("/")).toList();
        for (NodeProto node : named.isEmpty() ? nodes : named) {
            layers.add(node.getOutput(0));
        }
        return layers;
    }

    /**
     * The activations of {@code layers} (null: {@link #defaultLayers}) for the first {@code samples} samples of {@code data};
     * a model's {@link ClassInputs} read each sample's label.
     *
     * @throws IllegalArgumentException for a layer the model has no tensor of, a model not of one input besides its classes, or
     *         classes the data has no labels for
     */
    public static LayerActivations of(ModelProto model, Dataset data, int samples, List<String> layers) throws OrtException, ModelLoadException {
        String input = dataInput(model.getGraph());
        List<String> classInputs = ClassInputs.of(model.getGraph());
        if (!classInputs.isEmpty() && !data.hasLabels()) {
            throw new IllegalArgumentException("the model reads each sample's class at '" + String.join("', '", classInputs) + "', and "
                    + data.name() + " has no labels");
        }
        List<String> chosen = layers == null ? defaultLayers(model) : layers;
        Set<String> tensors = new java.util.HashSet<>();
        model.getGraph().getNodeList().forEach(n -> tensors.addAll(n.getOutputList()));
        List<String> exposed = new ArrayList<>();
        for (String layer : chosen) {
            if (!layer.equals(input) && !tensors.contains(layer)) {
                throw new IllegalArgumentException("the model has no layer '" + layer + "'; its layers are " + String.join(", ", defaultLayers(model)));
            }
            if (!layer.equals(input)) {
                exposed.add(layer);
            }
        }
        int n = Math.min(samples, data.size());
        int size = data.sampleSize();
        Map<String, float[]> values = new LinkedHashMap<>();
        try (ModelSession session = OnnxRuntime.open(ModelProbes.exposing(model, exposed).toByteArray(), "layer probe", RuntimeSettings
                .forTrainer())) {
            long[] shape = dev.dendrite.train.run.ModelOutputs.inputShape(session, input, size).clone();
            Map<String, List<float[]>> parts = new LinkedHashMap<>();
            chosen.forEach(l -> parts.put(l, new ArrayList<>()));
            for (int from = 0; from < n; from += BATCH) {
                int rows = Math.min(BATCH, n - from);
                float[] x = new float[rows * size];
                for (int i = 0; i < rows; i++) {
                    data.features(from + i, x, i * size);
                }
                shape[0] = rows;
                if (parts.containsKey(input)) {
                    parts.get(input).add(x);
                }
                if (exposed.isEmpty()) {
                    // Only the input asked for: nothing to run (ONNX Runtime refuses a run asking for no output).
                    continue;
                }
                Map<String, OnnxTensor> feeds = new HashMap<>();
                for (String classInput : classInputs) {
                    feeds.put(classInput, OnnxTensor.createTensor(OnnxRuntime.environment(), LongBuffer.wrap(ClassInputs.labels(data, from, rows)),
                            new long[] {rows, 1}));
                }
                try (OnnxTensor tensor = OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), shape);
                     OrtSession.Result result = session.session().run(with(feeds, input, tensor), Set.copyOf(exposed))) {
                    for (String layer : exposed) {
                        FloatBuffer buffer = ((OnnxTensor) result.get(layer).orElseThrow()).getFloatBuffer();
                        float[] read = new float[buffer.remaining()];
                        buffer.get(read);
                        parts.get(layer).add(read);
                    }
                } finally {
                    feeds.values().forEach(OnnxTensor::close);
                }
            }
            for (var entry : parts.entrySet()) {
                int total = entry.getValue().stream().mapToInt(a -> a.length).sum();
                float[] all = new float[total];
                int at = 0;
                for (float[] part : entry.getValue()) {
                    System.arraycopy(part, 0, all, at, part.length);
                    at += part.length;
                }
                values.put(entry.getKey(), all);
            }
        }
        return new LayerActivations(List.copyOf(chosen), values, n);
    }

    private static Map<String, OnnxTensor> with(Map<String, OnnxTensor> feeds, String input, OnnxTensor tensor) {
        Map<String, OnnxTensor> all = new HashMap<>(feeds);
        all.put(input, tensor);
        return all;
    }

    /**
     * The one input a model reads samples at, besides its {@link ClassInputs}.
     *
     * @throws IllegalArgumentException for a model of several
     */
    public static String dataInput(GraphProto graph) {
        List<String> classes = ClassInputs.of(graph);
        List<String> others = Saliency.dataInputs(graph).stream().map(ValueInfoProto::getName).filter(n -> !classes.contains(n))
                .toList();
        if (others.size() != 1) {
            throw new IllegalArgumentException("comparing layers needs a model of one input (besides a class, int64 [N, 1]), not of "
                    + others.size() + (others.isEmpty() ? "" : ": " + String.join(", ", others)));
        }
        return others.get(0);
    }
}
