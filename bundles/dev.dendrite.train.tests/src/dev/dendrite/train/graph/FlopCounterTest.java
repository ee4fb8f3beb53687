package dev.dendrite.train.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.sequence.CellType;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.network.sequence.SequenceOutput;
import dev.dendrite.model.templates.TemplateLibrary;

/** Operation counts per graph and per sample, worked out by hand from the layers. */
class FlopCounterTest {

    @Test
    void graphConvolutionsCountEveryNodesTransformAndEveryEdgesMessage() {
        Network gcn = TemplateLibrary.find("gcn-node-classifier").orElseThrow().create();
        // gcn1 8→16 propagates its 8 input features: 40·2·8·16 = 10,240 and 120·2·8 = 1,920;
        // gcn2 16→4 propagates its 4 outputs: 40·2·16·4 = 5,120 and 120·2·4 = 960.
        assertEquals(10_240 + 1_920 + 5_120 + 960, FlopCounter.perGraph(gcn, false, 40, 120), 1e-9);
        // Training: gcn1's product and its weight's gradient, its propagation once (its input needs no gradient);
        // gcn2's product three times (forward, weight, input) and its propagation twice (forward, gradient).
        assertEquals(2 * 10_240 + 1_920 + 3 * 5_120 + 2 * 960, FlopCounter.perGraph(gcn, true, 40, 120), 1e-9);
    }

    @Test
    void graphAttentionCountsItsProductsScoresAndEveryEdgesWeightedMessage() {
        Network gat = TemplateLibrary.find("gat-node-classifier").orElseThrow().create();
        // gat1 8 → 4 heads of 8 (32): 40·2·(8·32 + 2·32) = 25,600 for the product and both scores, (120 + 40 self-loops)·2·32 = 10,240;
        // gat2 32 → 1 head of 4: 40·2·(32·4 + 2·4) = 10,880 and 160·2·4 = 1,280.
        double gat1 = 25_600 + 10_240;
        double gat2 = 10_880 + 1_280;
        assertEquals(gat1 + gat2, FlopCounter.perGraph(gat, false, 40, 120), 1e-9);
        assertEquals(2 * gat1 + 3 * gat2, FlopCounter.perGraph(gat, true, 40, 120), 1e-9, "a first layer's input needs no gradient");
        // GATv2: two products per node, and per edge the joined features activated and scored: 40·4·8·32 + 160·5·32, 40·4·32·4 + 160·5·4.
        gat.getLayers().stream().filter(dev.dendrite.model.network.gnn.GraphAttention.class::isInstance)
                .forEach(l -> ((dev.dendrite.model.network.gnn.GraphAttention) l).setDynamic(true));
        assertEquals(40_960 + 25_600 + 20_480 + 3_200, FlopCounter.perGraph(gat, false, 40, 120), 1e-9);
    }

    @Test
    void messagePassingThinsAfterTopKAndDenseCountsOncePerGraphAfterPooling() {
        Network mp = TemplateLibrary.find("mp-graph-classifier").orElseThrow().create();
        // mp1 4→32, linear message and update: weights 4·32 + (4+32)·32 = 1,280; 10 nodes, 20 edges of width 4
        // (a sum of linear messages aggregates the 4 inputs, then multiplies).
        double mp1 = 10 * 2 * 1_280 + 20 * 4;
        // top-k keeps 0.8 of the nodes and 0.64 of the edges; mp2 32→32: weights 32·32 + 64·32 = 3,072.
        double mp2 = 8 * 2 * 3_072 + 12.8 * 32;
        // the logits 32→2 after the mean readout: once per graph.
        double logits = 2 * 32 * 2;
        assertEquals(mp1 + mp2 + logits, FlopCounter.perGraph(mp, false, 10, 20), 1e-6);
    }

    @Test
    void edgeFeaturesAddTheirProductAndSumPerEdge() {
        Network bonds = TemplateLibrary.find("mp-bond-classifier").orElseThrow().create();
        // mp1 3→32: weights 3·32 + 35·32 = 1,216; per edge its 3 bond features times W_e [3, 32], added to the message, and the
        // 32-wide message aggregated (edge features keep the messages per edge): 2·3·32 + 32 + 32 = 256.
        double mp1 = 10 * 2 * 1_216 + 20 * 256;
        // mp2 32→32: 32·32 + 64·32 = 3,072, and the same 256 per edge.
        double mp2 = 10 * 2 * 3_072 + 20 * 256;
        double logits = 2 * 32 * 2;
        assertEquals(mp1 + mp2 + logits, FlopCounter.perGraph(bonds, false, 10, 20), 1e-6);
    }

