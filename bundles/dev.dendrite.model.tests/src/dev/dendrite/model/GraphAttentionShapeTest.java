package dev.dendrite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.gnn.GnnFactory;
import dev.dendrite.model.network.gnn.GraphAttention;
import dev.dendrite.model.network.gnn.GraphInput;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.templates.NetworkBuilder;

/** Graph attention: heads concatenated or averaged, GATConv's parameters, bad settings named. */
class GraphAttentionShapeTest {

    private static Network attending(int features, int out, int heads, boolean concat, boolean bias, double slope) {
        NetworkBuilder b = new NetworkBuilder("gat", "");
        GraphInput graph = GnnFactory.eINSTANCE.createGraphInput();
        graph.setNodeFeatures(features);
        b.add(graph, "g", null);
        GraphAttention gat = GnnFactory.eINSTANCE.createGraphAttention();
        gat.setOutFeatures(out);
        gat.setHeads(heads);
        gat.setConcat(concat);
        gat.setBias(bias);
        gat.setNegativeSlope(slope);
        b.add(gat, "gat", graph);
        b.connect(graph, Ports.EDGES, gat, Ports.EDGES);
        return b.network();
    }

    private static List<String> errors(Network network) {
        return Networks.inspect(network).diagnostic().getChildren().stream().filter(d -> d.getSeverity() == Diagnostic.ERROR)
                .map(Diagnostic::getMessage).toList();
    }

    private static String nodes(Network network) {
        return Networks.inspect(network).shapes().output(network.getLayers().get(1), Ports.NODES).toString();
    }

    @Test
    void headsAreConcatenatedOrAveraged() {
        assertEquals("V×24 (nodes)", nodes(attending(5, 8, 3, true, true, 0.2)));
        assertEquals("V×8 (nodes)", nodes(attending(5, 8, 3, false, true, 0.2)));
    }

    @Test
    void parametersAreTheProductTwoAttentionVectorsAndTheBias() {
        // W [5, 24], a_src and a_dst [3, 8], a bias of 24 concatenated or 8 averaged.
        assertEquals(5 * 24 + 2 * 24 + 24, Networks.inspect(attending(5, 8, 3, true, true, 0.2)).shapes().totalParameters().total());
        assertEquals(5 * 24 + 2 * 24 + 8, Networks.inspect(attending(5, 8, 3, false, true, 0.2)).shapes().totalParameters().total());
        assertEquals(5 * 24 + 2 * 24, Networks.inspect(attending(5, 8, 3, true, false, 0.2)).shapes().totalParameters().total());
        // GATv2: W and W_t [5, 24], one attention vector [3, 8], the bias.
        Network dynamic = attending(5, 8, 3, true, true, 0.2);
        ((GraphAttention) dynamic.getLayers().get(1)).setDynamic(true);
        assertEquals(2 * 5 * 24 + 24 + 24, Networks.inspect(dynamic).shapes().totalParameters().total());
        assertEquals("V×24 (nodes)", nodes(dynamic));
        // GATv2Conv's share_weights: W alone.
        ((GraphAttention) dynamic.getLayers().get(1)).setShareWeights(true);
        assertEquals(5 * 24 + 24 + 24, Networks.inspect(dynamic).shapes().totalParameters().total());
        ((GraphAttention) dynamic.getLayers().get(1)).setDynamic(false);
        List<String> notV2 = errors(dynamic);
        assertTrue(notV2.size() == 1 && notV2.get(0).contains("shareWeights shares GATv2's source and target weights"), notV2.toString());
    }

    /** Attention dropout: a probability, and only over the graph input's own edges and nodes, whose masks are fed per batch. */
    @Test
    void attentionDropoutIsAProbabilityOverTheInputsOwnEdges() {
        Network network = attending(5, 8, 2, true, true, 0.2);
        GraphAttention gat = (GraphAttention) network.getLayers().get(1);
        gat.setDropout(0.6);
        assertEquals(List.of(), errors(network));
        gat.setDropout(1);
        List<String> certain = errors(network);
        assertTrue(certain.size() == 1 && certain.get(0).contains("dropout must be in [0, 1)"), certain.toString());

        NetworkBuilder b = new NetworkBuilder("pooled", "");
        GraphInput graph = GnnFactory.eINSTANCE.createGraphInput();
        graph.setNodeFeatures(5);
        b.add(graph, "g", null);
        var pool = b.add(GnnFactory.eINSTANCE.createTopKPooling(), "pool", graph);
        b.connect(graph, Ports.EDGES, pool, Ports.EDGES);
        GraphAttention pooled = GnnFactory.eINSTANCE.createGraphAttention();
        pooled.setDropout(0.5);
        b.add(pooled, "gat", pool);
        b.connect(pool, Ports.EDGES, pooled, Ports.EDGES);
        List<String> afterPooling = errors(b.network());
        assertTrue(afterPooling.stream().anyMatch(e -> e.contains("drops attention only over the graph input's own nodes and edges")),
                afterPooling.toString());
        pooled.setDropout(0);
        assertEquals(List.of(), errors(b.network()));
    }

    @Test
    void noHeadsAndANegativeSlopeAreNamed() {
        assertEquals(List.of(), errors(attending(5, 8, 3, true, true, 0)));
        List<String> noHeads = errors(attending(5, 8, 0, true, true, 0.2));
        assertTrue(noHeads.size() == 1 && noHeads.get(0).contains("heads"), noHeads.toString());
        List<String> slope = errors(attending(5, 8, 2, true, true, -0.1));
        assertTrue(slope.size() == 1 && slope.get(0).contains("negativeSlope"), slope.toString());
    }
}
