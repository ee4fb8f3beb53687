package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ai.onnxruntime.OnnxTensor;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.gnn.GraphAttention;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Batch;
import dev.dendrite.train.data.GraphData;
import dev.dendrite.train.data.GraphDataset;

/**
 * Graph attention's dropout on its coefficients: the train step multiplies α by fed keep-masks, one
 * over the input's edges and one over the self-loops, per head; masks of ones give the step without
 * dropout, and the evaluation graph reads no masks at all.
 */
class GraphAttentionDropoutTest {

    private static final GraphDataset GRAPHS = GraphData.communities(2, 3);

    private static Network network(double dropout) {
        Network network = TemplateLibrary.find("gat-node-classifier").orElseThrow().create();
        network.getLayers().stream().filter(GraphAttention.class::isInstance).map(GraphAttention.class::cast)
                .filter(gat -> gat.getId().equals("gat1")).forEach(gat -> gat.setDropout(dropout));
        return network;
    }

    private static TrainingGraphs graphs(Network network) throws Exception {
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, GRAPHS.size(), OptimizerKind.SGD, 0.1, 4L, null);
        return TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT);
    }

    @Test
    void masksOverEdgesAndSelfLoopsScaleTheCoefficientsInTrainingOnly() throws Exception {
        TrainingGraphs dropping = graphs(network(0.6));
        assertEquals(List.of("gat1/attention_mask", "gat1/attention_loop_mask"), dropping.randomInputs().stream().map(RandomInput::name).toList());
        for (RandomInput mask : dropping.randomInputs()) {
            assertEquals(RandomInput.Kind.SCALED_KEEP_MASK, mask.kind());
            assertEquals(0.6, mask.probability());
        }
        assertEquals("E×4", dropping.randomInputs().get(0).value().shape().toString());
        assertEquals("V×4", dropping.randomInputs().get(1).value().shape().toString());
        assertTrue(dropping.evaluation().getGraph().getInputList().stream().noneMatch(i -> i.getName().contains("mask")),
                "inference keeps every coefficient");

        Batch batch = GRAPHS.batch(new int[] {0, 1}, 0, 2);
        int edges = batch.dims().get("E").intValue();
        int nodes = batch.dims().get("V").intValue();
        float plain;
        try (StepRunner runner = new StepRunner(graphs(network(0)))) {
            plain = loss(runner, batch);
        }
        try (StepRunner runner = new StepRunner(dropping)) {
            feedMasks(runner, edges, nodes, 1f);
            assertEquals(plain, loss(runner, batch), 1e-6, "masks of ones: the step without dropout");
            feedMasks(runner, edges, nodes, 0f);
            // Every coefficient dropped: each node of gat1 gets its bias alone, whatever its neighbours.
            float none = loss(runner, batch);
            assertNotEquals(plain, none, 1e-3);
        }
    }

    private static float loss(StepRunner runner, Batch batch) throws Exception {
        runner.feedGraphs(batch);
        var x = batch.tensors().get(GraphDataset.NODES);
        var labels = batch.tensors().get(GraphDataset.LABELS);
        Map<String, float[]> out = runner.run(x.floats(), x.shape(), null, null, labels.longs(), labels.shape(), 0.1, 1, false);
        return out.get("loss")[0];
    }

    private static void feedMasks(StepRunner runner, int edges, int nodes, float value) throws Exception {
        runner.extra.values().forEach(OnnxTensor::close);
        runner.extra.clear();
        for (var mask : Map.of("gat1/attention_mask", edges, "gat1/attention_loop_mask", nodes).entrySet()) {
            float[] values = new float[mask.getValue() * 4];
            Arrays.fill(values, value);
            runner.extra.put(mask.getKey(), OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(values),
                    new long[] {mask.getValue(), 4}));
        }
    }
}
