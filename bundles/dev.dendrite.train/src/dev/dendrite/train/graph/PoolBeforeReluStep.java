package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;

/**
 * "pool-before-relu": where a ReLU feeds only a max pool, the train step pools first and applies
 * the ReLU to the pooled tensor. The two orders give the same values and the same gradients (ReLU
 * is monotonic, so the first maximum of a window is the same input, and a window whose maximum is
 * not positive passes no gradient either way), but the ReLU, its mask and its gradient then touch a
 * quarter of the elements behind a 2×2 pool. Only the train step changes; the exported model keeps
 * the network's order. Skipped when activation statistics read the ReLU's own output; a step
 * inserted after this one that wants a ReLU layer's output must be inserted before it instead.
 */
final class PoolBeforeReluStep implements TrainStepStep {

    @Override
    public String name() {
        return "pool-before-relu";
    }

    @Override
    public void apply(TrainStepContext ctx) {
        if (ctx.options().activationStatistics()) {
            return;
        }
        GraphProto.Builder graph = ctx.graph().graph();
        Map<String, Integer> consumers = new HashMap<>();
        for (NodeProto node : graph.getNodeList()) {
            node.getInputList().forEach(input -> consumers.merge(input, 1, Integer::sum));
        }
        Set<String> graphOutputs = graph.getOutputList().stream().map(ValueInfoProto::getName).collect(java.util.stream.Collectors.toSet());
        List<NodeProto> nodes = new ArrayList<>(graph.getNodeList());
        Map<String, Integer> producerIndex = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            for (String output : nodes.get(i).getOutputList()) {
                producerIndex.put(output, i);
            }
        }
        boolean changed = false;
        for (int m = 0; m < nodes.size(); m++) {
            NodeProto pool = nodes.get(m);
            if (!pool.getOpType().equals("MaxPool") || pool.getOutputCount() != 1 || pool.getInputCount() != 1) {
                continue;
            }
            String relued = pool.getInput(0);
            Integer r = producerIndex.get(relued);
            if (r == null || !nodes.get(r).getOpType().equals("Relu") || consumers.getOrDefault(relued, 0) != 1 || graphOutputs.contains(relued)
                    || ctx.training.overrides().mentions(relued) || ctx.training.overrides().mentions(pool.getOutput(0))) {
                continue;
            }
            NodeProto relu = nodes.get(r);
            String pooledFirst = ctx.graph().fresh(pool.getName() + "/before_relu");
            // The pool takes the ReLU's place (its input exists there); the ReLU takes the pool's and keeps its output name.
            nodes.set(r, pool.toBuilder().setInput(0, relu.getInput(0)).setOutput(0, pooledFirst).build());
            nodes.set(m, relu.toBuilder().setInput(0, pooledFirst).setOutput(0, pool.getOutput(0)).build());
            changed = true;
        }
        if (!changed) {
            return;
        }
        graph.clearNode().addAllNode(nodes);
        // The forward nodes in their new order: the pool now comes first.
        Set<String> forwardNames = ctx.forward.stream().map(NodeProto::getName).collect(java.util.stream.Collectors.toSet());
        ctx.forward = nodes.stream().filter(node -> forwardNames.contains(node.getName())).toList();
    }
}
