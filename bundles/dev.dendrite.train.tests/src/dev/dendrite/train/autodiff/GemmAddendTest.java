package dev.dendrite.train.autodiff;

import static dev.dendrite.train.autodiff.GradientCheck.Input.real;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;

/** A Gemm whose addend has the output's shape (a recurrent step's h·Rᵀ + x·Wᵀ): C's gradient is the output's, nothing reduced. */
class GemmAddendTest {

    @Test
    void gradientsMatchFiniteDifferences() throws Exception {
        Random random = new Random(5);
        GradientCheck.check("Gemm with an addend of the output's shape",
                List.of(real("h", random, 2, 3), real("r", random, 4, 3), real("x", random, 2, 4)), (g, overrides) -> {
                    String y = g.node("Gemm", List.of("h", "r", "x"), "pre", Attr.i("transB", 1));
                    overrides.sameShape(y);
                    return g.node("Tanh", List.of(y), "y");
                });
    }

    @Test
    void theAddendsGradientIsTheOutputsWithoutReducing() {
        GraphBuilder g = new GraphBuilder("addend");
        for (String[] input : new String[][] {{"h", "2", "3"}, {"r", "4", "3"}, {"x", "2", "4"}, {"seed", "2", "4"}}) {
            g.input(input[0], GraphBuilder.ElementType.FLOAT, List.of(Long.parseLong(input[1]), Long.parseLong(input[2])));
        }
        String y = g.node("Gemm", List.of("h", "r", "x"), "pre", Attr.i("transB", 1));
        List<NodeProto> forward = List.copyOf(g.graph().getNodeList());
        Map<String, String> gradients = Autodiff.backward(g, forward, Map.of(y, "seed"), Set.of("h", "r", "x"),
                GradientOverrides.none().sameShape(y));
        assertEquals("seed", gradients.get("x"));
        assertEquals(0, g.graph().getNodeList().stream().filter(n -> n.getOpType().startsWith("Reduce")).count());
        assertEquals(3, g.graph().getNodeCount(), "the forward Gemm and the two operands' products");
    }
}
