package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.gnn.TopKPooling;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Batch;
import dev.dendrite.train.data.GraphData;
import dev.dendrite.train.data.GraphDataset;

/** Top-k pooling in the train step keeps ceil(ratio · n) nodes of every graph of a batch, or k where k is set. */
class TopKTrainingTest {

    /** Outputs the graph assignment of the nodes top-k keeps, as floats. */
    private static TrainStepStep keptAssignment() {
        return new TrainStepStep() {
            @Override
            public String name() {
                return "expose-kept";
            }

            @Override
            public void apply(TrainStepContext ctx) {
                for (Map.Entry<Layer, Map<String, String>> entry : ctx.lowered.produced().entrySet()) {
                    if (entry.getKey() instanceof TopKPooling) {
                        String cast = ctx.graph().node("Cast", List.of(entry.getValue().get(Ports.BATCH)), "kept_graph_f",
                                Attr.i("to", ai.onnx.proto.OnnxMl.TensorProto.DataType.FLOAT_VALUE));
                        OutputStep.output(ctx.graph(), cast, "kept_graph");
                    }
                }
            }
        };
    }

    private static long[] keptPerGraph(double ratio, int k, GraphDataset data) throws Exception {
        Network network = TemplateLibrary.find("mp-graph-classifier").orElseThrow().create();
        network.getLayers().stream().filter(TopKPooling.class::isInstance).map(TopKPooling.class::cast).forEach(p -> {
            p.setRatio(ratio);
            p.setK(k);
        });
        Batch batch = data.batch(new int[] {0, 1, 2, 3}, 0, 4);
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 4, OptimizerKind.SGD, 0.1, 1L, null);
        TrainStepPipeline pipeline = TrainStepPipeline.standard().insertAfter("forward", keptAssignment());
        try (StepRunner runner = new StepRunner(pipeline.build(network, new Weights(), config, GraphOptions.DEFAULT))) {
            runner.feedGraphs(batch);
            var x = batch.tensors().get(GraphDataset.NODES);
            var labels = batch.tensors().get(GraphDataset.LABELS);
            float[] kept = runner.run(x.floats(), x.shape(), null, null, labels.longs(), labels.shape(), 0.1, 1, false).get("kept_graph");
            long[] counts = new long[4];
            for (float graph : kept) {
                counts[(int) graph]++;
            }
            return counts;
        }
    }

    @Test
    void keepsTheRequestedNumberOfNodesOfEveryGraph() throws Exception {
        GraphDataset data = GraphData.motifs("cycles", 4, 17);
        long[] expectedRatio = new long[4];
        long[] expectedK = new long[4];
        for (int g = 0; g < 4; g++) {
            int n = data.graphs().get(g).nodes();
            expectedRatio[g] = (long) Math.ceil(0.25 * n);
            expectedK[g] = Math.min(5, n);
        }
        assertArrayEquals(expectedRatio, keptPerGraph(0.25, 0, data));
        assertArrayEquals(expectedK, keptPerGraph(0.5, 5, data));
    }
}
