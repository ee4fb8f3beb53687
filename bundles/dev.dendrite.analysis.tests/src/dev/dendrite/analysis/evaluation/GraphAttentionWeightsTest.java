package dev.dendrite.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.gnn.GnnFactory;
import dev.dendrite.model.network.gnn.GraphAttention;
import dev.dendrite.model.network.gnn.GraphInput;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.data.GraphData;
import dev.dendrite.train.data.GraphDataset;

/**
 * A GAT's coefficients as the analysis reads them: worked out by hand on a three-node graph, and
 * uniform (attention vectors of zero) on the template's community graphs, where every figure must
 * equal its uniform twin.
 */
class GraphAttentionWeightsTest {

    @Test
    void aHandWorkedGraphGivesItsSoftmax() throws Exception {
        // Node 0 hears nodes 1 and 2 and itself; x = (0, 1, 2), W = 1, a_src = 1, a_dst = 0: its logits 0, 1, 2.
        NetworkBuilder b = new NetworkBuilder("gat", "");
        GraphInput graph = GnnFactory.eINSTANCE.createGraphInput();
        graph.setNodeFeatures(1);
        b.add(graph, "g", null);
        GraphAttention gat = GnnFactory.eINSTANCE.createGraphAttention();
        gat.setOutFeatures(1);
        b.add(gat, "gat", graph);
        b.connect(graph, Ports.EDGES, gat, Ports.EDGES);
        ModelProto model = withValues(exported(b.network()), Map.of("gat/weight", 1f, "gat/att_source", 1f, "gat/att_target", 0f));
        GraphDataset data = new GraphDataset("three", List.of(new GraphDataset.Graph(3, new float[] {0, 1, 2}, new int[][] {{1, 0}, {2, 0}},
                new long[] {0, 0, 1})), 1, 2, true);
        GraphAttentionWeights.Result result = GraphAttentionWeights.of(model, data, new int[] {0});
        assertEquals(1, result.layers().size());
        GraphAttentionWeights.Layer layer = result.layers().get(0);
        assertEquals(5, layer.edges(), "two edges and three self-loops");
        GraphAttentionWeights.Head head = layer.heads().get(0);
        double total = 1 + Math.E + Math.exp(2);
        double[] p = {1 / total, Math.E / total, Math.exp(2) / total};
        // Only node 0 has two or more incoming edges; nodes 1 and 2 keep all on themselves.
        assertEquals(-(p[0] * Math.log(p[0]) + p[1] * Math.log(p[1]) + p[2] * Math.log(p[2])), head.entropy(), 1e-5);
        assertEquals(Math.log(3), head.uniformEntropy(), 1e-9);
        assertEquals((p[0] + 1 + 1) / 3, head.selfWeight(), 1e-5);
        // Of node 0's attention to others (p1 + p2), node 1 (its class) has p1; uniform weights give one of two.
        assertEquals(p[1] / (p[1] + p[2]), head.sameClass(), 1e-5);
        assertEquals(0.5, head.sameClassUniform(), 1e-9);
    }

    /**
     * Edge features in the scores, worked by hand: node 0 hears node 1 over a bond of kind 0 and node 2 over one of kind 1;
     * x = (0, 0, 1), W = W_e = 1, a_src = a_edge = 1, a_dst = 0. Logits: 0 + 1 from node 1, 1 + 1 from node 2, and for its
     * self-loop, whose features are its incoming edges' mean (½, ½), 0 + 1.
     */
    @Test
    void edgeFeaturesMoveTheScoresAndAttentionIsSharedOutByEdgeKind() throws Exception {
        NetworkBuilder b = new NetworkBuilder("gat", "");
        GraphInput graph = GnnFactory.eINSTANCE.createGraphInput();
        graph.setNodeFeatures(1);
        graph.setEdgeFeatures(2);
        b.add(graph, "g", null);
        GraphAttention gat = GnnFactory.eINSTANCE.createGraphAttention();
        gat.setOutFeatures(1);
        b.add(gat, "gat", graph);
        b.connect(graph, Ports.EDGES, gat, Ports.EDGES);
        b.connect(graph, Ports.EDGE_FEATURES, gat, Ports.EDGE_FEATURES);
        ModelProto model = withValues(exported(b.network()), Map.of("gat/weight", 1f, "gat/att_source", 1f, "gat/att_target", 0f,
                "gat/edge_weight", 1f, "gat/att_edge", 1f));
        GraphDataset data = new GraphDataset("bonded", List.of(new GraphDataset.Graph(3, new float[] {0, 0, 1}, new int[][] {{1, 0}, {2, 0}},
                new long[] {0}, new float[] {1, 0, 0, 1})), 1, 2, 2, false);
        GraphAttentionWeights.Head head = GraphAttentionWeights.of(model, data, new int[] {0}).layers().get(0).heads().get(0);
        double total = Math.E + Math.exp(2) + Math.E;
        assertEquals((Math.E / total + 1 + 1) / 3, head.selfWeight(), 1e-5, "the self-loop scored by the incoming edges' mean");
        assertEquals(2, head.edgeKinds().length);
        assertEquals(1 / (1 + Math.E), head.edgeKinds()[0], 1e-5);
        assertEquals(Math.E / (1 + Math.E), head.edgeKinds()[1], 1e-5);
        assertEquals(0.5, head.edgeKindsUniform()[0], 1e-9);
        assertEquals(0.5, head.edgeKindsUniform()[1], 1e-9);
        // Edge features that are not one-hot have no kinds to share attention by.
        GraphDataset weighted = new GraphDataset("weighted", List.of(new GraphDataset.Graph(3, new float[] {0, 0, 1}, new int[][] {{1, 0},
                {2, 0}}, new long[] {0}, new float[] {0.5f, 0, 0, 1})), 1, 2, 2, false);
        assertEquals(0, GraphAttentionWeights.of(model, weighted, new int[] {0}).layers().get(0).heads().get(0).edgeKinds().length);
    }

