package dev.dendrite.train.autodiff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.onnx.graph.GraphBuilder;

/**
 * A bias's gradient, the output's gradient summed over its leading axes, is a product with a
 * vector of ones where the output's shape is known (a training graph's layers), not a ReduceSum
 * (several times slower in ONNX Runtime). Its values are checked in {@link RuleGradientTest}'s
 * broadcasting cases.
 */
class BiasGradientTest {

    @Test
    void aDenseLayersBiasGradientIsOneProductWithOnes() {
        GraphBuilder g = graph(new long[] {-1, 3}, new long[] {3, 4}, new long[] {4});
        String y = g.node("Gemm", List.of("x", "w", "b"), "y");
        Map<String, String> gradients = backward(g, y, new long[] {-1, 4});
        NodeProto producer = producer(g, gradients.get("b"));
        assertEquals("MatMul", producer.getOpType());
        assertEquals("seed", producer.getInput(1), "the seed's rows are summed as they are");
        assertEquals("Expand", producer(g, producer.getInput(0)).getOpType(), "ones, as many as the rows");
        assertEquals(0, upstream(g, gradients.get("b"), "ReduceSum"));
    }

    @Test
    void aGemmsBiasReshapedToAVectorSumsRowsWithoutKnowingTheOutputsShape() {
        GraphBuilder g = graph(new long[] {-1, 3}, new long[] {3, 4}, new long[] {1, 4});
        String bias = g.node("Reshape", List.of("b", g.longs("bias_shape", 4)), "bias");
        String y = g.node("Gemm", List.of("x", "w", bias), "y");
        List<NodeProto> forward = List.copyOf(g.graph().getNodeList());
        g.input("seed", GraphBuilder.ElementType.FLOAT, dims(new long[] {-1, 4}));
        Map<String, String> gradients = Autodiff.backward(g, forward, Map.of(y, "seed"), Set.of("b"), GradientOverrides.none());
        assertEquals(1, upstream(g, gradients.get("b"), "MatMul"), "the recurrent input projection's bias: a Reshape of [1, 4]");
        assertEquals(0, upstream(g, gradients.get("b"), "ReduceSum"));
    }

    @Test
    void twoLeadingAxesAreSummedAsRows() {
        GraphBuilder g = graph(new long[] {-1, 5, 4}, new long[] {4}, null);
        String y = g.node("Add", List.of("x", "w"), "y");
        Map<String, String> gradients = backward(g, y, new long[] {-1, 5, 4});
        NodeProto producer = producer(g, gradients.get("w"));
        assertEquals("MatMul", producer.getOpType());
        assertEquals("Reshape", producer(g, producer.getInput(1)).getOpType(), "[N, 5, 4] as rows of 4");
        assertEquals(0, upstream(g, gradients.get("w"), "ReduceSum"));
    }

    @Test
    void aRowOfOnesShapeIsSummedAsRowsAndKeepsItsShape() {
        GraphBuilder g = graph(new long[] {-1, 4}, new long[] {1, 4}, null);
        String y = g.node("Add", List.of("x", "w"), "y");
        Map<String, String> gradients = backward(g, y, new long[] {-1, 4});
        NodeProto reshape = producer(g, gradients.get("w"));
        assertEquals("Reshape", reshape.getOpType(), "[4] back to [1, 4]");
        assertEquals("MatMul", producer(g, reshape.getInput(0)).getOpType());
        assertEquals(0, upstream(g, gradients.get("w"), "ReduceSum"));
    }

    @Test
    void aDimOfOneInsideStillReduces() {
        GraphBuilder g = graph(new long[] {-1, 2, 3}, new long[] {2, 1}, null);
        String y = g.node("Add", List.of("x", "w"), "y");
        Map<String, String> gradients = backward(g, y, new long[] {-1, 2, 3});
        assertEquals(1, upstream(g, gradients.get("w"), "ReduceSum"), "w is not a vector over the rows: the general form");
        assertEquals(0, upstream(g, gradients.get("w"), "MatMul"));
    }

    private static GraphBuilder graph(long[] x, long[] w, long[] b) {
        GraphBuilder g = new GraphBuilder("bias");
        g.input("x", GraphBuilder.ElementType.FLOAT, dims(x));
        g.input("w", GraphBuilder.ElementType.FLOAT, dims(w));
        if (b != null) {
            g.input("b", GraphBuilder.ElementType.FLOAT, dims(b));
        }
        return g;
    }

    private static Map<String, String> backward(GraphBuilder g, String y, long[] shape) {
        List<NodeProto> forward = List.copyOf(g.graph().getNodeList());
        g.input("seed", GraphBuilder.ElementType.FLOAT, dims(shape));
        return Autodiff.backward(g, forward, Map.of(y, "seed"), Set.of("w", "b"), GradientOverrides.none(), Map.of(y, shape));
    }

    private static List<Object> dims(long[] shape) {
        return java.util.Arrays.stream(shape).mapToObj(d -> d < 0 ? (Object) "N" : (Object) d).toList();
    }

    private static NodeProto producer(GraphBuilder g, String tensor) {
        return g.graph().getNodeList().stream().filter(n -> n.getOutputList().contains(tensor)).findFirst().orElseThrow();
    }

    /** Nodes of {@code type} that {@code tensor} is computed from. */
    private static long upstream(GraphBuilder g, String tensor, String type) {
        java.util.Set<NodeProto> seen = new java.util.HashSet<>();
        java.util.Deque<String> open = new java.util.ArrayDeque<>(List.of(tensor));
        while (!open.isEmpty()) {
            String t = open.pop();
            g.graph().getNodeList().stream().filter(n -> n.getOutputList().contains(t)).filter(seen::add)
                    .forEach(n -> open.addAll(n.getInputList()));
        }
        return seen.stream().filter(n -> n.getOpType().equals(type)).count();
    }
}
