package dev.dendrite.train.autodiff;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/** Stop-gradient and straight-through estimators in reverse-mode autodiff, and Loop bodies from the graph builder. */
class GradientOverridesTest {

    private static final float[] SCORES = {0.7f, -0.2f, 0.1f, -0.9f};
    private static final float[] WEIGHTS = {1.5f, -2f, 0.25f, 3f};

    /** y = Σ w ⊙ mask(s) with mask = Cast(s > 0): a top-k-like mask whose true derivative w.r.t. s is zero everywhere. */
    private static GraphBuilder maskedSum(List<NodeProto> forwardOut, String[] names) {
        GraphBuilder g = new GraphBuilder("masked");
        g.input("s", GraphBuilder.ElementType.FLOAT, List.of(4L));
        g.input("w", GraphBuilder.ElementType.FLOAT, List.of(4L));
        String positive = g.node("Greater", List.of("s", g.scalar("zero", 0f)), "positive");
        String mask = g.node("Cast", List.of(positive), "mask", Attr.i("to", TensorProto.DataType.FLOAT_VALUE));
        String product = g.node("Mul", List.of("w", mask), "product");
        String y = g.node("ReduceSum", List.of(product), "y", Attr.i("keepdims", 0));
        forwardOut.addAll(g.graph().getNodeList());
        names[0] = mask;
        names[1] = y;
        names[2] = product;
        return g;
    }

    @Test
    void straightThroughHandsTheMasksGradientToTheScores() throws Exception {
        List<NodeProto> forward = new java.util.ArrayList<>();
        String[] names = new String[3];
        GraphBuilder g = maskedSum(forward, names);
        String seed = g.scalar("seed", 1f);
        Map<String, String> plain = Autodiff.backward(g, forward, Map.of(names[1], seed), Set.of("s", "w"));
        assertFalse(plain.containsKey("s"), "without an override no gradient reaches the scores (Greater has none)");

        GraphBuilder g2 = maskedSum(forward = new java.util.ArrayList<>(), names);
        String seed2 = g2.scalar("seed", 1f);
        Map<String, String> grads = Autodiff.backward(g2, forward, Map.of(names[1], seed2), Set.of("s", "w"),
                GradientOverrides.none().straightThrough(names[0], "s"));
        assertTrue(grads.containsKey("s"));
        float[][] values = run(g2, grads.get("s"), grads.get("w"));
        // d y / d mask = w, passed unchanged to s; d y / d w = mask.
        assertArrayEquals(WEIGHTS, values[0], 1e-6f);
        assertArrayEquals(new float[] {1, 0, 1, 0}, values[1], 1e-6f);
    }

    @Test
    void stopGradientCutsThePathThroughATensor() throws Exception {
        List<NodeProto> forward = new java.util.ArrayList<>();
        String[] names = new String[3];
        GraphBuilder g = maskedSum(forward, names);
        String seed = g.scalar("seed", 1f);
        Map<String, String> grads = Autodiff.backward(g, forward, Map.of(names[1], seed), Set.of("s", "w"),
                GradientOverrides.none().straightThrough(names[0], "s").stop(names[2]));
        assertTrue(grads.isEmpty(), "nothing flows back through the stopped product: " + grads);
    }

    @Test
    void aCustomRuleReplacesTheOperatorsRuleForOneNode() throws Exception {
        List<NodeProto> forward = new java.util.ArrayList<>();
        String[] names = new String[3];
        GraphBuilder g = maskedSum(forward, names);
        String seed = g.scalar("seed", 1f);
        // The product's rule, replaced: d(w ⊙ mask)/dw taken as 2·mask instead of mask.
        VjpRule doubled = (node, grads, ctx) -> java.util.Arrays.asList(ctx.op("Mul", "doubled", List.of(grads.get(0), ctx.op("Mul", "twice",
                List.of(node.getInput(1), ctx.scalarLike(2f, grads.get(0)))))), null);
        Map<String, String> grads = Autodiff.backward(g, forward, Map.of(names[1], seed), Set.of("w"),
                GradientOverrides.none().custom(names[2], doubled));
        assertArrayEquals(new float[] {2, 0, 2, 0}, run(g, grads.get("w"))[0], 1e-6f);
    }

