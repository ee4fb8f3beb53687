package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.gnn.GraphAttention;
import dev.dendrite.model.network.gnn.GraphInput;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.GraphData;

/** The graph templates learn their tasks on batches of several graphs: node classification and graph classification. */
class GraphTasksTest {

    private static TrainingResult train(String template, String data, int epochs, Path dir) throws Exception {
        return train(TemplateLibrary.find(template).orElseThrow().create(), data, epochs, dir);
    }

    private static TrainingResult train(Network network, String data, int epochs, Path dir) throws Exception {
        BatchSource[] sets = GraphData.load(data, 5);
        TrainingConfig config = TrainingConfig.from(network).with(null, epochs, null, null, null, 5L, null);
        return new Trainer(network, config, line -> { }).train(new Weights(), sets[0], sets[1], dir, false);
    }

    /** A template with {@code change} made to each of its graph attention layers. */
    private static Network withAttention(String template, java.util.function.Consumer<GraphAttention> change) {
        Network network = TemplateLibrary.find(template).orElseThrow().create();
        network.getLayers().stream().filter(GraphAttention.class::isInstance).map(GraphAttention.class::cast).forEach(change);
        return network;
    }

    @Test
    void gcnClassifiesTheNodesOfCommunities(@TempDir Path dir) throws Exception {
        TrainingResult result = train("gcn-node-classifier", "communities", 8, dir);
        assertTrue(result.testAccuracy() >= 0.9, "node accuracy " + result.testAccuracy());
    }

    @Test
    void graphAttentionClassifiesTheNodesOfCommunities(@TempDir Path dir) throws Exception {
        TrainingResult result = train("gat-node-classifier", "communities", 8, dir);
        assertTrue(result.testAccuracy() >= 0.9, "node accuracy " + result.testAccuracy());
    }

    /** With the paper's dropout of 0.6 on the first layer's coefficients: masks drawn per batch over its edges and nodes. */
    @Test
    void graphAttentionWithDropoutOnItsCoefficientsStillLearns(@TempDir Path dir) throws Exception {
        Network network = withAttention("gat-node-classifier", g -> g.setDropout(g.getId().equals("gat1") ? 0.6 : 0));
        TrainingResult result = train(network, "communities", 8, dir);
        assertTrue(result.testAccuracy() >= 0.9, "node accuracy " + result.testAccuracy());
    }

    /**
     * Dictionary lookup: GATv2 finds each query's key; the same layer with GAT's static scores ranks the keys alike for every
     * query and stays far below (half the nodes, the keys, read their own value either way).
     */
    @Test
    void dynamicAttentionLooksUpWhatStaticAttentionCannot(@TempDir Path dir) throws Exception {
        TrainingResult dynamic = train("gatv2-lookup", "lookup", 10, dir.resolve("gatv2"));
        assertTrue(dynamic.testAccuracy() >= 0.95, "GATv2 node accuracy " + dynamic.testAccuracy());
        TrainingResult statically = train(withAttention("gatv2-lookup", g -> g.setDynamic(false)), "lookup", 10, dir.resolve("gat"));
        assertTrue(statically.testAccuracy() <= 0.85, "GAT node accuracy " + statically.testAccuracy());
    }

    @Test
    void messagePassingTellsGraphsWithACycleFromTrees(@TempDir Path dir) throws Exception {
        TrainingResult result = train("mp-graph-classifier", "cycles", 40, dir);
        assertTrue(result.testAccuracy() >= 0.9, "graph accuracy " + result.testAccuracy());
    }

    /**
     * Only the bonds' types tell where two double bonds meet: the template reads them as edge features and learns the
     * task; the same network with its edge features disconnected stays near chance on the test graphs.
     */
    @Test
    void messagesReadingBondTypesFindCumulatedDoubleBonds(@TempDir Path dir) throws Exception {
        TrainingResult result = train("mp-bond-classifier", "bonds", 10, dir.resolve("with"));
        assertTrue(result.testAccuracy() >= 0.95, "graph accuracy " + result.testAccuracy());
        Network blind = TemplateLibrary.find("mp-bond-classifier").orElseThrow().create();
        blind.getConnections().removeIf(c -> Ports.EDGE_FEATURES.equals(c.getSourcePort()));
        ((GraphInput) blind.getLayers().get(0)).setEdgeFeatures(0);
        TrainingResult without = train(blind, "bonds", 10, dir.resolve("without"));
        assertTrue(without.testAccuracy() <= 0.65, "graph accuracy without the bonds' types " + without.testAccuracy());
    }
}
