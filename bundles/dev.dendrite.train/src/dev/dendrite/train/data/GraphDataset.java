package dev.dendrite.train.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Graphs as samples: node features, an undirected or directed edge list (perhaps with features per
 * edge), and a label per graph or per node. A batch is the disjoint union of its graphs, as graph
 * networks take them: node features {@code nodes} [V, F] concatenated, {@code edges} [2, E] with node
 * ids offset per graph, {@code edgeFeatures} [E, D] in the edges' order where the set has them,
 * {@code batch} [V] (each node's graph in the batch) and {@code labels} ([graphs] or [V]).
 */
public final class GraphDataset implements BatchSource {

    /**
     * One graph: features [nodes × F] row-major, edges as (source, target) pairs, its label(s), and each
     * edge's features [edges × D] row-major in the edges' order (empty where the set has none).
     */
    public record Graph(int nodes, float[] features, int[][] edges, long[] labels, float[] edgeFeatures) {

        private static final float[] NONE = new float[0];

        public Graph {
            for (int[] edge : edges) {
                if (edge.length != 2 || edge[0] < 0 || edge[1] < 0 || edge[0] >= nodes || edge[1] >= nodes) {
                    throw new IllegalArgumentException("edge " + java.util.Arrays.toString(edge) + " does not join two of the graph's "
                            + nodes + " nodes (0 to " + (nodes - 1) + ")");
                }
            }
            if (edgeFeatures.length > 0 && (edges.length == 0 || edgeFeatures.length % edges.length != 0)) {
                throw new IllegalArgumentException(edgeFeatures.length + " edge feature values do not make a row for each of the graph's "
                        + edges.length + " edges");
            }
        }

        /** A graph without edge features. */
        public Graph(int nodes, float[] features, int[][] edges, long[] labels) {
            this(nodes, features, edges, labels, NONE);
        }

        /** The graph with {@code kept} edges (indices into {@link #edges()}), their features with them. */
        public Graph withEdges(int[] kept) {
            int[][] edgesKept = new int[kept.length][];
            int width = edges.length == 0 ? 0 : edgeFeatures.length / edges.length;
            float[] featuresKept = new float[kept.length * width];
            for (int k = 0; k < kept.length; k++) {
                edgesKept[k] = edges[kept[k]];
                System.arraycopy(edgeFeatures, kept[k] * width, featuresKept, k * width, width);
            }
            return new Graph(nodes, features, edgesKept, labels, featuresKept);
        }
    }

    public static final String NODES = "nodes";
    public static final String EDGES = "edges";
    public static final String BATCH = "batch";
    public static final String EDGE_FEATURES = "edgeFeatures";
    public static final String LABELS = "labels";

    /**
     * The field that feeds a graph network's input, by the input's name as the exporter and the
     * training graphs give it: {@code ID:edges} the edge index, {@code ID:edgeFeatures} the edges'
     * features, {@code ID:batch} each node's graph, {@code ID} the node features.
     */
    public static String fieldFeeding(String input) {
        return input.endsWith(":edges") ? EDGES : input.endsWith(":" + EDGE_FEATURES) ? EDGE_FEATURES
                : input.endsWith(":batch") ? BATCH : NODES;
    }

    private final String name;
    private final List<Graph> graphs;
    private final int features;
    private final int edgeFeatures;
    private final int classes;
    private final boolean nodeLabels;

    /** A set without edge features. */
    public GraphDataset(String name, List<Graph> graphs, int features, int classes, boolean nodeLabels) {
        this(name, graphs, features, 0, classes, nodeLabels);
    }

    /**
     * @param edgeFeatures each edge's feature count D (0: none)
     * @param nodeLabels labels per node (node classification) rather than one per graph
     * @throws IllegalArgumentException naming the first graph whose features or labels do not fit
     */
    public GraphDataset(String name, List<Graph> graphs, int features, int edgeFeatures, int classes, boolean nodeLabels) {
        this.name = name;
        this.graphs = List.copyOf(graphs);
        this.features = features;
        this.edgeFeatures = edgeFeatures;
        this.classes = classes;
        this.nodeLabels = nodeLabels;
        for (int i = 0; i < graphs.size(); i++) {
            Graph g = graphs.get(i);
            if (g.features().length != g.nodes() * features) {
                throw new IllegalArgumentException(name + ": graph " + i + " has " + g.features().length + " feature values for " + g.nodes()
                        + " nodes, not " + features + " per node");
            }
            if (g.edgeFeatures().length != g.edges().length * edgeFeatures) {
                throw new IllegalArgumentException(name + ": graph " + i + " has " + g.edgeFeatures().length + " edge feature values for "
                        + g.edges().length + " edges, not " + edgeFeatures + " per edge");
            }
            if (g.labels().length != (nodeLabels ? g.nodes() : 1)) {
                throw new IllegalArgumentException(name + ": graph " + i + " has " + g.labels().length + " labels, not "
                        + (nodeLabels ? "one per node (" + g.nodes() + ")" : "one"));
            }
        }
    }

    public List<Graph> graphs() {
        return graphs;
    }

    public boolean nodeLabels() {
        return nodeLabels;
    }

    /** Each edge's feature count D; 0 where the set has none. */
    public int edgeFeatures() {
        return edgeFeatures;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int size() {
        return graphs.size();
    }

    @Override
    public List<Field> fields() {
        List<Field> fields = new ArrayList<>(List.of(new Field(NODES, Field.Role.INPUT, Field.ElementType.FLOAT, List.of("V", (long) features)),
                new Field(EDGES, Field.Role.INPUT, Field.ElementType.INT64, List.of("E", 2L))));
        if (edgeFeatures > 0) {
            fields.add(new Field(EDGE_FEATURES, Field.Role.INPUT, Field.ElementType.FLOAT, List.of("E", (long) edgeFeatures)));
        }
        fields.add(new Field(BATCH, Field.Role.INPUT, Field.ElementType.INT64, List.of("V")));
        fields.add(new Field(LABELS, Field.Role.TARGET, Field.ElementType.INT64, nodeLabels ? List.of("V") : List.of()));
        return fields;
    }

    @Override
    public int classes() {
        return classes;
    }

    @Override
    public Batch batch(int[] order, int from, int rows) {
        int nodes = 0;
        int edges = 0;
        for (int k = 0; k < rows; k++) {
            Graph g = graphs.get(order[from + k]);
            nodes += g.nodes();
            edges += g.edges().length;
        }
        float[] x = new float[nodes * features];
        long[] index = new long[2 * edges];
        float[] edgeX = new float[edges * edgeFeatures];
        long[] assignment = new long[nodes];
        long[] labels = new long[nodeLabels ? nodes : rows];
        int node = 0;
        int edge = 0;
        for (int k = 0; k < rows; k++) {
            Graph g = graphs.get(order[from + k]);
            System.arraycopy(g.features(), 0, x, node * features, g.features().length);
            System.arraycopy(g.edgeFeatures(), 0, edgeX, edge * edgeFeatures, g.edgeFeatures().length);
            for (int[] e : g.edges()) {
                index[edge] = node + e[0];
                index[edges + edge] = node + e[1];
                edge++;
            }
            java.util.Arrays.fill(assignment, node, node + g.nodes(), k);
            if (nodeLabels) {
                System.arraycopy(g.labels(), 0, labels, node, g.nodes());
            } else {
                labels[k] = g.labels()[0];
            }
            node += g.nodes();
        }
        Map<String, HostTensor> tensors = new LinkedHashMap<>();
        tensors.put(NODES, HostTensor.of(new long[] {nodes, features}, x));
        tensors.put(EDGES, HostTensor.of(new long[] {2, edges}, index));
        if (edgeFeatures > 0) {
            tensors.put(EDGE_FEATURES, HostTensor.of(new long[] {edges, edgeFeatures}, edgeX));
        }
        tensors.put(BATCH, HostTensor.of(new long[] {nodes}, assignment));
        tensors.put(LABELS, HostTensor.of(new long[] {labels.length}, labels));
        Map<String, Long> dims = new LinkedHashMap<>();
        dims.put("N", (long) rows);
        dims.put("V", (long) nodes);
        dims.put("E", (long) edges);
        return new Batch(rows, tensors, dims);
    }

    @Override
    public GraphDataset subset(int[] indices, String suffix) {
        List<Graph> picked = new ArrayList<>();
        for (int i : indices) {
            picked.add(graphs.get(i));
        }
        return new GraphDataset(name + suffix, picked, features, edgeFeatures, classes, nodeLabels);
    }
}
