package dev.dendrite.onnx.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;

/**
 * Removes what a graph computes and never reads: ONNX Runtime runs every node, used or not, so a
 * gradient rule's by-product (the gradient of a constant factor, say) would cost its time every step.
 */
public final class UnusedNodes {

    private UnusedNodes() {
    }

    /**
     * Keeps the nodes that a graph output needs, directly or through other kept nodes (a subgraph's
     * reads count as its node's), and the initializers they read or that a graph input declares.
     *
     * @return how many nodes were removed
     */
    public static int remove(GraphProto.Builder graph) {
        return remove(graph, false);
    }

    /**
     * As {@link #remove(GraphProto.Builder)}; with {@code keepInitializers} every initializer stays (parameters that travel with a
     * model without being read, as a GAN's discriminator with its generator), and graph inputs no kept node reads go.
     */
    public static int remove(GraphProto.Builder graph, boolean keepInitializers) {
        List<NodeProto> nodes = graph.getNodeList();
        Set<String> live = new HashSet<>();
        graph.getOutputList().forEach(output -> live.add(output.getName()));
        boolean[] kept = new boolean[nodes.size()];
        for (boolean grew = true; grew;) {
            grew = false;
            // Builders emit nodes in topological order, so one backward sweep usually settles it; the loop covers any other order.
            for (int i = nodes.size() - 1; i >= 0; i--) {
                if (!kept[i] && nodes.get(i).getOutputList().stream().anyMatch(live::contains)) {
                    kept[i] = true;
                    grew = true;
                    live.addAll(nodes.get(i).getInputList());
                    subgraphReads(nodes.get(i), live);
                }
            }
        }
        List<NodeProto> remaining = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            if (kept[i]) {
                remaining.add(nodes.get(i));
            }
        }
        int removed = nodes.size() - remaining.size();
        if (removed > 0) {
            graph.clearNode().addAllNode(remaining);
        }
        if (keepInitializers) {
            Set<String> initialized = new HashSet<>();
            graph.getInitializerList().forEach(t -> initialized.add(t.getName()));
            var read = graph.getInputList().stream().filter(i -> live.contains(i.getName()) || initialized.contains(i.getName())).toList();
            if (read.size() < graph.getInputCount()) {
                graph.clearInput().addAllInput(read);
            }
            return removed;
        }
        Set<String> declared = new HashSet<>();
        graph.getInputList().forEach(input -> declared.add(input.getName()));
        List<TensorProto> initializers = graph.getInitializerList().stream()
                .filter(t -> live.contains(t.getName()) || declared.contains(t.getName())).toList();
        if (initializers.size() < graph.getInitializerCount()) {
            graph.clearInitializer().addAllInitializer(initializers);
        }
        return removed;
    }

    private static void subgraphReads(NodeProto node, Set<String> live) {
        for (AttributeProto attribute : node.getAttributeList()) {
            List<GraphProto> graphs = new ArrayList<>(attribute.getGraphsList());
            if (attribute.hasG()) {
                graphs.add(attribute.getG());
            }
            for (GraphProto body : graphs) {
                for (NodeProto inner : body.getNodeList()) {
                    live.addAll(inner.getInputList());
                    subgraphReads(inner, live);
                }
            }
        }
    }
}
