package dev.dendrite.analysis.prediction;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.GraphDataset;

/**
 * A graph network on graphs of one's own: each graph run alone, its node features, edge index and
 * (a graph classifier's) node-to-graph assignment fed by the input names an exported graph network
 * has, the outputs read as class scores per graph or per node as {@link Predictions} reads them.
 */
public final class GraphPredictions {

    /**
     * @param predictions one per graph (graph classification) or per node, graph after graph
     * @param perNode whether the model gives a row per node
     * @param owners each prediction's graph and node (−1 for a graph's own)
     */
    public record Result(List<Predictions.Prediction> predictions, boolean perNode, List<int[]> owners) {
    }

    private GraphPredictions() {
    }

    /** Whether a model's inputs are a graph network's: node features and an edge index ({@code ID:edges}). */
    public static boolean isGraphModel(java.util.Collection<String> inputs) {
        return inputs.stream().anyMatch(i -> i.endsWith(":edges"));
    }

    /**
     * Runs {@code model} on each graph.
     *
     * @throws IllegalArgumentException naming a graph whose features do not fit the model, or outputs neither per graph nor per node
     */
    public static Result of(byte[] model, String modelName, List<GraphDataset.Graph> graphs, Boolean classifier, int topK)
            throws OrtException, ModelLoadException {
        List<float[]> rows = new ArrayList<>();
        List<int[]> owners = new ArrayList<>();
        int width = -1;
        Boolean perNode = null;
        try (ModelSession session = OnnxRuntime.open(model, modelName, RuntimeSettings.forTrainer())) {
            for (int g = 0; g < graphs.size(); g++) {
                GraphDataset.Graph graph = graphs.get(g);
                Output out = run(session, graph, g);
                if (perNode == null && graph.nodes() > 1) {
                    perNode = out.rows() == graph.nodes();
                }
                int expected = Boolean.TRUE.equals(perNode) ? graph.nodes() : 1;
                if (out.rows() != expected || width >= 0 && out.values().length != expected * width) {
                    throw new IllegalArgumentException("graph " + g + " gives " + out.rows() + " output rows, not " + (expected == 1 ? "one"
                            : "one per node (" + expected + ")") + " as the graphs before");
                }
                width = out.values().length / expected;
                for (int r = 0; r < expected; r++) {
                    rows.add(java.util.Arrays.copyOfRange(out.values(), r * width, (r + 1) * width));
                    owners.add(new int[] {g, Boolean.TRUE.equals(perNode) ? r : -1});
                }
            }
        }
        float[] values = new float[rows.size() * width];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, values, i * width, width);
        }
        List<float[]> inputs = java.util.Collections.nCopies(rows.size(), new float[0]);
        return new Result(Predictions.read(values, width, inputs, false, classifier, topK), Boolean.TRUE.equals(perNode), owners);
    }

    /** A graph's outputs and their rows (a per-node output's first dimension). */
    private record Output(float[] values, long rows) {
    }

    /** A graph's edge features [E, D] for a model that reads them. */
    private static OnnxTensor edgeFeatures(ModelSession session, String input, GraphDataset.Graph graph, int index) throws OrtException {
        long[] declared = session.inputShape(input);
        int edges = graph.edges().length;
        int width = edges == 0 ? (int) declared[1] : graph.edgeFeatures().length / edges;
        if (edges > 0 && width != declared[1]) {
            throw new IllegalArgumentException("graph " + index + " has " + (width == 0 ? "no edge features (\"edgeFeatures\")" : width
                    + " features per edge") + "; the model reads " + declared[1]);
        }
        float[] values = edges == 0 ? new float[0] : graph.edgeFeatures();
        return OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(values), new long[] {edges, width});
    }

    /** The model's first output for {@code graph} alone. */
    private static Output run(ModelSession session, GraphDataset.Graph graph, int index) throws OrtException {
        int features = graph.features().length / graph.nodes();
        Map<String, OnnxTensor> feeds = new HashMap<>();
        try {
            for (String input : session.inputNames()) {
                OnnxTensor tensor = switch (GraphDataset.fieldFeeding(input)) {
                    case GraphDataset.EDGES -> {
                        long[] index2 = new long[2 * graph.edges().length];
                        for (int e = 0; e < graph.edges().length; e++) {
                            index2[e] = graph.edges()[e][0];
                            index2[graph.edges().length + e] = graph.edges()[e][1];
                        }
                        yield OnnxTensor.createTensor(OnnxRuntime.environment(), LongBuffer.wrap(index2), new long[] {2, graph.edges().length});
                    }
                    case GraphDataset.BATCH -> OnnxTensor.createTensor(OnnxRuntime.environment(), LongBuffer.wrap(new long[graph.nodes()]),
                            new long[] {graph.nodes()});
                    case GraphDataset.EDGE_FEATURES -> edgeFeatures(session, input, graph, index);
                    default -> {
                        long[] declared = session.inputShape(input);
                        if (declared.length == 2 && declared[1] > 0 && declared[1] != features) {
                            throw new IllegalArgumentException("graph " + index + " has " + features + " features per node; the model reads "
                                    + declared[1]);
                        }
                        yield OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(graph.features()),
                                new long[] {graph.nodes(), features});
                    }
                };
                feeds.put(input, tensor);
            }
            try (OrtSession.Result result = session.session().run(feeds)) {
                OnnxTensor tensor = (OnnxTensor) result.get(0);
                FloatBuffer buffer = tensor.getFloatBuffer();
                float[] out = new float[buffer.remaining()];
                buffer.get(out);
                long[] shape = tensor.getInfo().getShape();
                return new Output(out, shape.length < 2 ? 1 : shape[0]);
            }
        } finally {
            feeds.values().forEach(OnnxTensor::close);
        }
    }
}
