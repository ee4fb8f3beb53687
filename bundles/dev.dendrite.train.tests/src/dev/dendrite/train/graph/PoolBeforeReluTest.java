package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;

/** The train step pools before its ReLUs where a ReLU feeds only a max pool, and trains exactly as in the network's order. */
class PoolBeforeReluTest {

    private static final int ROWS = 6;

    @Test
    void lenetPoolsFirstAndItsStepsAreBitIdenticalToTheNetworksOrder() throws Exception {
        Network network = TemplateLibrary.find("lenet-5").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, ROWS, OptimizerKind.ADAM, 0.01, 1L, null);
        TrainingGraphs reordered = TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT);
        TrainingGraphs original = TrainStepPipeline.standard().without("pool-before-relu").build(network, new Weights(), config,
                GraphOptions.DEFAULT);
        assertEquals(2, poolsReadingRelus(original.trainStep()), "LeNet-5: conv, ReLU, max pool, twice");
        assertEquals(0, poolsReadingRelus(reordered.trainStep()), "every such pool now reads the convolution");
        assertEquals(2, poolsReadingRelus(reordered.evaluation()), "the evaluation graph keeps the network's order");

        // MNIST-like images: a zero background, so whole pooling windows tie; positive biases make ties above zero too.
        SplittableRandom random = new SplittableRandom(5);
        float[] x = new float[ROWS * 28 * 28];
        for (int i = 0; i < x.length; i++) {
            x[i] = random.nextDouble() < 0.2 ? (float) random.nextDouble() : 0f;
        }
        long[] labels = new long[ROWS];
        for (int i = 0; i < ROWS; i++) {
            labels[i] = i % 10;
        }
        try (StepRunner a = new StepRunner(reordered); StepRunner b = new StepRunner(original)) {
            for (String bias : List.of("conv1/bias", "conv2/bias")) {
                float[] values = a.values.get(bias);
                for (int i = 0; i < values.length; i++) {
                    values[i] = 0.05f * (i % 3);
                }
                b.values.put(bias, values.clone());
            }
            assertEquals(a.values.keySet(), b.values.keySet());
            for (int step = 1; step <= 3; step++) {
                a.run(x, new long[] {ROWS, 1, 28, 28}, null, null, labels, new long[] {ROWS}, 0.01, step, true);
                b.run(x, new long[] {ROWS, 1, 28, 28}, null, null, labels, new long[] {ROWS}, 0.01, step, true);
            }
            Map<String, float[]> before = new HashMap<>(reordered.initial().flat().entrySet().stream()
                    .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> e.getValue().values())));
            for (String name : a.values.keySet()) {
                assertArrayEquals(b.values.get(name), a.values.get(name), 0f, name + " after three steps");
            }
            assertTrue(!java.util.Arrays.equals(before.get("conv1/weight"), a.values.get("conv1/weight")), "the steps trained");
        }
    }

    /** MaxPool nodes whose input a Relu produced. */
    private static int poolsReadingRelus(ModelProto model) {
        Map<String, String> producer = new HashMap<>();
        for (NodeProto node : model.getGraph().getNodeList()) {
            node.getOutputList().forEach(output -> producer.put(output, node.getOpType()));
        }
        return (int) model.getGraph().getNodeList().stream()
                .filter(node -> node.getOpType().equals("MaxPool") && node.getOutputCount() == 1)
                .filter(node -> "Relu".equals(producer.get(node.getInput(0)))).count();
    }
}
