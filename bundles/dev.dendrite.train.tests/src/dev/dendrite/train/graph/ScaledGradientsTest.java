package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;

/**
 * Plain SGD takes the learning rate with the loss seeds, so that its update is one subtraction per
 * parameter; optimizers that need the plain gradient (momentum, Adam) and gradient sources without
 * seeds keep the multiply. That the steps' values stay right is {@link OptimizerReferenceTest}'s and
 * {@link LossGradientTest}'s part.
 */
class ScaledGradientsTest {

    @Test
    void plainSgdScalesItsSeedsAndSubtractsTheGradientsAsTheyCome() throws Exception {
        GraphProto g = step(OptimizerKind.SGD, 0, TrainStepPipeline.standard());
        Map<String, NodeProto> producers = producers(g);
        assertTrue(readers(g, "lr").stream().anyMatch(n -> n.getOpType().equals("Mul") && producers.containsKey(otherInput(n, "lr"))
                && n.getOutput(0).endsWith("/seed_scaled")), "the seed is multiplied by the rate");
        for (String parameter : List.of("fc/weight", "fc/bias")) {
            NodeProto update = producers.get(parameter + ":new");
            assertEquals("Sub", update.getOpType());
            NodeProto step = producers.get(update.getInput(1));
            assertFalse(step != null && step.getInputList().contains("lr"), parameter + " is not multiplied by the rate after its gradient");
        }
    }

    @Test
    void momentumAndAdamKeepTheirGradientsUnscaled() throws Exception {
        for (GraphProto g : List.of(step(OptimizerKind.SGD, 0.9, TrainStepPipeline.standard()), step(OptimizerKind.ADAM, 0,
                TrainStepPipeline.standard()))) {
            assertTrue(g.getNodeList().stream().noneMatch(n -> n.getOutput(0).endsWith("/seed_scaled")), g.getName());
        }
    }

    @Test
    void aGradientSourceWithoutSeedsKeepsTheMultiply() throws Exception {
        GradientSource plain = new AutodiffGradients()::gradients;
        GraphProto g = step(OptimizerKind.SGD, 0, TrainStepPipeline.standard().withGradientSource(plain));
        Map<String, NodeProto> producers = producers(g);
        assertTrue(g.getNodeList().stream().noneMatch(n -> n.getOutput(0).endsWith("/seed_scaled")));
        NodeProto step = producers.get(producers.get("fc/weight:new").getInput(1));
        assertNotEquals(null, step);
        assertTrue(step.getOpType().equals("Mul") && step.getInputList().contains("lr"), "the update multiplies by the rate itself");
    }

    private static GraphProto step(OptimizerKind optimizer, double momentum, TrainStepPipeline pipeline) throws Exception {
        Network network = StepRunner.tiny(3, 2, LossKind.MSE, 0, 0);
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 4, optimizer, 0.1, 1L, null)
                .withSchedule("constant", 0, 0, momentum, false, 0, 0, 0, 0);
        return pipeline.build(network, new Weights(), config, GraphOptions.DEFAULT).trainStep().getGraph();
    }

    private static Map<String, NodeProto> producers(GraphProto g) {
        Map<String, NodeProto> producers = new HashMap<>();
        g.getNodeList().forEach(n -> n.getOutputList().forEach(o -> producers.put(o, n)));
        return producers;
    }

    private static List<NodeProto> readers(GraphProto g, String tensor) {
        return g.getNodeList().stream().filter(n -> n.getInputList().contains(tensor)).toList();
    }

    private static String otherInput(NodeProto n, String tensor) {
        return n.getInput(0).equals(tensor) ? n.getInput(1) : n.getInput(0);
    }
}
