package dev.dendrite.analysis.evaluation;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.train.data.GraphDataset;

/**
 * Copies of one graph, each perhaps altered (its features scaled or noised, a node's features
 * zeroed, an edge left out with its features), joined into one disjoint graph as a training batch joins graphs, so
 * that one run of a graph network scores them all: every copy keeps the graph's nodes, so node
 * {@code v} of copy {@code k} is row {@code k·V + v} of a per-node output, copy {@code k} row
 * {@code k} of a per-graph one.
 */
final class GraphCopies {

    private final int nodes;
    private final int features;
    private final List<float[]> copies = new ArrayList<>();
    private final List<int[][]> edges = new ArrayList<>();
    private final List<float[]> edgeFeatures = new ArrayList<>();

    GraphCopies(int nodes, int features) {
        this.nodes = nodes;
        this.features = features;
    }

    /** Adds a copy: its features ({@code nodes × features}) and the edges of {@code withEdges} (node ids of the graph itself) with their features. */
    void add(float[] x, GraphDataset.Graph withEdges) {
        copies.add(x);
        edges.add(withEdges.edges());
        edgeFeatures.add(withEdges.edgeFeatures());
    }

    int size() {
        return copies.size();
    }

    /**
     * One run of {@code session} over the copies: the outputs named, by name. A gradient model is also fed {@code seed}
     * ({@link Saliency#SEED}, one row per output row) and α = 1 ({@link PathScaling#ALPHA}); a plain one gets neither.
     */
    Map<String, float[]> run(ModelSession session, float[] seed, int width, Set<String> outputs) throws OrtException {
        Map<String, float[]> values = new HashMap<>();
        values(session, seed, width, outputs).forEach((name, value) -> values.put(name, (float[]) value));
        return values;
    }

    /** As {@link #run}, the outputs as float[] or long[] by their type (an int64 output: an edge index a layer computed). */
    Map<String, Object> values(ModelSession session, float[] seed, int width, Set<String> outputs) throws OrtException {
        Map<String, OnnxTensor> feeds = new LinkedHashMap<>();
        try {
            for (String input : session.inputNames()) {
                OnnxTensor tensor = switch (input) {
                    case Saliency.SEED -> OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(seed),
                            new long[] {seed.length / width, width});
                    case PathScaling.ALPHA -> PathScaling.alpha(1);
                    default -> GraphDataset.fieldFeeding(input).equals(GraphDataset.EDGE_FEATURES)
                            ? edgeFeatures(session.inputShape(input)[1])
                            : tensor(GraphDataset.fieldFeeding(input));
                };
                feeds.put(input, tensor);
            }
            try (OrtSession.Result result = session.session().run(feeds, outputs)) {
                Map<String, Object> values = new HashMap<>();
                for (String name : outputs) {
                    OnnxTensor tensor = (OnnxTensor) result.get(name).orElseThrow();
                    if (tensor.getInfo().type == ai.onnxruntime.OnnxJavaType.INT64) {
                        LongBuffer buffer = tensor.getLongBuffer();
                        long[] out = new long[buffer.remaining()];
                        buffer.get(out);
                        values.put(name, out);
                    } else {
                        FloatBuffer buffer = tensor.getFloatBuffer();
                        float[] out = new float[buffer.remaining()];
                        buffer.get(out);
                        values.put(name, out);
                    }
                }
                return values;
            }
        } finally {
            feeds.values().forEach(OnnxTensor::close);
        }
    }

    /** The copies as the field a graph network's input reads: node features, edge index or each node's copy. */
    private OnnxTensor tensor(String field) throws OrtException {
        int n = copies.size();
        switch (field) {
            case GraphDataset.NODES -> {
                float[] x = new float[n * nodes * features];
                for (int k = 0; k < n; k++) {
                    System.arraycopy(copies.get(k), 0, x, k * nodes * features, nodes * features);
                }
                return OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(x), new long[] {(long) n * nodes, features});
            }
            case GraphDataset.EDGES -> {
                int total = edges.stream().mapToInt(e -> e.length).sum();
                long[] index = new long[2 * total];
                int at = 0;
                for (int k = 0; k < n; k++) {
                    for (int[] e : edges.get(k)) {
                        index[at] = (long) k * nodes + e[0];
                        index[total + at] = (long) k * nodes + e[1];
                        at++;
                    }
                }
                return OnnxTensor.createTensor(OnnxRuntime.environment(), LongBuffer.wrap(index), new long[] {2, total});
            }
            default -> {
                long[] batch = new long[n * nodes];
                for (int i = 0; i < batch.length; i++) {
                    batch[i] = i / nodes;
                }
                return OnnxTensor.createTensor(OnnxRuntime.environment(), LongBuffer.wrap(batch), new long[] {batch.length});
            }
        }
    }

    /** The copies' edge features [E, width] in their edges' order. */
    private OnnxTensor edgeFeatures(long width) throws OrtException {
        int total = edges.stream().mapToInt(e -> e.length).sum();
        float[] values = new float[(int) (total * width)];
        int at = 0;
        for (int k = 0; k < copies.size(); k++) {
            if (edgeFeatures.get(k).length != edges.get(k).length * width) {
                throw new IllegalArgumentException("the model reads " + width + " features per edge; the graph has "
                        + (edgeFeatures.get(k).length == 0 ? "none" : edgeFeatures.get(k).length / Math.max(1, edges.get(k).length)));
            }
            System.arraycopy(edgeFeatures.get(k), 0, values, at, edgeFeatures.get(k).length);
            at += edgeFeatures.get(k).length;
        }
        return OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(values), new long[] {total, width});
    }

    /** The names of a session's inputs that are not the graph's own (a gradient model's seed and α). */
    static boolean isGraphInput(String input) {
        return !input.equals(Saliency.SEED) && !input.equals(PathScaling.ALPHA);
    }

    /** The first of {@code inputs} that feeds node features. */
    static String nodeInput(Collection<String> inputs) {
        return inputs.stream().filter(GraphCopies::isGraphInput).filter(i -> GraphDataset.fieldFeeding(i).equals(GraphDataset.NODES)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the model reads no node features"));
    }
}
