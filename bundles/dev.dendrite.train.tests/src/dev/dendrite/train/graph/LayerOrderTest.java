package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;

/**
 * The layers whose gradient norms the trainer reads ({@link TrainingGraphs#layerOrder}): every layer the step computes a norm for,
 * a block's own layers included (once, after the block's first use), so the monitor draws a GAN's discriminator and a ResNet's
 * residual blocks as it draws the top-level layers.
 */
class LayerOrderTest {

    private static TrainingGraphs graphs(String template) throws Exception {
        Network network = TemplateLibrary.find(template).orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 8, OptimizerKind.ADAM, 1e-3, 1L, null);
        return TrainStepBuilder.build(network, new Weights(), config, GraphOptions.DEFAULT);
    }

    private static List<String> normed(TrainingGraphs graphs) {
        return graphs.trainStep().getGraph().getOutputList().stream().map(o -> o.getName()).filter(n -> n.startsWith("gradnorm:"))
                .map(n -> n.substring("gradnorm:".length())).toList();
    }

    @Test
    void aGansDiscriminatorLayersAreReadOnceAfterItsFirstUse() throws Exception {
        TrainingGraphs graphs = graphs("conv-gan");
        List<String> order = graphs.layerOrder();
        assertTrue(order.containsAll(normed(graphs)), "every norm the step computes is read: " + normed(graphs) + " of " + order);
        assertTrue(normed(graphs).contains("discriminator.conv1"), normed(graphs).toString());
        int use = Math.min(order.indexOf("judge_generated"), order.indexOf("judge_real"));
        assertEquals(use + 1, order.indexOf("discriminator.x"), "the block's layers follow its first use: " + order);
        assertEquals(1, order.stream().filter("discriminator.conv1"::equals).count(), "once, though the block is used twice");
        assertTrue(order.indexOf("discriminator.conv1") < order.indexOf("discriminator.conv2"), "in the block's own order");
    }

    @Test
    void aResNetsResidualBlocksAreRead() throws Exception {
        TrainingGraphs graphs = graphs("resnet-small");
        assertTrue(graphs.layerOrder().containsAll(normed(graphs)), "every norm the step computes is read: " + normed(graphs));
        assertTrue(normed(graphs).stream().anyMatch(n -> n.contains(".")), "a block's layers carry gradients: " + normed(graphs));
    }
}
