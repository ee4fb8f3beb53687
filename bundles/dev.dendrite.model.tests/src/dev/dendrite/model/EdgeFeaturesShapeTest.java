package dev.dendrite.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.gnn.GnnFactory;
import dev.dendrite.model.network.gnn.GraphInput;
import dev.dendrite.model.network.gnn.MessageFunction;
import dev.dendrite.model.network.gnn.MessagePassing;
import dev.dendrite.model.network.gnn.TopKPooling;
import dev.dendrite.model.network.gnn.UpdateFunction;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.model.templates.TemplateLibrary;

/** Edge features: read by message passing (its edge weight counted), warned of where nothing reads them, refused over other edges. */
class EdgeFeaturesShapeTest {

    private static Network passing(MessageFunction message, int out, boolean readEdgeFeatures) {
        NetworkBuilder b = new NetworkBuilder("edges", "");
        GraphInput graph = GnnFactory.eINSTANCE.createGraphInput();
        graph.setNodeFeatures(5);
        graph.setEdgeFeatures(3);
        b.add(graph, "g", null);
        MessagePassing mp = GnnFactory.eINSTANCE.createMessagePassing();
        mp.setMessage(message);
        mp.setUpdate(UpdateFunction.LINEAR);
        mp.setOutFeatures(out);
        b.add(mp, "mp", graph);
        b.connect(graph, Ports.EDGES, mp, Ports.EDGES);
        if (readEdgeFeatures) {
            b.connect(graph, Ports.EDGE_FEATURES, mp, Ports.EDGE_FEATURES);
        }
        return b.network();
    }

    private static List<String> messages(Network network, int severity) {
        return Networks.inspect(network).diagnostic().getChildren().stream().filter(d -> d.getSeverity() == severity)
                .map(Diagnostic::getMessage).toList();
    }

    private static long parameters(Network network) {
        return Networks.inspect(network).shapes().totalParameters().total();
    }

    @Test
    void edgeFeaturesAddAWeightFromEachEdgeToItsMessage() {
        // Linear messages of 8: W [5, 8], W_e [3, 8], the update [5 + 8, 8], a bias of 8.
        assertEquals(5 * 8 + 3 * 8 + 13 * 8 + 8, parameters(passing(MessageFunction.LINEAR, 8, true)));
        assertEquals(5 * 8 + 13 * 8 + 8, parameters(passing(MessageFunction.LINEAR, 8, false)));
        // Identity messages keep the 5 input features, so W_e is [3, 5].
        assertEquals(3 * 5 + 10 * 8 + 8, parameters(passing(MessageFunction.IDENTITY, 8, true)));
        assertEquals(List.of(), messages(passing(MessageFunction.LINEAR, 8, true), Diagnostic.ERROR));
        // The template's two layers: 3 -> 32 and 32 -> 32, each with W_e [3, 32], and the 32 -> 2 logits.
        Network template = TemplateLibrary.find("mp-bond-classifier").orElseThrow().create();
        assertEquals((3 * 32 + 3 * 32 + 35 * 32 + 32) + (32 * 32 + 3 * 32 + 64 * 32 + 32) + 66, parameters(template));
        assertEquals(List.of(), messages(template, Diagnostic.ERROR));
        assertEquals(List.of(), messages(template, Diagnostic.WARNING));
    }

    /** Graph attention reading them: W_e [D, H·F'], and for GAT an edge attention vector [H, F'] (GATConv's lin_edge and att_edge). */
    @Test
    void attentionScoresReadEdgeFeaturesThroughTheirOwnWeights() {
        for (boolean dynamic : new boolean[] {false, true}) {
            NetworkBuilder b = new NetworkBuilder("attending", "");
            GraphInput graph = GnnFactory.eINSTANCE.createGraphInput();
            graph.setNodeFeatures(5);
            graph.setEdgeFeatures(3);
            b.add(graph, "g", null);
            var gat = GnnFactory.eINSTANCE.createGraphAttention();
            gat.setOutFeatures(8);
            gat.setHeads(3);
            gat.setDynamic(dynamic);
            b.add(gat, "gat", graph);
            b.connect(graph, Ports.EDGES, gat, Ports.EDGES);
            long without = parameters(b.network());
            b.connect(graph, Ports.EDGE_FEATURES, gat, Ports.EDGE_FEATURES);
            assertEquals(without + 3 * 24 + (dynamic ? 0 : 24), parameters(b.network()), dynamic ? "GATv2" : "GAT");
            assertEquals(List.of(), messages(b.network(), Diagnostic.ERROR));
        }
    }

    @Test
    void edgeFeaturesNoLayerReadsAreAWarning() {
        List<String> warnings = messages(passing(MessageFunction.LINEAR, 8, false), Diagnostic.WARNING);
        assertTrue(warnings.stream().anyMatch(w -> w.contains("declares 3 edge features that no layer reads")), warnings.toString());
        List<String> read = messages(passing(MessageFunction.LINEAR, 8, true), Diagnostic.WARNING);
        assertTrue(read.stream().noneMatch(w -> w.contains("edge features")), read.toString());
    }

    /** A top-k pooling keeps some edges: the input's edge features no longer have a row per edge of its output. */
    @Test
    void edgeFeaturesOverAPoolingsEdgesAreRefused() {
        NetworkBuilder b = new NetworkBuilder("pooled", "");
        GraphInput graph = GnnFactory.eINSTANCE.createGraphInput();
        graph.setNodeFeatures(5);
        graph.setEdgeFeatures(3);
        b.add(graph, "g", null);
        TopKPooling pool = b.add(GnnFactory.eINSTANCE.createTopKPooling(), "pool", graph);
        b.connect(graph, Ports.EDGES, pool, Ports.EDGES);
        MessagePassing mp = GnnFactory.eINSTANCE.createMessagePassing();
        mp.setMessage(MessageFunction.LINEAR);
        mp.setUpdate(UpdateFunction.LINEAR);
        b.add(mp, "mp", pool);
        b.connect(pool, Ports.EDGES, mp, Ports.EDGES);
        b.connect(graph, Ports.EDGE_FEATURES, mp, Ports.EDGE_FEATURES);
        List<String> errors = messages(b.network(), Diagnostic.ERROR);
        assertTrue(errors.stream().anyMatch(e -> e.contains("edgeFeatures") && e.contains("E'")), errors.toString());
        // The kept edges' features, read from the pooling, line up with its edges; from a pooling that reads none, they are named.
        b.network().getConnections().removeIf(c -> c.getTarget() == mp && Ports.EDGE_FEATURES.equals(c.getTargetPort()));
        b.connect(pool, Ports.EDGE_FEATURES, mp, Ports.EDGE_FEATURES);
        List<String> unread = messages(b.network(), Diagnostic.ERROR);
        assertTrue(unread.stream().anyMatch(e -> e.contains("reads the edge features 'pool' keeps, but 'pool' reads none")), unread.toString());
        b.connect(graph, Ports.EDGE_FEATURES, pool, Ports.EDGE_FEATURES);
        assertEquals(List.of(), messages(b.network(), Diagnostic.ERROR));
        assertEquals("E'×3 (edge features)", Networks.inspect(b.network()).shapes().output(pool, Ports.EDGE_FEATURES).toString());
    }
}
