package dev.dendrite.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.data.GraphData;
import dev.dendrite.train.data.GraphDataset;
import dev.dendrite.train.run.GraphOutputs;

/**
 * Saliency of graph networks against the model run on altered graphs: node gradients against finite differences and the
 * receptive field of two GCN layers, occlusion against the graph run without the node or edge, integrated gradients'
 * completeness, and graph samples of a graph classifier.
 */
class GraphSaliencyTest {

    private static final ModelProto GCN = exported("gcn-node-classifier");
    private static final GraphDataset COMMUNITIES = GraphData.communities(2, 7);

    @Test
    void nodeGradientsMatchFiniteDifferencesAndStopTwoHopsAway() throws Exception {
        int node = busiestNode(COMMUNITIES.graphs().get(1));
        int sample = COMMUNITIES.graphs().get(0).nodes() + node;
        GraphSaliency.Explanation e = GraphSaliency.of(GCN, COMMUNITIES, new int[] {sample}, new int[] {-1}, Saliency.Method.GRADIENT)
                .explanations().get(0);
        assertEquals(1, e.graph());
        assertEquals(node, e.node());
        GraphDataset.Graph graph = COMMUNITIES.graphs().get(1);
        int[] hops = hops(graph, node);
        int near = 0;
        for (int v = 0; v < graph.nodes(); v++) {
            if (hops[v] > 2) {
                // Two GCN layers read two hops: beyond them a node's features cannot move the output.
                assertEquals(0f, e.nodeScores()[v], "node " + v + " is " + hops[v] + " hops away");
            } else if (near++ < 4) {
                assertEquals(finiteDifferenceLength(graph, node, e.explained(), v), e.nodeScores()[v], 2e-3 + 2e-2 * e.nodeScores()[v],
                        "node " + v + " at " + hops[v] + " hops");
            }
        }
        assertTrue(Arrays.stream(hops).filter(h -> h == 1).count() > 0);
        for (int v = 0; v < graph.nodes(); v++) {
            if (hops[v] == 1) {
                assertTrue(e.nodeScores()[v] > 0, "a neighbour moves the output");
            }
        }
        // Input × gradient sums each node's features times their gradient: signed, zero where the features are.
        GraphSaliency.Explanation product = GraphSaliency.of(GCN, COMMUNITIES, new int[] {sample}, new int[] {e.explained()},
                Saliency.Method.INPUT_X_GRADIENT).explanations().get(0);
        for (int v = 0; v < graph.nodes(); v++) {
            if (hops[v] > 2) {
                assertEquals(0f, product.nodeScores()[v]);
            }
        }
        assertTrue(Arrays.stream(toDoubles(product.nodeScores())).anyMatch(s -> s < 0), "input × gradient keeps its sign");
    }