    @Test
    void zeroAttentionVectorsWeighEveryNeighbourAlike() throws Exception {
        Network network = TemplateLibrary.find("gat-node-classifier").orElseThrow().create();
        ModelProto model = withValues(exported(network), Map.of("gat1/att_source", 0f, "gat1/att_target", 0f, "gat2/att_source", 0f,
                "gat2/att_target", 0f));
        GraphDataset communities = GraphData.communities(3, 11);
        GraphAttentionWeights.Result result = GraphAttentionWeights.of(model, communities, new int[] {0, 2});
        assertEquals(List.of("gat1", "gat2"), result.layers().stream().map(GraphAttentionWeights.Layer::id).toList());
        assertEquals(List.of(4, 1), result.layers().stream().map(GraphAttentionWeights.Layer::headCount).toList());
        long edges = 0;
        double selfUniform = 0;
        for (int g : new int[] {0, 2}) {
            GraphDataset.Graph graph = communities.graphs().get(g);
            edges += graph.edges().length + graph.nodes();
            int[] degree = new int[graph.nodes()];
            for (int[] edge : graph.edges()) {
                degree[edge[1]]++;
            }
            for (int d : degree) {
                selfUniform += 1.0 / (d + 1);
            }
        }
        assertEquals(communities.graphs().get(0).nodes() * 2L, result.nodes());
        for (GraphAttentionWeights.Layer layer : result.layers()) {
            assertEquals(edges, layer.edges());
            for (GraphAttentionWeights.Head head : layer.heads()) {
                assertEquals(head.uniformEntropy(), head.entropy(), 1e-5);
                assertEquals(selfUniform / result.nodes(), head.selfWeight(), 1e-5);
                assertEquals(head.sameClassUniform(), head.sameClass(), 1e-5);
                assertTrue(head.sameClassUniform() > 0.5 && head.sameClassUniform() < 1, "communities are mostly joined within: " + head);
            }
        }
    }

    @Test
    void aModelWithoutGraphAttentionAndAGraphOutsideTheDataAreNamed() throws Exception {
        ModelProto gcn = exported(TemplateLibrary.find("gcn-node-classifier").orElseThrow().create());
        GraphDataset communities = GraphData.communities(2, 3);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> GraphAttentionWeights.of(gcn, communities, new int[] {0})).getMessage()
                .contains("no graph attention layer"));
        ModelProto gat = exported(TemplateLibrary.find("gat-node-classifier").orElseThrow().create());
        assertEquals("graph 2 is outside the data set's graphs 0-1", assertThrows(IllegalArgumentException.class,
                () -> GraphAttentionWeights.of(gat, communities, new int[] {2})).getMessage());
    }

    private static ModelProto exported(Network network) throws Exception {
        return OnnxExporter.export(network, new Weights(), "test").model();
    }

    /** The model with every value of the named initializers set to one number. */
    private static ModelProto withValues(ModelProto model, Map<String, Float> values) {
        var graph = model.getGraph().toBuilder();
        int replaced = 0;
        for (int i = 0; i < graph.getInitializerCount(); i++) {
            TensorProto t = graph.getInitializer(i);
            Float value = values.get(t.getName());
            if (value != null) {
                long count = t.getDimsList().stream().mapToLong(Long::longValue).reduce(1, (x, y) -> x * y);
                UnaryOperator<TensorProto.Builder> fill = builder -> {
                    for (long k = 0; k < count; k++) {
                        builder.addFloatData(value);
                    }
                    return builder;
                };
                graph.setInitializer(i, fill.apply(t.toBuilder().clearRawData().clearFloatData()));
                replaced++;
            }
        }
        assertEquals(values.size(), replaced, "initializers " + values.keySet());
        return model.toBuilder().setGraph(graph).build();
    }
}