    /** Graph attention reading 3 edge features: per scored edge (20 edges and 10 self-loops) a score per head, or GATv2's W_e·e. */
    @Test
    void edgeFeaturesInAttentionScoresCountPerScoredEdge() {
        for (boolean dynamic : new boolean[] {false, true}) {
            double without = FlopCounter.perGraph(attending(dynamic, false), false, 10, 20);
            double with = FlopCounter.perGraph(attending(dynamic, true), false, 10, 20);
            assertEquals(dynamic ? 30 * 2 * 3 * 8 : 30 * 2 * 3 * 2, with - without, 1e-9, dynamic ? "GATv2" : "GAT");
        }
    }

    private static Network attending(boolean dynamic, boolean edgeFeatures) {
        dev.dendrite.model.templates.NetworkBuilder b = new dev.dendrite.model.templates.NetworkBuilder("attending", "");
        var graph = dev.dendrite.model.network.gnn.GnnFactory.eINSTANCE.createGraphInput();
        graph.setNodeFeatures(3);
        graph.setEdgeFeatures(3);
        b.add(graph, "g", null);
        var gat = dev.dendrite.model.network.gnn.GnnFactory.eINSTANCE.createGraphAttention();
        gat.setOutFeatures(4);
        gat.setHeads(2);
        gat.setDynamic(dynamic);
        b.add(gat, "gat", graph);
        b.connect(graph, dev.dendrite.model.ports.Ports.EDGES, gat, dev.dendrite.model.ports.Ports.EDGES);
        if (edgeFeatures) {
            b.connect(graph, dev.dendrite.model.ports.Ports.EDGE_FEATURES, gat, dev.dendrite.model.ports.Ports.EDGE_FEATURES);
        }
        return b.network();
    }

    @Test
    void aFirstRecurrentLayerStillCountsItsHiddenStatesGradient() {
        // The bench's LSTM: 28 steps of 28 values, 128 units, then 10 classes.
        dev.dendrite.model.templates.NetworkBuilder b = new dev.dendrite.model.templates.NetworkBuilder("lstm", "rows");
        var lstm = SequenceFactory.eINSTANCE.createRecurrent();
        lstm.setCell(CellType.LSTM);
        lstm.setHiddenSize(128);
        lstm.setOutput(SequenceOutput.LAST);
        var x = b.add(lstm, "lstm", b.input("rows", 28, 28));
        b.loss(b.dense(x, "head", 10), dev.dendrite.model.network.LossKind.CROSS_ENTROPY);
        Network network = b.network();
        double input = 28 * 2.0 * 4 * 128 * 28;
        double hidden = 28 * 2.0 * 4 * 128 * 128;
        double head = 2.0 * 128 * 10;
        assertEquals(input + hidden + head, FlopCounter.perSample(network, false), 1e-6);
        // Forward and the weight gradients twice each; the hidden state's gradient (not the input's); the head's input gradient.
        assertEquals(2 * (input + hidden) + hidden + 3 * head, FlopCounter.perSample(network, true), 1e-6);
    }

    @Test
    void aTransposedConvolutionCountsEachInputPositionsScatter() {
        // DCGAN's doubling: 8 maps of 7 × 7 scatter 4 × 4 kernels onto 4 maps of 14 × 14.
        dev.dendrite.model.templates.NetworkBuilder b = new dev.dendrite.model.templates.NetworkBuilder("up", "doubling");
        var up = b.transposedConv(b.input("maps", 8, 7, 7), "up", 4, 4, 2, 1);
        var shapes = dev.dendrite.model.Networks.inspect(b.network()).shapes();
        assertEquals(2.0 * 8 * 4 * 16 * 49, FlopCounter.forwardPerLayer(shapes).get(up), 1e-6);
    }

    @Test
    void aBlocksLayersCountInEachInstancesPlace() {
        Network autoencoder = TemplateLibrary.find("autoencoder").orElseThrow().create();
        // encoder 784→128→32 and decoder 32→128→784, all inside the two blocks.
        double first = 2.0 * 784 * 128;
        double rest = 2.0 * (128 * 32 + 32 * 128 + 128 * 784);
        assertEquals(first + rest, FlopCounter.perSample(autoencoder, false), 1e-6);
        // The first layer (inside the encoder) needs no input gradient; the others three products each.
        assertEquals(2 * first + 3 * rest, FlopCounter.perSample(autoencoder, true), 1e-6);
        var shapes = dev.dendrite.model.Networks.inspect(autoencoder).shapes();
        var perLayer = FlopCounter.forwardPerLayer(shapes);
        assertEquals(java.util.List.of("encode", "decode"), perLayer.keySet().stream().map(l -> l.getName()).toList());
        assertEquals(first + 2.0 * 128 * 32, perLayer.values().iterator().next(), 1e-6);
        // The trainers' thread choice keeps the count it was measured against: nothing outside the blocks, one thread.
        assertEquals(0, FlopCounter.perSample(shapes, true, false), 0.0);
        assertEquals(1, dev.dendrite.train.run.StepThreads.wholeStep(autoencoder, 128, 0));
    }
}