    @Test
    void loopBodiesAreGraphAttributesThatRun() throws Exception {
        // Sum of 1..5 by a Loop whose body adds the iteration number (plus one) to a carried value.
        GraphBuilder g = new GraphBuilder("loop");
        GraphBuilder body = g.subgraph("body");
        body.input("iteration", GraphBuilder.ElementType.INT64, List.of());
        body.input("condition_in", GraphBuilder.ElementType.BOOL, List.of());
        body.input("carried_in", GraphBuilder.ElementType.FLOAT, List.of());
        String asFloat = body.node("Cast", List.of("iteration"), "i_float", Attr.i("to", TensorProto.DataType.FLOAT_VALUE));
        String next = body.node("Add", List.of("carried_in", body.node("Add", List.of(asFloat, body.scalar("one", 1f)), "i_plus_1")), "sum");
        body.nodeWithOutputs("Identity", List.of("condition_in"), List.of("condition_out"));
        body.nodeWithOutputs("Identity", List.of(next), List.of("carried_out"));
        body.output("condition_out", GraphBuilder.ElementType.BOOL, List.of());
        body.output("carried_out", GraphBuilder.ElementType.FLOAT, List.of());
        g.input("trips", GraphBuilder.ElementType.INT64, List.of());
        g.input("start", GraphBuilder.ElementType.FLOAT, List.of());
        g.nodeWithOutputs("Loop", List.of("trips", "", "start"), List.of("total"), Attr.graph("body", body.graph().build()));
        g.output("total", GraphBuilder.ElementType.FLOAT, List.of());
        try (ModelSession session = OnnxRuntime.open(g.model("test", "loop").toByteArray(), "loop", RuntimeSettings.forTrainer())) {
            var env = OnnxRuntime.environment();
            try (OnnxTensor trips = OnnxTensor.createTensor(env, java.nio.LongBuffer.wrap(new long[] {5}), new long[0]);
                 OnnxTensor start = OnnxTensor.createTensor(env, FloatBuffer.wrap(new float[] {0}), new long[0]);
                 OrtSession.Result result = session.session().run(Map.of("trips", trips, "start", start))) {
                assertEquals(15f, ((OnnxTensor) result.get("total").orElseThrow()).getFloatBuffer().get(0), 0f);
            }
        }
    }

    private static float[][] run(GraphBuilder g, String... outputs) throws Exception {
        for (String output : outputs) {
            g.output(output, GraphBuilder.ElementType.FLOAT);
        }
        try (ModelSession session = OnnxRuntime.open(g.model("test", "overrides").toByteArray(), "overrides", RuntimeSettings.forTrainer())) {
            var env = OnnxRuntime.environment();
            Map<String, OnnxTensor> feeds = new HashMap<>();
            try (OnnxTensor s = OnnxTensor.createTensor(env, FloatBuffer.wrap(SCORES), new long[] {4});
                 OnnxTensor w = OnnxTensor.createTensor(env, FloatBuffer.wrap(WEIGHTS), new long[] {4})) {
                feeds.put("s", s);
                feeds.put("w", w);
                try (OrtSession.Result result = session.session().run(feeds)) {
                    float[][] values = new float[outputs.length][];
                    for (int i = 0; i < outputs.length; i++) {
                        FloatBuffer buffer = ((OnnxTensor) result.get(outputs[i]).orElseThrow()).getFloatBuffer();
                        values[i] = new float[buffer.remaining()];
                        buffer.get(values[i]);
                    }
                    return values;
                }
            }
        }
    }
}
