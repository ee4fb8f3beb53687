package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.GraphData;

/** The graph templates learn their tasks on batches of several graphs: node classification and graph classification. */
class GraphTasksTest {

    private static TrainingResult train(String template, String data, int epochs, Path dir) throws Exception {
        Network network = TemplateLibrary.find(template).orElseThrow().create();
        BatchSource[] sets = GraphData.load(data, 5);
        TrainingConfig config = TrainingConfig.from(network).with(null, epochs, null, null, null, 5L, null);
        return new Trainer(network, config, line -> { }).train(new Weights(), sets[0], sets[1], dir, false);
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

    @Test
    void messagePassingTellsGraphsWithACycleFromTrees(@TempDir Path dir) throws Exception {
        TrainingResult result = train("mp-graph-classifier", "cycles", 40, dir);
        assertTrue(result.testAccuracy() >= 0.9, "graph accuracy " + result.testAccuracy());
    }
}
