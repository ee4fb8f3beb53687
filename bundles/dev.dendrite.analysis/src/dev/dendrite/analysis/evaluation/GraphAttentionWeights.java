package dev.dendrite.analysis.evaluation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import ai.onnxruntime.OrtException;
import dev.dendrite.onnx.export.GraphAttentionLowering;
import dev.dendrite.runtime.ModelLoadException;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.data.GraphDataset;

/**
 * Whom each node of a graph attention network listens to: every GAT layer's coefficients α (a
 * softmax over each node's incoming edges, per head) on chosen graphs, summarised per head by how
 * spread they are (their entropy beside the uniform weights' ln d), the weight a node keeps on
 * itself, and, where the data labels nodes, the share of a node's attention to its neighbours
 * that goes to neighbours of its own class beside the share of such neighbours (what uniform
 * weights, as a GCN's mean, would give); where every edge's features are one-hot (a kind per edge, as
 * bond types), the share that goes to edges of each kind beside the share of such edges. The coefficients are the tensors Dendrite's export names
 * {@code LAYER/weights}, with the edges they weigh ({@code LAYER/edge_source}, {@code LAYER/edge_target}).
 */
public final class GraphAttentionWeights {

    /**
     * One head of a layer over the nodes read.
     *
     * @param entropy the mean over nodes with two or more incoming edges of −Σ α·ln α, in nats
     * @param uniformEntropy the same nodes' mean ln d (d: incoming edges, self-loop included): weights all alike
     * @param selfWeight the mean over nodes of the weight on the node's own self-loop (NaN without self-loops)
     * @param sameClass the mean over nodes with neighbours of the share of their attention to other nodes that
     *        goes to nodes of their own class (NaN where the data does not label nodes or the layer's nodes are not the input's)
     * @param sameClassUniform the same share with uniform weights: the share of same-class neighbours
     * @param edgeKinds per edge kind (the one-hot edge feature set), the mean over nodes with neighbours of the share of their
     *        attention to other nodes that arrives over edges of that kind; empty where the edges have no one-hot features or the
     *        layer's edges are not the input's
     * @param edgeKindsUniform the same shares with uniform weights: the share of such edges among a node's incoming ones
     */
    public record Head(int head, double entropy, double uniformEntropy, double selfWeight, double sameClass, double sameClassUniform,
            double[] edgeKinds, double[] edgeKindsUniform) {
    }

    /** One GAT layer: per head, over the graphs read; {@code edges}: the edges weighed (self-loops included). */
    public record Layer(String id, int headCount, long edges, List<Head> heads) {
    }

    /**
     * One graph's coefficients in one layer: α [E', H] row-major over the edges {@code source[e] → target[e]}
     * the layer weighs (the input's edges, then its self-loops; a pooled layer's renumbered ones).
     */
    public record Edges(String layer, long[] source, long[] target, float[] weights) {

        public int heads() {
            return source.length == 0 ? 0 : weights.length / source.length;
        }

        /** α of edge {@code edge} in head {@code head}. */
        public float weight(int edge, int head) {
            return weights[edge * heads() + head];
        }

        /**
         * Edges into each of {@code nodes} nodes, its self-loop counted once (d of a mean's 1/d): a layer appending loops scores the
         * input's own out (α = 0), as GATConv removes them.
         */
        public int[] incoming(int nodes) {
            int[] count = new int[nodes];
            boolean[] looped = new boolean[nodes];
            for (int e = 0; e < target.length; e++) {
                if (target[e] < nodes) {
                    if (source[e] == target[e]) {
                        looped[(int) target[e]] = true;
                    } else {
                        count[(int) target[e]]++;
                    }
                }
            }
            for (int i = 0; i < nodes; i++) {
                count[i] += looped[i] ? 1 : 0;
            }
            return count;
        }

        /** α·d: the edge's weight against its target's uniform share (1: as a mean weighs it). */
        public double relative(int edge, int head, int[] incoming) {
            int to = (int) target[edge];
            return weight(edge, head) * (to < incoming.length ? incoming[to] : 1);
        }

