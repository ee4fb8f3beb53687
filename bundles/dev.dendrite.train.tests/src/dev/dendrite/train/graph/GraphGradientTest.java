package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.gnn.GraphAttention;
import dev.dendrite.model.network.gnn.GraphConvolution;
import dev.dendrite.model.network.gnn.MessagePassing;
import dev.dendrite.model.network.gnn.TopKPooling;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Batch;
import dev.dendrite.train.data.GraphData;
import dev.dendrite.train.data.GraphDataset;
import dev.dendrite.train.data.MoleculeData;

/**
 * Graph networks' gradients through the whole train step (GCN normalisation, graph attention's
 * per-node softmax, message passing with sum and max aggregation and with edge features, top-k pooling's score gate, global
 * pooling) against central finite differences of the step's own loss, on a batch of several graphs. The rules themselves (ScatterND
 * max with ties, ReduceL2) are checked in float64 by {@code RuleGradientTest}.
 */
class GraphGradientTest {

    @ParameterizedTest
    @ValueSource(strings = {"gcn-node-classifier", "gat-node-classifier", "gatv2-node-classifier", "gatv2-shared-node-classifier",
        "mp-graph-classifier",
            "mp-bond-classifier", "gine-bonds", "gat-bond-scores", "gatv2-bond-scores", "pooled-bonds"})
    void graphNetworkGradientsMatchFiniteDifferences(String template) throws Exception {
        // GATv2: the GAT template with dynamic scores (shared: one W for sources and targets, its gradient summed from both);
        // bond scores: attention reading the bonds' types.
        Network network = template.endsWith("bond-scores") ? attendingToBonds() : template.equals("pooled-bonds") ? pooledBonds()
                : TemplateLibrary.find(template.replace("gatv2-shared", "gat").replace("gatv2", "gat").replace("gine-bonds", "mp-bond-classifier")).orElseThrow().create();
        // GINE: the bond template's messages through the activation before their sum.
        network.getLayers().stream().filter(MessagePassing.class::isInstance).map(MessagePassing.class::cast)
                .forEach(mp -> mp.setActivateMessages(template.equals("gine-bonds")));
        network.getLayers().stream().filter(GraphAttention.class::isInstance).map(GraphAttention.class::cast)
                .forEach(gat -> {
                    gat.setDynamic(template.startsWith("gatv2"));
                    gat.setShareWeights(template.startsWith("gatv2-shared"));
                });
        // Which nodes top-k keeps jumps where two scores cross, and finite differences across a jump mean nothing:
        // keeping every node still sends the gradient through the score gate (and the scores' projection).
        network.getLayers().stream().filter(TopKPooling.class::isInstance).map(TopKPooling.class::cast).forEach(p -> p.setRatio(1.0));
        // Likewise ReLU's kink: a smooth activation keeps every difference quotient meaningful (Relu's rule has its own check).
        network.getLayers().stream().filter(MessagePassing.class::isInstance).map(MessagePassing.class::cast)
                .forEach(mp -> mp.setActivation(ActivationFunction.TANH));
        network.getLayers().stream().filter(dev.dendrite.model.network.Activation.class::isInstance)
                .map(dev.dendrite.model.network.Activation.class::cast)
                .filter(a -> a.getFunction() == ActivationFunction.RELU || a.getFunction() == ActivationFunction.ELU)
                .forEach(a -> a.setFunction(ActivationFunction.TANH));
        // And attention's LeakyReLU: a slope of 1 is smooth (its rule is checked on its own), the softmax over neighbours still weighs them.
        network.getLayers().stream().filter(GraphAttention.class::isInstance).map(GraphAttention.class::cast)
                .forEach(gat -> gat.setNegativeSlope(1.0));
        // And a graph's max over its atoms, whose one-hot features leave several atoms nearly level (the max's rule is checked
        // with ties by RuleGradientTest, and message passing's max aggregation here).
        network.getLayers().stream().filter(dev.dendrite.model.network.gnn.GraphGlobalPooling.class::isInstance)
                .map(dev.dendrite.model.network.gnn.GraphGlobalPooling.class::cast)
                .forEach(p -> p.setAggregation(dev.dendrite.model.network.gnn.Aggregation.MEAN));
        boolean nodes = template.endsWith("node-classifier");
        GraphDataset data = nodes ? GraphData.communities(2, 3)
                : template.contains("bond") ? MoleculeData.bonds(3, 3) : GraphData.motifs("cycles", 3, 3);
        Batch batch = data.batch(new int[] {0, 1, 2}, 0, data.size());
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, data.size(), OptimizerKind.SGD, 1.0, 1L, null);
        try (StepRunner runner = new StepRunner(TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT))) {
            runner.feedGraphs(batch);
            var x = batch.tensors().get(GraphDataset.NODES);
            var labels = batch.tensors().get(GraphDataset.LABELS);
            int checkedParameters = 0;
            for (String parameter : runner.graphs.initial().flat().keySet()) {
                float[] start = runner.values.get(parameter).clone();
                runner.run(x.floats(), x.shape(), null, null, labels.longs(), labels.shape(), 1.0, 1, true);
                float[] updated = runner.values.get(parameter).clone();
                runner.graphs.initial().flat().forEach((name, tensor) -> runner.values.put(name, tensor.values().clone()));
                double h = 1e-2;
                // Every 5th element keeps the check quick; the stride walks across rows and columns alike.
                for (int e = 0; e < start.length; e += 5) {
                    double analytic = start[e] - updated[e];
                    double plus = loss(runner, parameter, start, e, h, x, labels);
                    double minus = loss(runner, parameter, start, e, -h, x, labels);
                    double numeric = (plus - minus) / (2 * h);
                    assertTrue(Math.abs(analytic - numeric) <= 5e-4 + 3e-2 * Math.abs(numeric),
                            template + ": d loss / d " + parameter + "[" + e + "] analytic " + analytic + ", numeric " + numeric);
                }
                checkedParameters++;
            }
            assertEquals(runner.graphs.initial().flat().size(), checkedParameters);
        }
    }

    /** The bond template with a top-k pooling between its layers: the second reads the edges and edge features it keeps. */
    private static Network pooledBonds() {
        Network network = TemplateLibrary.find("mp-bond-classifier").orElseThrow().create();
        var layers = network.getLayers();
        var graph = (dev.dendrite.model.network.gnn.GraphInput) layers.stream().filter(l -> l.getId().equals("molecules")).findFirst().orElseThrow();
        var mp1 = layers.stream().filter(l -> l.getId().equals("mp1")).findFirst().orElseThrow();
        var mp2 = layers.stream().filter(l -> l.getId().equals("mp2")).findFirst().orElseThrow();
        var readout = layers.stream().filter(l -> l.getId().equals("readout")).findFirst().orElseThrow();
        network.getConnections().removeIf(c -> c.getTarget() == mp2 || c.getTarget() == readout && dev.dendrite.model.ports.Ports.BATCH
                .equals(c.getTargetPort()));
        var pool = dev.dendrite.model.network.gnn.GnnFactory.eINSTANCE.createTopKPooling();
        pool.setId("pool");
        pool.setName("pool");
        layers.add(pool);
        connect(network, mp1, "", pool, "");
        for (String port : new String[] {dev.dendrite.model.ports.Ports.EDGES, dev.dendrite.model.ports.Ports.BATCH,
                dev.dendrite.model.ports.Ports.EDGE_FEATURES}) {
            connect(network, graph, port, pool, port);
        }
        for (String port : new String[] {dev.dendrite.model.ports.Ports.NODES, dev.dendrite.model.ports.Ports.EDGES,
                dev.dendrite.model.ports.Ports.EDGE_FEATURES}) {
            connect(network, pool, port, mp2, port);
        }
        connect(network, pool, dev.dendrite.model.ports.Ports.BATCH, readout, dev.dendrite.model.ports.Ports.BATCH);
        return network;
    }

    private static void connect(Network network, dev.dendrite.model.network.Layer from, String fromPort, dev.dendrite.model.network.Layer to,
            String toPort) {
        var connection = dev.dendrite.model.network.NetworkFactory.eINSTANCE.createConnection();
        connection.setSource(from);
        connection.setSourcePort(fromPort);
        connection.setTarget(to);
        connection.setTargetPort(toPort);
        network.getConnections().add(connection);
    }

    /** Graph attention whose scores read each bond's type (edge features), pooled per molecule and classified. */
    private static Network attendingToBonds() {
        dev.dendrite.model.templates.NetworkBuilder b = new dev.dendrite.model.templates.NetworkBuilder("bond-scores", "");
        var graph = dev.dendrite.model.network.gnn.GnnFactory.eINSTANCE.createGraphInput();
        graph.setNodeFeatures(MoleculeData.ELEMENTS);
        graph.setEdgeFeatures(MoleculeData.BOND_TYPES);
        graph.setBatched(true);
        b.add(graph, "molecules", null);
        GraphAttention gat = dev.dendrite.model.network.gnn.GnnFactory.eINSTANCE.createGraphAttention();
        gat.setOutFeatures(4);
        gat.setHeads(2);
        b.add(gat, "gat", graph);
        b.connect(graph, dev.dendrite.model.ports.Ports.EDGES, gat, dev.dendrite.model.ports.Ports.EDGES);
        b.connect(graph, dev.dendrite.model.ports.Ports.EDGE_FEATURES, gat, dev.dendrite.model.ports.Ports.EDGE_FEATURES);
        var readout = dev.dendrite.model.network.gnn.GnnFactory.eINSTANCE.createGraphGlobalPooling();
        readout.setAggregation(dev.dendrite.model.network.gnn.Aggregation.MEAN);
        b.add(readout, "readout", b.activation(gat, ActivationFunction.TANH));
        b.connect(graph, dev.dendrite.model.ports.Ports.BATCH, readout, dev.dendrite.model.ports.Ports.BATCH);
        b.loss(b.dense(readout, "logits", 2), dev.dendrite.model.network.LossKind.CROSS_ENTROPY);
        return b.network();
    }

    private static double loss(StepRunner runner, String parameter, float[] start, int element, double h,
            dev.dendrite.train.data.HostTensor x, dev.dendrite.train.data.HostTensor labels) throws Exception {
        float[] moved = start.clone();
        moved[element] += (float) h;
        runner.values.put(parameter, moved);
        Map<String, float[]> out = runner.run(x.floats(), x.shape(), null, null, labels.longs(), labels.shape(), 1.0, 1, false);
        runner.values.put(parameter, start.clone());
        return out.get("loss")[0];
    }

    /**
     * The GCN template's two layers read the same edges: the train step computes their
     * normalisation once (one in-degree), weights nodes rather than edges, and sends the
     * aggregation's gradient back by Gather, not GatherND.
     */
    @org.junit.jupiter.api.Test
    void gcnLayersOverTheSameEdgesShareTheirNormalisationAndGatherTheirGradientsByRow() throws Exception {
        Network network = TemplateLibrary.find("gcn-node-classifier").orElseThrow().create();
        assertEquals(2, network.getLayers().stream().filter(GraphConvolution.class::isInstance).count());
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 4, OptimizerKind.ADAM, 0.01, 1L, null);
        var nodes = TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT).trainStep().getGraph().getNodeList();
        Map<String, Long> counts = nodes.stream().collect(java.util.stream.Collectors.groupingBy(n -> n.getOpType(),
                java.util.stream.Collectors.counting()));
        assertEquals(1, nodes.stream().filter(n -> n.getName().contains("indegree")).count(), "one in-degree for both layers");
        assertEquals(1, nodes.stream().filter(n -> n.getName().contains("inv_sqrt_degree")).count(), "one normalisation for both layers");
        // The normalisation's multiplies run over nodes (before the gather, after the scatter), none over edges.
        long edgeMultiplies = nodes.stream().filter(n -> n.getOpType().equals("Mul") && n.getName().contains("messages")).count();
        assertEquals(0, edgeMultiplies, "no multiply of the messages");
        assertEquals(0, counts.getOrDefault("GatherND", 0L), "aggregations' gradients gather rows: " + counts);
    }

    /**
     * gcn1 (8 → 16 features) propagates its input before the product, over 8 features instead of 16,
     * and, as the network's input needs no gradient, sends none back through its gather and
     * scatter; gcn2 (16 → 4) propagates its 4 outputs. So the step scatters three times (two
     * aggregations and gcn2's gradient of its gather), not four.
     */
    @org.junit.jupiter.api.Test
    void gcnLayersPropagateTheirNarrowerSide() throws Exception {
        Network network = TemplateLibrary.find("gcn-node-classifier").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 4, OptimizerKind.ADAM, 0.01, 1L, null);
        var graph = TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT).trainStep().getGraph();
        var nodes = graph.getNodeList();
        assertEquals(3, nodes.stream().filter(n -> n.getOpType().equals("ScatterND")).count());
        assertEquals(0, nodes.stream().filter(n -> n.getName().contains("gcn1/xw")).count(), "no product before gcn1's propagation");
        assertEquals(1, nodes.stream().filter(n -> n.getName().contains("gcn2/xw")).count(), "gcn2's product comes first");
        // The normalisation multiplies tensors of one shape: d^-1/2 widened once per width (8 and 4), not a [V, 1] column broadcast.
        assertEquals(2, nodes.stream().filter(n -> n.getName().contains("scale_wide")).count());
        var wide = nodes.stream().filter(n -> n.getName().contains("scale_wide")).map(n -> n.getOutput(0)).toList();
        assertTrue(nodes.stream().filter(n -> n.getName().contains("h_scaled")).allMatch(n -> wide.contains(n.getInput(1))));
        assertEquals("Gemm", nodes.stream().filter(n -> n.getOutputList().contains("gcn1")).findFirst().orElseThrow().getOpType(),
                "gcn1's bias is its product's addend");
    }

    /**
     * mp1 (sum of linear messages, 4 → 32 features) gathers and scatters its 4 inputs and multiplies
     * after the aggregation; mp2 (max, 32 → 32) multiplies first, as a max of products is not a
     * product of maxima.
     */
    @org.junit.jupiter.api.Test
    void sumsOfLinearMessagesAggregateTheNarrowerSide() throws Exception {
        Network network = TemplateLibrary.find("mp-graph-classifier").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 4, OptimizerKind.ADAM, 0.01, 1L, null);
        var nodes = TrainStepPipeline.standard().build(network, new Weights(), config, GraphOptions.DEFAULT).trainStep().getGraph().getNodeList();
        assertEquals(0, nodes.stream().filter(n -> n.getName().contains("mp1/x_message")).count(), "no product before mp1's gather");
        assertEquals(1, nodes.stream().filter(n -> n.getName().contains("mp1/aggregated_messages")).count());
        assertEquals(1, nodes.stream().filter(n -> n.getName().contains("mp2/x_message")).count(), "mp2's max multiplies first");
    }
}
