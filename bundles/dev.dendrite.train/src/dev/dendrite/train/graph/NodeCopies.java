package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.onnx.graph.GraphBuilder;

/** Copies of forward nodes reading other tensors: a second pass of part of the network over other inputs (probes, penalties). */
final class NodeCopies {

    private NodeCopies() {
    }

    /**
     * Copies {@code nodes} into {@code g} in order, each reading {@code renamed}'s name for a tensor where it has one, every tensor
     * a copy makes under a fresh name after {@code prefix} (entered in {@code renamed}); returns the copies.
     *
     * @throws IllegalArgumentException for a node holding a subgraph (control flow), whose inner reads the copy could not follow
     */
    static List<NodeProto> copy(GraphBuilder g, List<NodeProto> nodes, Map<String, String> renamed, String prefix) {
        List<NodeProto> copies = new ArrayList<>();
        for (NodeProto node : nodes) {
            if (node.getAttributeList().stream().anyMatch(a -> a.getType() == AttributeProto.AttributeType.GRAPH)) {
                throw new IllegalArgumentException("the forward pass holds control flow (" + node.getOpType() + "), which cannot be copied");
            }
            List<String> reads = node.getInputList().stream().map(in -> renamed.getOrDefault(in, in)).toList();
            List<String> made = g.node(node, reads, prefix + (node.getOutputCount() > 0 ? node.getOutput(0) : node.getName()));
            for (int k = 0; k < made.size(); k++) {
                if (!node.getOutput(k).isEmpty()) {
                    renamed.put(node.getOutput(k), made.get(k));
                }
            }
            copies.add(g.graph().getNode(g.graph().getNodeCount() - 1));
        }
        return copies;
    }
}
