package dev.dendrite.onnx.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.Networks;
import dev.dendrite.model.network.Graph;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.gnn.GraphInput;
import dev.dendrite.model.network.sequence.Embedding;
import dev.dendrite.model.shape.Dim;
import dev.dendrite.model.shape.LayerShapes;
import dev.dendrite.model.shape.ShapeResult;
import dev.dendrite.model.shape.Value;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.reference.Ints;
import dev.dendrite.onnx.reference.Nd;
import dev.dendrite.onnx.reference.ReferenceForward;
import dev.dendrite.onnx.weights.ParameterSpec;
import dev.dendrite.onnx.weights.ParameterSpecs;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/** Exports a network with random weights, runs it in ONNX Runtime and compares with the plain-Java reference. */
final class ExportHarness {

    static final int BATCH = 2;
    static final int STEPS = 4;
    static final int NODES = 7;

    private final Random random;

    ExportHarness(long seed) {
        random = new Random(seed);
    }

    /** Random values for every parameter, with positive variances so that BatchNorm is well defined. */
    Weights randomWeights(Network network, ShapeResult shapes) {
        Weights weights = new Weights();
        List<Layer> layers = new ArrayList<>(network.getLayers());
        network.getBlocks().forEach(b -> layers.addAll(b.getLayers()));
        for (Layer layer : layers) {
            LayerShapes layerShapes = shapes.of(layer);
            if (layerShapes == null) {
                continue;
            }
            for (ParameterSpec spec : ParameterSpecs.of(layer, layerShapes.inputs())) {
                FloatTensor tensor = FloatTensor.zeros(spec.shape());
                double scale = spec.fanIn() > 0 ? 1.5 / Math.sqrt(spec.fanIn()) : 0.5;
                for (int i = 0; i < tensor.size(); i++) {
                    tensor.values()[i] = spec.name().equals("var") ? 0.5f + random.nextFloat()
                            : (float) ((random.nextDouble() * 2 - 1) * scale);
                }
                weights.put(layer.getId(), spec.name(), tensor);
            }
        }
        return weights;
    }

    /** Random inputs for every Input/GraphInput of the network, by the names the exporter uses. */
    Map<String, Object> randomInputs(Network network, ShapeResult shapes) {
        Map<String, Object> inputs = new HashMap<>();
        for (Layer layer : network.getLayers()) {
            if (layer instanceof Input input) {
                Value value = shapes.of(layer).outputs().values().iterator().next();
                long[] shape = concrete(value);
                if (value.type() == Value.ElementType.INT64) {
                    long[] ids = new long[(int) count(shape)];
                    int vocabulary = vocabularyFor(network, input);
                    for (int i = 0; i < ids.length; i++) {
                        ids[i] = random.nextInt(vocabulary);
                    }
                    inputs.put(layer.getId(), new Ints(shape, ids));
                } else {
                    inputs.put(layer.getId(), randomNd(shape));
                }
            } else if (layer instanceof GraphInput graph) {
                inputs.put(layer.getId(), randomNd(new long[] {NODES, graph.getNodeFeatures()}));
                long[] batch = {0, 0, 0, 1, 1, 1, 1};
                int edges = 12;
                long[][] index = new long[2][edges];
                for (int e = 0; e < edges; e++) {
                    long g = graph.isBatched() ? random.nextInt(2) : 0;
                    index[0][e] = pick(batch, g, graph.isBatched());
                    index[1][e] = pick(batch, g, graph.isBatched());
                }
                inputs.put(layer.getId() + ":edges", Ints.edges(index));
                if (graph.getEdgeFeatures() > 0) {
                    inputs.put(layer.getId() + ":" + dev.dendrite.model.ports.Ports.EDGE_FEATURES, randomNd(new long[] {edges, graph.getEdgeFeatures()}));
                }
                if (graph.isBatched()) {
                    inputs.put(layer.getId() + ":batch", new Ints(new long[] {NODES}, batch));
                }
            }
        }
        return inputs;
    }

    private long pick(long[] batch, long graph, boolean batched) {
        while (true) {
            int node = random.nextInt(NODES);
            if (!batched || batch[node] == graph) {
                return node;
            }
        }
    }

    private static int vocabularyFor(Network network, Input input) {
        return network.getLayers().stream().flatMap(l -> l instanceof dev.dendrite.model.network.BlockInstance b
                ? b.getBlock().getLayers().stream() : java.util.stream.Stream.of(l))
                .filter(Embedding.class::isInstance)
                .mapToInt(l -> ((Embedding) l).getVocabularySize()).min().orElse(4);
    }

    Nd randomNd(long[] shape) {
        Nd nd = Nd.zeros(shape);
        for (int i = 0; i < nd.v.length; i++) {
            nd.v[i] = (float) (random.nextGaussian());
        }
        return nd;
    }

    static long[] concrete(Value value) {
        long[] shape = new long[value.rank()];
        for (int i = 0; i < shape.length; i++) {
            Dim dim = value.shape().dim(i);
            shape[i] = dim.isFixed() ? dim.size() : dim.toString().equals("T") ? STEPS : BATCH;
        }
        return shape;
    }