    @Test
    void occlusionScoresAreTheDropsOfTheGraphRunWithoutTheNodeOrEdge() throws Exception {
        GraphDataset.Graph graph = COMMUNITIES.graphs().get(0);
        int node = busiestNode(graph);
        GraphSaliency.Explanation e = GraphSaliency.of(GCN, COMMUNITIES, new int[] {node}, new int[] {2}, Saliency.Method.OCCLUSION)
                .explanations().get(0);
        assertEquals(2, e.explained());
        double before = output(GCN, graph, node, 2);
        assertEquals(before, e.output(), 1e-5);
        // Every undirected edge is scored once; those at the node by the model run without both directions.
        assertEquals(graph.edges().length / 2, e.edges().length);
        int checked = 0;
        for (int u = 0; u < e.edges().length && checked < 3; u++) {
            int[] cut = e.edges()[u];
            if (cut[0] != node && cut[1] != node) {
                continue;
            }
            int[][] kept = Arrays.stream(graph.edges()).filter(x -> !(x[0] == cut[0] && x[1] == cut[1] || x[0] == cut[1] && x[1] == cut[0]))
                    .toArray(int[][]::new);
            assertEquals(graph.edges().length - 2, kept.length);
            double without = output(GCN, new GraphDataset.Graph(graph.nodes(), graph.features(), kept, graph.labels()), node, 2);
            assertEquals(before - without, e.edgeScores()[u], 1e-4, "edge " + cut[0] + "-" + cut[1]);
            checked++;
        }
        assertEquals(3, checked);
        // A neighbour's score: the drop with its features zeroed and its edges left out.
        int neighbour = Arrays.stream(graph.edges()).filter(x -> x[0] == node).findFirst().orElseThrow()[1];
        float[] zeroed = graph.features().clone();
        int features = zeroed.length / graph.nodes();
        Arrays.fill(zeroed, neighbour * features, (neighbour + 1) * features, 0f);
        int[][] kept = Arrays.stream(graph.edges()).filter(x -> x[0] != neighbour && x[1] != neighbour).toArray(int[][]::new);
        double without = output(GCN, new GraphDataset.Graph(graph.nodes(), zeroed, kept, graph.labels()), node, 2);
        assertEquals(before - without, e.nodeScores()[neighbour], 1e-4);
        // A feature's score: the drop with that feature zeroed at every node.
        float[] featureless = graph.features().clone();
        for (int v = 0; v < graph.nodes(); v++) {
            featureless[v * features + 5] = 0;
        }
        assertEquals(before - output(GCN, new GraphDataset.Graph(graph.nodes(), featureless, graph.edges(), graph.labels()), node, 2),
                e.featureScores()[5], 1e-4);
    }

    @Test
    void integratedGradientsAddUpToTheOutputsChangeFromZeroFeatures() throws Exception {
        GraphDataset.Graph graph = COMMUNITIES.graphs().get(0);
        for (int node : new int[] {busiestNode(graph), 3}) {
            GraphSaliency.Explanation e = GraphSaliency.of(GCN, COMMUNITIES, new int[] {node}, new int[] {-1},
                    Saliency.Method.INTEGRATED_GRADIENTS).explanations().get(0);
            double atZero = output(GCN, new GraphDataset.Graph(graph.nodes(), new float[graph.features().length], graph.edges(), graph.labels()),
                    node, e.explained());
            assertEquals(atZero, e.baseline(), 1e-5);
            double change = e.output() - e.baseline();
            assertEquals(change, e.nodeSum(), 0.02 * Math.abs(change) + 1e-4, "node " + node);
            // Summed per feature instead of per node: the same attributions.
            double byFeature = 0;
            for (float f : e.featureScores()) {
                byFeature += f;
            }
            assertEquals(e.nodeSum(), byFeature, 1e-4 * (1 + Math.abs(byFeature)));
            assertEquals(8, e.featureScores().length);
        }
    }

    @Test
    void aGraphClassifierIsExplainedPerGraph() throws Exception {
        ModelProto model = exported("mp-graph-classifier");
        GraphDataset cycles = GraphData.motifs("cycles", 6, 3);
        GraphSaliency.Result result = GraphSaliency.of(model, cycles, new int[] {4, 1}, new int[] {-1, 0}, Saliency.Method.GRADIENT);
        assertEquals(false, result.perNode());
        GraphSaliency.Explanation e = result.explanations().get(1);
        assertEquals(1, e.graph());
        assertEquals(-1, e.node());
        assertEquals(0, e.explained());
        GraphDataset.Graph graph = cycles.graphs().get(1);
        assertEquals(graph.nodes(), e.nodeScores().length);
        double before = output(model, graph, -1, 0);
        assertEquals(before, e.output(), 1e-5);
        int[] cut = e.edges()[0];
        int[][] kept = Arrays.stream(graph.edges()).filter(x -> !(x[0] == cut[0] && x[1] == cut[1] || x[0] == cut[1] && x[1] == cut[0]))
                .toArray(int[][]::new);
        assertEquals(before - output(model, new GraphDataset.Graph(graph.nodes(), graph.features(), kept, graph.labels()), -1, 0),
                e.edgeScores()[0], 1e-4);
        assertTrue(Arrays.stream(toDoubles(e.nodeScores())).anyMatch(s -> s > 0));
    }

