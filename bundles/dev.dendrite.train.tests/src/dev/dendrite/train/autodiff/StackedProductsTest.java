package dev.dendrite.train.autodiff;

import static dev.dendrite.train.autodiff.GradientCheck.Input.real;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;

/** A weight used by several products gets one product over stacked operands: the same gradient, one GEMM. */
class StackedProductsTest {

    /** h ← tanh(h·Rᵀ + x_t·W) over the steps, R and W shared; R also squared element-wise, a contribution that is no product. */
    private static String unrolled(GraphBuilder g) {
        String h = g.node("Tanh", List.of("x0"), "h");
        for (int t = 1; t <= 3; t++) {
            String recurrent = g.node("Gemm", List.of(h, "r"), "h_proj", Attr.i("transB", 1));
            String input = g.node("MatMul", List.of("x" + t, "w"), "x_proj");
            h = g.node("Tanh", List.of(g.node("Add", List.of(recurrent, input), "pre")), "h");
        }
        String squared = g.node("MatMul", List.of("r0", g.node("Mul", List.of("r", "r"), "sq")), "r0_sq");
        return g.node("Add", List.of(g.node("Gemm", List.of(h, "r"), "last", Attr.i("transB", 1)), squared), "y");
    }

    @Test
    void stackedGradientsMatchFiniteDifferences() throws Exception {
        Random random = new Random(11);
        List<GradientCheck.Input> inputs = List.of(real("x0", random, 2, 3), real("x1", random, 2, 3), real("x2", random, 2, 3),
                real("x3", random, 2, 3), real("r", random, 3, 3), real("w", random, 3, 3), real("r0", random, 2, 3));
        GradientCheck.check("unrolled products", inputs, StackedProductsTest::unrolled);
    }

    @Test
    void eachSharedWeightGetsOneProductOverStackedOperands() {
        GraphBuilder g = graph();
        List<NodeProto> forward = List.copyOf(g.graph().getNodeList());
        String y = forward.get(forward.size() - 1).getOutput(0);
        Map<String, String> gradients = Autodiff.backward(g, forward, Map.of(y, "seed"), Set.of("r", "w"));
        List<NodeProto> backward = g.graph().getNodeList().subList(forward.size(), g.graph().getNodeCount());
        // R: four products (three steps and the last) in one; W: three MatMuls in one.
        assertEquals(2, count(backward, "Gemm", "grad/stacked_product"), "one stacked product per weight");
        assertEquals(0, count(backward, "Gemm", "grad/gemm_db"), "no product of R left apart");
        assertEquals(1, count(backward, "Gemm", "grad/matmul_db"), "only the squared R's own product");
        assertEquals("Gemm", producer(g, gradients.get("w")), "W's gradient is the stacked product itself");
        assertEquals("Sum", producer(g, gradients.get("r")), "R's: the stacked product and the square's two terms");
    }

    @Test
    void twoProductsStayAsTheyAre() {
        GraphBuilder g = new GraphBuilder("two");
        declare(g, "x", 2, 3);
        declare(g, "r", 3, 3);
        String y = g.node("Gemm", List.of(g.node("Gemm", List.of("x", "r"), "a"), "r"), "y");
        List<NodeProto> forward = List.copyOf(g.graph().getNodeList());
        declare(g, "seed", 2, 3);
        Autodiff.backward(g, forward, Map.of(y, "seed"), Set.of("r"));
        List<NodeProto> backward = g.graph().getNodeList().subList(forward.size(), g.graph().getNodeCount());
        assertEquals(0, count(backward, "Gemm", "grad/stacked_product"));
        assertEquals(2, count(backward, "Gemm", "grad/gemm_db"));
    }

    private static GraphBuilder graph() {
        GraphBuilder g = new GraphBuilder("unrolled");
        for (int t = 0; t <= 3; t++) {
            declare(g, "x" + t, 2, 3);
        }
        declare(g, "r", 3, 3);
        declare(g, "w", 3, 3);
        declare(g, "r0", 2, 3);
        unrolled(g);
        declare(g, "seed", 2, 3);
        return g;
    }

    private static void declare(GraphBuilder g, String name, long... shape) {
        g.reserve(name);
        List<Object> dims = new ArrayList<>();
        for (long d : shape) {
            dims.add(d);
        }
        g.input(name, GraphBuilder.ElementType.FLOAT, dims);
    }

    private static long count(List<NodeProto> nodes, String type, String namePart) {
        return nodes.stream().filter(n -> n.getOpType().equals(type) && n.getName().contains(namePart)).count();
    }

    private static String producer(GraphBuilder g, String tensor) {
        return g.graph().getNodeList().stream().filter(n -> n.getOutputList().contains(tensor)).findFirst().orElseThrow().getOpType();
    }

    /**
     * As a recurrent layer in training: one input projection split into the steps, each step's share the addend of
     * h·Rᵀ, a constant first state. The projection's gradient concatenates the steps' gate gradients; R's stack reuses it.
     */
    private static String projectedSteps(GraphBuilder g, GradientOverrides overrides) {
        List<String> steps = g.node("Split", List.of(g.node("Gemm", List.of("rows", "w"), "projection")), 4, "steps",
                Attr.i("axis", 0), Attr.i("num_outputs", 4));
        String h = "h0";
        for (String x : steps) {
            String pre = g.node("Gemm", List.of(h, "r", x), "pre", Attr.i("transB", 1));
            overrides.sameShape(pre);
            h = g.node("Tanh", List.of(pre), "h");
        }
        return h;
    }

    @Test
    void stepsWhoseGateGradientsAreStackedAlreadyShareThatStack() throws Exception {
        Random random = new Random(3);
        GradientCheck.check("projected steps", List.of(real("rows", random, 8, 2), real("w", random, 2, 3), real("r", random, 3, 3),
                real("h0", random, 2, 3)), StackedProductsTest::projectedSteps);

        GraphBuilder g = new GraphBuilder("projected");
        declare(g, "rows", 8, 2);
        declare(g, "w", 2, 3);
        declare(g, "r", 3, 3);
        declare(g, "h0", 2, 3);
        GradientOverrides overrides = GradientOverrides.none();
        String y = projectedSteps(g, overrides);
        List<NodeProto> forward = List.copyOf(g.graph().getNodeList());
        declare(g, "seed", 2, 3);
        Map<String, String> gradients = Autodiff.backward(g, forward, Map.of(y, "seed"), Set.of("w", "r"), overrides);
        List<NodeProto> backward = g.graph().getNodeList().subList(forward.size(), g.graph().getNodeCount());
        NodeProto product = backward.stream().filter(n -> n.getOutputList().contains(gradients.get("r"))).findFirst().orElseThrow();
        NodeProto splitBack = backward.stream().filter(n -> n.getName().contains("split_back")).findFirst().orElseThrow();
        assertEquals(splitBack.getOutput(0), product.getInput(0), "R's stacked gate gradients are the projection's own Concat");
        assertEquals(1, count(backward, "Concat", "grad/stacked_rows"), "only the states are stacked anew");
    }
}