        /** The edges in the order a drawing puts them down: lightest first by {@link #relative}, so the heavy ones stay on top. */
        public int[] lightestFirst(int head, int[] incoming) {
            return java.util.stream.IntStream.range(0, source.length).boxed()
                    .sorted(java.util.Comparator.comparingDouble(e -> relative(e, head, incoming))).mapToInt(Integer::intValue).toArray();
        }

        /** Each of {@code nodes} nodes' weight on its own self-loop in head {@code head} (0 without one). */
        public double[] selfWeights(int head, int nodes) {
            double[] self = new double[nodes];
            for (int e = 0; e < source.length; e++) {
                if (source[e] == target[e] && target[e] < nodes) {
                    self[(int) target[e]] = weight(e, head);
                }
            }
            return self;
        }
    }

    /**
     * The coefficients of one graph read: per GAT layer, in the order of {@link Result#layers}; {@code edgeKinds} each of the
     * graph's edges' kind where its edge features are one-hot (else null).
     */
    public record GraphWeights(int graph, List<Edges> layers, int[] edgeKinds) {
    }

    /**
     * @param graphs the graphs read (indices in the data set); {@code nodes} their nodes
     * @param weights per graph read, every layer's coefficients
     */
    public record Result(int[] graphs, long nodes, List<Layer> layers, List<GraphWeights> weights) {
    }

    private GraphAttentionWeights() {
    }

    /** The graph attention layers of a Dendrite export, by the coefficients tensor each writes. */
    public static List<String> layers(ModelProto model) {
        Set<String> outputs = new HashSet<>();
        model.getGraph().getNodeList().forEach(node -> outputs.addAll(node.getOutputList()));
        List<String> ids = new ArrayList<>();
        String suffix = "/" + GraphAttentionLowering.WEIGHTS;
        for (NodeProto node : model.getGraph().getNodeList()) {
            String output = node.getOutputCount() == 1 ? node.getOutput(0) : "";
            if (node.getOpType().equals("Div") && output.endsWith(suffix)) {
                String id = output.substring(0, output.length() - suffix.length());
                if (outputs.contains(GraphAttentionLowering.tensor(id, GraphAttentionLowering.EDGE_SOURCE))) {
                    ids.add(id);
                }
            }
        }
        return ids;
    }

