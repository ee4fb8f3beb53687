package dev.dendrite.model.templates;

import static dev.dendrite.model.network.ActivationFunction.ELU;
import static dev.dendrite.model.network.ActivationFunction.RELU;

import java.util.List;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.gnn.Aggregation;
import dev.dendrite.model.network.gnn.GnnFactory;
import dev.dendrite.model.network.gnn.GraphAttention;
import dev.dendrite.model.network.gnn.GraphConvolution;
import dev.dendrite.model.network.gnn.GraphGlobalPooling;
import dev.dendrite.model.network.gnn.GraphInput;
import dev.dendrite.model.network.gnn.MessageFunction;
import dev.dendrite.model.network.gnn.MessagePassing;
import dev.dendrite.model.network.gnn.TopKPooling;
import dev.dendrite.model.network.gnn.UpdateFunction;
import dev.dendrite.model.ports.Ports;

/**
 * Graph neural networks: GCN and graph attention node classifiers, a message-passing graph classifier with top-k and
 * global pooling, and one whose messages read the bonds' types (edge features).
 */
final class GraphTemplates {

    private static final NetworkFactory F = NetworkFactory.eINSTANCE;

    private GraphTemplates() {
    }

    static List<Template> all() {
        return List.of(
                new Template("gcn-node-classifier", "GNN", "Two GCN layers classify the nodes of a community graph",
                        GraphTemplates::gcnNodeClassifier),
                new Template("gat-node-classifier", "GNN", "Graph attention: each node weighs its neighbours by learned scores, four heads, then one",
                        GraphTemplates::gatNodeClassifier),
                new Template("mp-graph-classifier", "GNN", "Message passing, top-k pooling and global mean pooling tell graphs with a cycle from trees",
                        GraphTemplates::mpGraphClassifier),
                new Template("mp-bond-classifier", "GNN", "Messages that read each bond's type (edge features) find where two double bonds meet",
                        GraphTemplates::mpBondClassifier),
                new Template("gatv2-lookup", "GNN", "Dynamic attention (GATv2) finds each query's key, which GAT's static attention cannot",
                        GraphTemplates::gatv2Lookup));
    }

    private static GraphConvolution gcn(int out) {
        GraphConvolution gcn = GnnFactory.eINSTANCE.createGraphConvolution();
        gcn.setOutFeatures(out);
        return gcn;
    }

    private static Network gcnNodeClassifier() {
        NetworkBuilder b = new NetworkBuilder("gcn-node-classifier", "Kipf and Welling's GCN on a stochastic block model graph.");
        GraphInput graph = GnnFactory.eINSTANCE.createGraphInput();
        graph.setNodeFeatures(8);
        b.add(graph, "graph", null);
        GraphConvolution first = b.add(gcn(16), "gcn1", graph);
        b.connect(graph, Ports.EDGES, first, Ports.EDGES);
        Layer hidden = b.activation(first, RELU);
        GraphConvolution second = b.add(gcn(4), "gcn2", hidden);
        b.connect(graph, Ports.EDGES, second, Ports.EDGES);
        b.loss(second, LossKind.CROSS_ENTROPY);
        return b.training("synthetic:communities", 20, 8, OptimizerKind.ADAM, 1e-2).network();
    }

    /**
     * Veličković et al.'s transductive GAT in small: four heads of 8 concatenated and an ELU, then one
     * head per class (averaged, as their output layer), on the GCN template's community graphs.
     */
    private static Network gatNodeClassifier() {
        NetworkBuilder b = new NetworkBuilder("gat-node-classifier", "Graph attention network (GAT) on a stochastic block model graph: "
                + "each node weighs its neighbours by a softmax of learned scores instead of the GCN's fixed degree normalisation.");
        GraphInput graph = GnnFactory.eINSTANCE.createGraphInput();
        graph.setNodeFeatures(8);
        b.add(graph, "graph", null);
        GraphAttention first = b.add(gat(8, 4, true), "gat1", graph);
        b.connect(graph, Ports.EDGES, first, Ports.EDGES);
        Layer hidden = b.activation(first, ELU);
        GraphAttention second = b.add(gat(4, 1, false), "gat2", hidden);
        b.connect(graph, Ports.EDGES, second, Ports.EDGES);
        b.loss(second, LossKind.CROSS_ENTROPY);
        return b.training("synthetic:communities", 20, 8, OptimizerKind.ADAM, 5e-3).network();
    }

    private static GraphAttention gat(int out, int heads, boolean concat) {
        GraphAttention gat = GnnFactory.eINSTANCE.createGraphAttention();
        gat.setOutFeatures(out);
        gat.setHeads(heads);
        gat.setConcat(concat);
        return gat;
    }

