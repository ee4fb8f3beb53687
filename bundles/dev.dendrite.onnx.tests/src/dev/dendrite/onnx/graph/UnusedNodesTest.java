package dev.dendrite.onnx.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;

/** What a graph computes and never reads goes; what an output, a subgraph or a declared input needs stays. */
class UnusedNodesTest {

    @Test
    void removesTheNodesAndConstantsNoOutputNeedsAndKeepsTheRest() {
        GraphBuilder g = new GraphBuilder("t");
        g.input("x", GraphBuilder.ElementType.FLOAT, List.of(2L));
        String two = g.scalar("two", 2f);
        String three = g.scalar("three", 3f);
        String doubled = g.node("Mul", List.of("x", two), "doubled");
        // A by-product nobody reads, two nodes deep, and the only reader of "three".
        g.node("Neg", List.of(g.node("Mul", List.of(doubled, three), "unused_product")), "unused_negation");
        // Read only inside a subgraph (an If's branch): kept.
        String inBranch = g.node("Abs", List.of("x"), "in_branch");
        GraphBuilder branch = new GraphBuilder("branch");
        branch.graph().addNode(NodeProto.newBuilder().setOpType("Identity").addInput(inBranch).addOutput("branch_out"));
        String condition = g.node("Cast", List.of(g.node("ReduceSum", List.of("x"), "sum")), "condition",
                dev.dendrite.onnx.graph.Attr.i("to", 9));
        String chosen = g.node("If", List.of(condition), "chosen", AttributeProto.newBuilder().setName("then_branch")
                .setType(AttributeProto.AttributeType.GRAPH).setG(branch.graph()).build(), AttributeProto.newBuilder().setName("else_branch")
                .setType(AttributeProto.AttributeType.GRAPH).setG(branch.graph()).build());
        g.output(g.node("Add", List.of(doubled, chosen), "y"), GraphBuilder.ElementType.FLOAT);

        assertEquals(2, UnusedNodes.remove(g.graph()));
        List<String> ops = g.graph().getNodeList().stream().map(NodeProto::getOpType).toList();
        assertEquals(List.of("Mul", "Abs", "ReduceSum", "Cast", "If", "Add"), ops);
        assertEquals(List.of(two), g.graph().getInitializerList().stream().map(t -> t.getName()).toList(), "three's only reader went");
        assertEquals(0, UnusedNodes.remove(g.graph()), "nothing more to remove");
    }
}