    /**
     * The attention of every GAT layer of {@code model} on {@code graphs} of {@code data}, each graph run on its own.
     *
     * @throws IllegalArgumentException when the model has no graph attention layer, or a graph is outside the data
     */
    public static Result of(ModelProto model, GraphDataset data, int[] graphs) throws OrtException, ModelLoadException {
        List<String> ids = layers(model);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("the model has no graph attention layer (no GraphAttention writing LAYER/"
                    + GraphAttentionLowering.WEIGHTS + ")");
        }
        for (int g : graphs) {
            if (g < 0 || g >= data.graphs().size()) {
                throw new IllegalArgumentException("graph " + g + " is outside the data set's graphs 0-" + (data.graphs().size() - 1));
            }
        }
        GraphProto.Builder graph = model.getGraph().toBuilder();
        Set<String> names = new LinkedHashSet<>();
        for (String id : ids) {
            for (String what : List.of(GraphAttentionLowering.WEIGHTS, GraphAttentionLowering.EDGE_SOURCE, GraphAttentionLowering.EDGE_TARGET)) {
                names.add(GraphAttentionLowering.tensor(id, what));
                graph.addOutput(ValueInfoProto.newBuilder().setName(GraphAttentionLowering.tensor(id, what)).build());
            }
        }
        ModelProto withWeights = model.toBuilder().setGraph(graph).build();
        boolean[] inputNodes = new boolean[ids.size()];
        Set<String> inputs = new HashSet<>();
        model.getGraph().getInputList().forEach(input -> inputs.add(input.getName()));
        for (int l = 0; l < ids.size(); l++) {
            inputNodes[l] = readsInputEdges(model, inputs, ids.get(l));
        }
        List<Tally> tallies = new ArrayList<>();
        List<GraphWeights> perGraph = new ArrayList<>();
        long nodes = 0;
        long[] edges = new long[ids.size()];
        try (ModelSession session = OnnxRuntime.open(withWeights.toByteArray(), "graph attention", RuntimeSettings.forTrainer())) {
            for (int g : graphs) {
                GraphDataset.Graph read = data.graphs().get(g);
                int[] kinds = edgeKinds(read, data.edgeFeatures());
                GraphCopies one = new GraphCopies(read.nodes(), read.features().length / read.nodes());
                one.add(read.features(), read);
                Map<String, Object> values = one.values(session, null, 1, names);
                nodes += read.nodes();
                List<Edges> layerEdges = new ArrayList<>();
                for (int l = 0; l < ids.size(); l++) {
                    String id = ids.get(l);
                    Edges weighed = new Edges(id, (long[]) values.get(GraphAttentionLowering.tensor(id, GraphAttentionLowering.EDGE_SOURCE)),
                            (long[]) values.get(GraphAttentionLowering.tensor(id, GraphAttentionLowering.EDGE_TARGET)),
                            (float[]) values.get(GraphAttentionLowering.tensor(id, GraphAttentionLowering.WEIGHTS)));
                    if (tallies.size() <= l) {
                        tallies.add(new Tally(weighed.heads()));
                    }
                    // Classes and edge kinds mean something where the layer's nodes and edges are the graph's (no pooling before it).
                    tallies.get(l).add(weighed, data.nodeLabels() && inputNodes[l] ? read.labels() : null, inputNodes[l] ? kinds : null,
                            data.edgeFeatures());
                    edges[l] += weighed.source().length;
                    layerEdges.add(weighed);
                }
                perGraph.add(new GraphWeights(g, layerEdges, kinds));
            }
        }
        List<Layer> layers = new ArrayList<>();
        for (int l = 0; l < ids.size(); l++) {
            layers.add(new Layer(ids.get(l), tallies.get(l).heads, edges[l], tallies.get(l).heads()));
        }
        return new Result(graphs.clone(), nodes, layers, perGraph);
    }

    /**
     * Whether the layer weighs the model's input edges (so its nodes are the input's): its edge rows are
     * gathered from a graph input, not from a pooling's renumbered edges.
     */
    private static boolean readsInputEdges(ModelProto model, Set<String> inputs, String id) {
        String rows = id + "/src";
        return model.getGraph().getNodeList().stream().anyMatch(node -> node.getOutputList().contains(rows) && node.getOpType().equals("Gather")
                && inputs.contains(node.getInput(0)));
    }

    /** Each edge's kind, the one feature set where its edge features are one-hot; null where any edge's are not. */
    static int[] edgeKinds(GraphDataset.Graph graph, int width) {
        if (width == 0) {
            return null;
        }
        int[] kinds = new int[graph.edges().length];
        for (int e = 0; e < kinds.length; e++) {
            kinds[e] = -1;
            for (int k = 0; k < width; k++) {
                float value = graph.edgeFeatures()[e * width + k];
                if (value == 1 && kinds[e] < 0) {
                    kinds[e] = k;
                } else if (value != 0) {
                    return null;
                }
            }
            if (kinds[e] < 0) {
                return null;
            }
        }
        return kinds;
    }

    /** One past the largest node id the edges name. */
    private static long layerNodes(long[] source, long[] target) {
        long largest = -1;
        for (int e = 0; e < source.length; e++) {
            largest = Math.max(largest, Math.max(source[e], target[e]));
        }
        return largest + 1;
    }

    /** Sums over the nodes of the graphs read, per head. */
    private static final class Tally {

        final int heads;
        final double[] entropy;
        final double[] uniformEntropy;
        final long[] spread;
        final double[] self;
        final long[] selfNodes;
        final double[] same;
        final double[] sameUniform;
        final long[] labelled;
        /** Per head and edge kind; null until a graph with one-hot edge features is added. */
        double[][] kind;
        double[][] kindUniform;
        final long[] kindNodes;

        Tally(int heads) {
            this.heads = heads;
            entropy = new double[heads];
            uniformEntropy = new double[heads];
            spread = new long[heads];
            self = new double[heads];
            selfNodes = new long[heads];
            same = new double[heads];
            sameUniform = new double[heads];
            labelled = new long[heads];
            kindNodes = new long[heads];
        }

        /**
         * One graph's coefficients α [E, H] over edges source → target; {@code kinds} the kind of each of the input's edges
         * (the first of the edges weighed; the self-loops follow), or null.
         */
        void add(Edges weighed, long[] labels, int[] kinds, int kindCount) {
            if (kinds != null && kind == null) {
                kind = new double[heads][kindCount];
                kindUniform = new double[heads][kindCount];
            }
            long[] source = weighed.source();
            long[] target = weighed.target();
            float[] alpha = weighed.weights();
            int nodes = (int) layerNodes(source, target);
            List<List<Integer>> incoming = new ArrayList<>();
            for (int v = 0; v < nodes; v++) {
                incoming.add(new ArrayList<>());
            }
            for (int e = 0; e < target.length; e++) {
                incoming.get((int) target[e]).add(e);
            }
            for (int v = 0; v < nodes; v++) {
                List<Integer> in = incoming.get(v);
                for (int h = 0; h < heads; h++) {
                    double entropySum = 0;
                    double selfSum = 0;
                    boolean hasSelf = false;
                    double others = 0;
                    double sameWeight = 0;
                    int neighbours = 0;
                    int sameNeighbours = 0;
                    double[] kindWeight = kinds == null ? null : new double[kindCount];
                    int[] kindEdges = kinds == null ? null : new int[kindCount];
                    for (int e : in) {
                        double a = alpha[e * heads + h];
                        entropySum -= a > 0 ? a * Math.log(a) : 0;
                        if (source[e] == v) {
                            selfSum += a;
                            hasSelf = true;
                            continue;
                        }
                        others += a;
                        neighbours++;
                        if (labels != null && labels[(int) source[e]] == labels[v]) {
                            sameWeight += a;
                            sameNeighbours++;
                        }
                        if (kinds != null && e < kinds.length) {
                            kindWeight[kinds[e]] += a;
                            kindEdges[kinds[e]]++;
                        }
                    }
                    if (in.size() >= 2) {
                        entropy[h] += entropySum;
                        uniformEntropy[h] += Math.log(in.size());
                        spread[h]++;
                    }
                    if (hasSelf) {
                        self[h] += selfSum;
                        selfNodes[h]++;
                    }
                    if (labels != null && neighbours > 0 && others > 0) {
                        same[h] += sameWeight / others;
                        sameUniform[h] += (double) sameNeighbours / neighbours;
                        labelled[h]++;
                    }
                    if (kinds != null && neighbours > 0 && others > 0) {
                        for (int k = 0; k < kindCount; k++) {
                            kind[h][k] += kindWeight[k] / others;
                            kindUniform[h][k] += (double) kindEdges[k] / neighbours;
                        }
                        kindNodes[h]++;
                    }
                }
            }
        }

        List<Head> heads() {
            List<Head> result = new ArrayList<>();
            for (int h = 0; h < heads; h++) {
                result.add(new Head(h, mean(entropy[h], spread[h]), mean(uniformEntropy[h], spread[h]), mean(self[h], selfNodes[h]),
                        mean(same[h], labelled[h]), mean(sameUniform[h], labelled[h]), means(kind, h, kindNodes[h]),
                        means(kindUniform, h, kindNodes[h])));
            }
            return result;
        }

        private static double mean(double sum, long count) {
            return count == 0 ? Double.NaN : sum / count;
        }

        private static double[] means(double[][] sums, int head, long count) {
            if (sums == null || count == 0) {
                return new double[0];
            }
            double[] means = new double[sums[head].length];
            for (int k = 0; k < means.length; k++) {
                means[k] = sums[head][k] / count;
            }
            return means;
        }
    }
}