    private static Network mpGraphClassifier() {
        NetworkBuilder b = new NetworkBuilder("mp-graph-classifier", "Tells graphs that contain a cycle from trees "
                + "(synthetic:motifs asks the harder question: a triangle, or a longer cycle?).");
        GraphInput graph = GnnFactory.eINSTANCE.createGraphInput();
        graph.setNodeFeatures(4);
        graph.setBatched(true);
        b.add(graph, "graphs", null);
        MessagePassing mp1 = b.add(messagePassing(Aggregation.SUM), "mp1", graph);
        b.connect(graph, Ports.EDGES, mp1, Ports.EDGES);
        TopKPooling pool = GnnFactory.eINSTANCE.createTopKPooling();
        pool.setRatio(0.8);
        b.add(pool, "topk", mp1);
        b.connect(graph, Ports.EDGES, pool, Ports.EDGES);
        b.connect(graph, Ports.BATCH, pool, Ports.BATCH);
        MessagePassing mp2 = b.add(messagePassing(Aggregation.MAX), "mp2", pool);
        b.connect(pool, Ports.EDGES, mp2, Ports.EDGES);
        GraphGlobalPooling readout = GnnFactory.eINSTANCE.createGraphGlobalPooling();
        readout.setAggregation(Aggregation.MEAN);
        b.add(readout, "readout", mp2);
        b.connect(pool, Ports.BATCH, readout, Ports.BATCH);
        b.loss(b.dense(readout, "logits", 2), LossKind.CROSS_ENTROPY);
        return b.training("synthetic:cycles", 50, 32, OptimizerKind.ADAM, 3e-3).network();
    }

    /**
     * Two rounds of messages m_ji = W·x_j + W_e·e_ji over bonds typed by their edge features, then each graph's
     * strongest atom: after the first round an atom knows how many double bonds it has, which is the question.
     */
    private static Network mpBondClassifier() {
        NetworkBuilder b = new NetworkBuilder("mp-bond-classifier", "Tells molecules where two double bonds meet at an atom from those "
                + "where they are isolated (synthetic:bonds): only the bonds' types, read as edge features, tell.");
        GraphInput graph = GnnFactory.eINSTANCE.createGraphInput();
        graph.setNodeFeatures(3);
        graph.setEdgeFeatures(3);
        graph.setBatched(true);
        b.add(graph, "molecules", null);
        MessagePassing mp1 = b.add(messagePassing(Aggregation.SUM), "mp1", graph);
        b.connect(graph, Ports.EDGES, mp1, Ports.EDGES);
        b.connect(graph, Ports.EDGE_FEATURES, mp1, Ports.EDGE_FEATURES);
        MessagePassing mp2 = b.add(messagePassing(Aggregation.SUM), "mp2", mp1);
        b.connect(graph, Ports.EDGES, mp2, Ports.EDGES);
        b.connect(graph, Ports.EDGE_FEATURES, mp2, Ports.EDGE_FEATURES);
        GraphGlobalPooling readout = GnnFactory.eINSTANCE.createGraphGlobalPooling();
        readout.setAggregation(Aggregation.MAX);
        b.add(readout, "readout", mp2);
        b.connect(graph, Ports.BATCH, readout, Ports.BATCH);
        b.loss(b.dense(readout, "logits", 2), LossKind.CROSS_ENTROPY);
        return b.training("synthetic:bonds", 20, 32, OptimizerKind.ADAM, 3e-3).network();
    }

    /**
     * Brody et al.'s dictionary lookup: one GATv2 layer, four heads averaged into one score per value, each query node
     * attending to the key with its attribute. With {@code dynamic} off (GAT) the same layer stays near a key's chance.
     */
    private static Network gatv2Lookup() {
        NetworkBuilder b = new NetworkBuilder("gatv2-lookup", "Dictionary lookup (synthetic:lookup): every query hears every key and "
                + "must find the one with its attribute; GATv2 can score each key differently for each query, GAT cannot.");
        GraphInput graph = GnnFactory.eINSTANCE.createGraphInput();
        graph.setNodeFeatures(17);
        b.add(graph, "graph", null);
        GraphAttention attention = b.add(gat(8, 4, false), "gatv2", graph);
        attention.setDynamic(true);
        b.connect(graph, Ports.EDGES, attention, Ports.EDGES);
        b.loss(attention, LossKind.CROSS_ENTROPY);
        return b.training("synthetic:lookup", 10, 8, OptimizerKind.ADAM, 1e-2).network();
    }

    private static MessagePassing messagePassing(Aggregation aggregation) {
        MessagePassing mp = GnnFactory.eINSTANCE.createMessagePassing();
        mp.setOutFeatures(32);
        mp.setMessage(MessageFunction.LINEAR);
        mp.setAggregation(aggregation);
        mp.setUpdate(UpdateFunction.LINEAR);
        return mp;
    }
}