    @Test
    void whatCannotBeExplainedIsNamed() {
        ModelProto graphModel = exported("mp-graph-classifier");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GraphSaliency.of(GCN, COMMUNITIES, new int[] {0}, new int[] {-1},
                Saliency.Method.GRAD_CAM)).getMessage().contains("grad-cam reads the feature maps of pictures"));
        assertEquals("sample 80 is outside the split's nodes (0-79)", assertThrows(IllegalArgumentException.class,
                () -> GraphSaliency.of(GCN, COMMUNITIES, new int[] {80}, new int[] {-1}, Saliency.Method.GRADIENT)).getMessage());
        // A graph classifier's one row per graph against labels per node.
        GraphDataset perNode = new GraphDataset("per-node", List.of(new GraphDataset.Graph(3, new float[12], new int[][] {{0, 1}, {1, 0}},
                new long[] {0, 1, 0})), 4, 2, true);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GraphSaliency.of(graphModel, perNode, new int[] {1}, new int[] {-1},
                Saliency.Method.OCCLUSION)).getMessage().contains("not a row per node as the data's labels (per node)"));
    }

    @Test
    void edgesAreScoredOnceWhereBothDirectionsArePresent() {
        int[][] units = GraphSaliency.edgeUnits(new int[][] {{1, 0}, {0, 1}, {1, 2}, {3, 3}});
        assertEquals("[[0, 1], [1, 2], [3, 3]]", Arrays.deepToString(units));
    }

    /** The explained output of the plain model for {@code graph} alone: node {@code node}'s row, or the graph's. */
    /**
     * A molecule's bonds left out take their types with them: each edge's occlusion score is the drop of the graph run without it;
     * each bond type's, the drop with it zeroed on every bond.
     */
    @Test
    void occludedEdgesLeaveWithTheirFeatures() throws Exception {
        ModelProto bonds = exported("mp-bond-classifier");
        GraphDataset molecules = dev.dendrite.train.data.MoleculeData.bonds(2, 7);
        GraphDataset.Graph graph = molecules.graphs().get(1);
        GraphSaliency.Explanation e = GraphSaliency.of(bonds, molecules, new int[] {1}, new int[] {1}, Saliency.Method.OCCLUSION)
                .explanations().get(0);
        double before = moleculeOutput(bonds, graph);
        assertEquals(before, e.output(), 1e-5);
        assertEquals(graph.edges().length / 2, e.edges().length);
        for (int u = 0; u < e.edges().length; u++) {
            int[] cut = e.edges()[u];
            List<int[]> kept = new java.util.ArrayList<>();
            float[] keptTypes = new float[graph.edgeFeatures().length - 6];
            for (int i = 0; i < graph.edges().length; i++) {
                int[] edge = graph.edges()[i];
                if (!(edge[0] == cut[0] && edge[1] == cut[1] || edge[0] == cut[1] && edge[1] == cut[0])) {
                    System.arraycopy(graph.edgeFeatures(), 3 * i, keptTypes, 3 * kept.size(), 3);
                    kept.add(edge);
                }
            }
            assertEquals(graph.edges().length - 2, kept.size());
            GraphDataset.Graph without = new GraphDataset.Graph(graph.nodes(), graph.features(), kept.toArray(int[][]::new), graph.labels(),
                    keptTypes);
            assertEquals(before - moleculeOutput(bonds, without), e.edgeScores()[u], 1e-4, "bond " + cut[0] + "-" + cut[1]);
        }
        // Each bond type's score: the drop with that type's feature zeroed on every bond.
        assertEquals(3, e.edgeFeatureScores().length);
        for (int f = 0; f < 3; f++) {
            float[] zeroed = graph.edgeFeatures().clone();
            for (int edge = 0; edge < graph.edges().length; edge++) {
                zeroed[3 * edge + f] = 0;
            }
            double without = moleculeOutput(bonds, new GraphDataset.Graph(graph.nodes(), graph.features(), graph.edges(), graph.labels(), zeroed));
            assertEquals(before - without, e.edgeFeatureScores()[f], 1e-4, "bond type " + f);
        }
        assertEquals(0, GraphSaliency.of(GCN, COMMUNITIES, new int[] {0}, new int[] {0}, Saliency.Method.OCCLUSION).explanations().get(0)
                .edgeFeatureScores().length, "a graph without edge features has no scores for them");
    }

    private static double moleculeOutput(ModelProto model, GraphDataset.Graph graph) throws Exception {
        GraphOutputs out = GraphOutputs.of(model.toByteArray(), "plain", new GraphDataset("one", List.of(graph), 3, 3, 2, false));
        return out.values()[1];
    }

    private static double output(ModelProto model, GraphDataset.Graph graph, int node, int c) throws Exception {
        int features = graph.features().length / graph.nodes();
        GraphOutputs out = GraphOutputs.of(model.toByteArray(), "plain", new GraphDataset("one", List.of(graph), features, 4, node >= 0));
        return out.values()[Math.max(node, 0) * out.width() + c];
    }

    /** The length of the explained output's gradient over node {@code v}'s features, by central differences. */
    private static double finiteDifferenceLength(GraphDataset.Graph graph, int node, int c, int v) throws Exception {
        int features = graph.features().length / graph.nodes();
        double sum = 0;
        double h = 1e-2;
        for (int f = 0; f < features; f++) {
            float[] x = graph.features().clone();
            x[v * features + f] += (float) h;
            double up = output(GCN, new GraphDataset.Graph(graph.nodes(), x, graph.edges(), graph.labels()), node, c);
            x[v * features + f] -= (float) (2 * h);
            double down = output(GCN, new GraphDataset.Graph(graph.nodes(), x, graph.edges(), graph.labels()), node, c);
            double d = (up - down) / (2 * h);
            sum += d * d;
        }
        return Math.sqrt(sum);
    }

    private static int[] hops(GraphDataset.Graph graph, int from) {
        int[] hops = new int[graph.nodes()];
        Arrays.fill(hops, Integer.MAX_VALUE);
        hops[from] = 0;
        ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int[] e : graph.edges()) {
                if (e[0] == v && hops[e[1]] == Integer.MAX_VALUE) {
                    hops[e[1]] = hops[v] + 1;
                    queue.add(e[1]);
                }
            }
        }
        return hops;
    }

    private static int busiestNode(GraphDataset.Graph graph) {
        int[] degree = new int[graph.nodes()];
        for (int[] e : graph.edges()) {
            degree[e[0]]++;
        }
        int best = 0;
        for (int v = 1; v < degree.length; v++) {
            best = degree[v] > degree[best] ? v : best;
        }
        return best;
    }

    private static double[] toDoubles(float[] values) {
        double[] d = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            d[i] = values[i];
        }
        return d;
    }

    /**
     * The template's model, its biases drawn at random: with the fresh zero biases a ReLU GCN is positively homogeneous, where
     * x · ∇f(x) = f(x) − f(0) holds at the sample alone and integrated gradients' path would go untested.
     */
    private static ModelProto exported(String template) {
        Network network = TemplateLibrary.find(template).orElseThrow().create();
        ModelProto model;
        try {
            model = OnnxExporter.export(network, new Weights(), "test").model();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        var graph = model.getGraph().toBuilder();
        java.util.SplittableRandom random = new java.util.SplittableRandom(5);
        for (int i = 0; i < graph.getInitializerCount(); i++) {
            var t = graph.getInitializer(i);
            if (t.getName().endsWith("/bias")) {
                var b = t.toBuilder().clearRawData().clearFloatData();
                for (int k = 0; k < t.getDims(0); k++) {
                    b.addFloatData((float) (0.5 * random.nextGaussian()));
                }
                graph.setInitializer(i, b);
            }
        }
        return model.toBuilder().setGraph(graph).build();
    }
}