    static long count(long[] shape) {
        long count = 1;
        for (long d : shape) {
            count *= d;
        }
        return count;
    }

    /** Exports, runs and compares every output; returns the export for further checks. */
    ExportResult check(Network network, double tolerance) throws Exception {
        Networks.Inspection inspection = Networks.inspect(network);
        assertFalse(inspection.hasErrors(), inspection.diagnostic().toString());
        Weights weights = randomWeights(network, inspection.shapes());
        ExportResult export = OnnxExporter.export(network, weights, "test");
        Map<String, Object> inputs = randomInputs(network, inspection.shapes());
        // The reference computes with the weights the test supplied: an exporter that ignored them (and initialised its own)
        // must fail here, which comparing against the exporter's own weights could never show.
        assertEquals(export.weights().flat().keySet(), weights.flat().keySet(), "the test supplies every parameter");
        Map<Layer, Map<String, Object>> reference = new ReferenceForward(weights).run(network, inputs);
        OrtEnvironment env = OnnxRuntime.environment();
        Map<String, OnnxTensor> feeds = new HashMap<>();
        try (ModelSession session = OnnxRuntime.open(export.model().toByteArray(), network.getName(), RuntimeSettings.forIde())) {
            for (String name : export.inputs()) {
                Object value = inputs.get(name);
                assertNotNull(value, "no test input for " + name);
                feeds.put(name, value instanceof Ints ints ? OnnxTensor.createTensor(env, LongBuffer.wrap(ints.values()), ints.shape())
                        : OnnxTensor.createTensor(env, FloatBuffer.wrap(toFloats((Nd) value)), ((Nd) value).shape));
            }
            try (OrtSession.Result result = session.session().run(feeds)) {
                assertFalse(export.outputs().isEmpty(), "the model has outputs");
                for (String name : export.outputs()) {
                    String[] origin = export.outputOrigins().get(name).split(":");
                    Object expected = reference.get(find(network, origin[0])).get(origin[1]);
                    OnnxValue actual = result.get(name).orElseThrow();
                    compare(name, expected, (OnnxTensor) actual, tolerance);
                }
            }
        } finally {
            feeds.values().forEach(OnnxTensor::close);
        }
        return export;
    }

    /** Runs a model on inputs (by input name) and returns its outputs in declaration order. */
    static List<float[]> run(ai.onnx.proto.OnnxMl.ModelProto model, Map<String, Object> inputs) throws Exception {
        OrtEnvironment env = OnnxRuntime.environment();
        Map<String, OnnxTensor> feeds = new HashMap<>();
        List<float[]> outputs = new ArrayList<>();
        try (ModelSession session = OnnxRuntime.open(model.toByteArray(), "model", RuntimeSettings.forIde())) {
            for (var input : model.getGraph().getInputList()) {
                Object value = inputs.get(input.getName());
                assertNotNull(value, "no test input for " + input.getName());
                feeds.put(input.getName(), value instanceof Ints ints
                        ? OnnxTensor.createTensor(env, LongBuffer.wrap(ints.values()), ints.shape())
                        : OnnxTensor.createTensor(env, FloatBuffer.wrap(toFloats((Nd) value)), ((Nd) value).shape));
            }
            try (OrtSession.Result result = session.session().run(feeds)) {
                for (var output : model.getGraph().getOutputList()) {
                    OnnxTensor tensor = (OnnxTensor) result.get(output.getName()).orElseThrow();
                    FloatBuffer buffer = tensor.getFloatBuffer();
                    float[] values = new float[buffer.remaining()];
                    buffer.get(values);
                    outputs.add(values);
                }
            }
        } finally {
            feeds.values().forEach(OnnxTensor::close);
        }
        return outputs;
    }

    private static Layer find(Graph network, String id) {
        return network.getLayers().stream().filter(l -> id.equals(l.getId())).findFirst().orElseThrow();
    }

    private static void compare(String name, Object expected, OnnxTensor actual, double tolerance) throws Exception {
        long[] shape = actual.getInfo().getShape();
        if (expected instanceof Ints ints) {
            assertArrayEquals(ints.shape(), shape, name + " shape");
            long[] values = new long[(int) count(shape)];
            actual.getLongBuffer().get(values);
            assertArrayEquals(ints.values(), values, name);
            return;
        }
        Nd nd = (Nd) expected;
        assertArrayEquals(nd.shape, shape, name + " shape");
        float[] values = new float[(int) count(shape)];
        actual.getFloatBuffer().get(values);
        assertEquals(nd.v.length, values.length);
        for (int i = 0; i < values.length; i++) {
            double error = Math.abs(values[i] - nd.v[i]);
            if (!(error <= tolerance * (1 + Math.abs(nd.v[i])))) {
                fail(name + "[" + i + "]: ONNX Runtime gave " + values[i] + ", the reference " + nd.v[i] + " (error " + error + ")");
            }
        }
    }

    private static float[] toFloats(Nd nd) {
        float[] values = new float[nd.v.length];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) nd.v[i];
        }
        return values;
    }
}
