package dev.dendrite.train.autodiff;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ai.onnx.proto.OnnxMl.AttributeProto;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.onnx.graph.GraphBuilder;

/**
 * The fused RNN, LSTM and GRU nodes' gradients (recomputed unrolled) against finite differences of
 * the fused operators as ONNX Runtime runs them: every input's gradient, each output, both
 * directions, initial states, padded sequences (sequence_lens), both GRU forms and the plain RNN. A recomputation that differed from the fused node in any of these would fail here.
 */
class RecurrentRulesTest {

    private static final long T = 3, N = 2, F = 3, H = 2;

    private static GradientCheck.Input real(String name, Random random, long... shape) {
        GradientCheck.Input input = GradientCheck.Input.real(name, random, shape);
        for (int i = 0; i < input.values().length; i++) {
            input.values()[i] *= 0.6;
        }
        return input;
    }

    /** Inputs X, W, R, B (and initial states when asked) of a cell with {@code gates} gates. */
    private static List<GradientCheck.Input> inputs(long gates, int directions, boolean states, boolean lstm) {
        Random random = new Random(gates * 10 + directions);
        List<GradientCheck.Input> inputs = new ArrayList<>();
        inputs.add(real("x", random, T, N, F));
        inputs.add(real("w", random, directions, gates * H, F));
        inputs.add(real("r", random, directions, gates * H, H));
        inputs.add(real("b", random, directions, 2 * gates * H));
        if (states) {
            long[] state = {directions, N, H};
            inputs.add(real("h0", random, state));
            if (lstm) {
                inputs.add(real("c0", random, state));
            }
        }
        return inputs;
    }

    /** The fused node over the inputs; lengths (int64, cast to ONNX's int32) when given; returns output {@code output}. */
    private static String fused(GraphBuilder graph, String op, int output, boolean lengths, boolean states, AttributeProto... attributes) {
        List<String> in = new ArrayList<>(List.of("x", "w", "r", "b",
                lengths ? graph.node("Cast", List.of("lengths"), "lengths32", Attr.i("to", 6)) : ""));
        if (states) {
            in.add("h0");
            if (op.equals("LSTM")) {
                in.add("c0");
            }
        }
        while (in.get(in.size() - 1).isEmpty()) {
            in.remove(in.size() - 1);
        }
        return graph.node(op, in, op.equals("LSTM") ? 3 : 2, op.toLowerCase(), attributes).get(output);
    }

    @Test
    void lstmForwardWithInitialStates() throws Exception {
        List<GradientCheck.Input> inputs = inputs(4, 1, true, true);
        for (int output = 0; output < 3; output++) {
            int k = output;
            GradientCheck.check("lstm output " + k, inputs, g -> fused(g, "LSTM", k, false, true, Attr.i("hidden_size", H)));
        }
    }

    @Test
    void bidirectionalLstmOnPaddedSequences() throws Exception {
        List<GradientCheck.Input> inputs = new ArrayList<>(inputs(4, 2, false, true));
        inputs.add(GradientCheck.Input.indices("lengths", new long[] {N}, 3, 1));
        for (int output = 0; output < 3; output++) {
            int k = output;
            GradientCheck.check("bilstm padded output " + k, inputs, g -> fused(g, "LSTM", k, true, false, Attr.i("hidden_size", H),
                    Attr.s("direction", "bidirectional")));
        }
    }

    @Test
    void gruInBothForms() throws Exception {
        List<GradientCheck.Input> inputs = inputs(3, 2, true, false);
        for (long linearBeforeReset : new long[] {0, 1}) {
            GradientCheck.check("gru lbr " + linearBeforeReset, inputs, g -> fused(g, "GRU", 0, false, true, Attr.i("hidden_size", H),
                    Attr.s("direction", "bidirectional"), Attr.i("linear_before_reset", linearBeforeReset)));
        }
        List<GradientCheck.Input> padded = new ArrayList<>(inputs(3, 1, false, false));
        padded.add(GradientCheck.Input.indices("lengths", new long[] {N}, 2, 3));
        GradientCheck.check("gru padded last state", padded, g -> fused(g, "GRU", 1, true, false, Attr.i("hidden_size", H),
                Attr.i("linear_before_reset", 1)));
    }

    @Test
    void plainRnn() throws Exception {
        GradientCheck.check("rnn", inputs(1, 2, false, false), g -> fused(g, "RNN", 0, false, false, Attr.i("hidden_size", H),
                Attr.s("direction", "bidirectional")));
    }

    @Test
    void unknownStepsAndUncoveredCellsAreNamed() {
        GraphBuilder graph = new GraphBuilder("dynamic");
        graph.input("x", GraphBuilder.ElementType.FLOAT, List.of("steps", "batch", F));
        graph.input("w", GraphBuilder.ElementType.FLOAT, List.of(1L, 4 * H, F));
        graph.input("r", GraphBuilder.ElementType.FLOAT, List.of(1L, 4 * H, H));
        graph.input("seed", GraphBuilder.ElementType.FLOAT, List.of("steps", 1L, "batch", H));
        String y = graph.node("LSTM", List.of("x", "w", "r"), 3, "lstm", Attr.i("hidden_size", H)).get(0);
        var nodes = List.copyOf(graph.graph().getNodeList());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                () -> Autodiff.backward(graph, nodes, Map.of(y, "seed"), Set.of("x")));
        assertTrue(unknown.getMessage().contains("LSTM (node node/lstm)") && unknown.getMessage().contains("number of steps"),
                unknown.getMessage());
        Map<String, long[]> known = Map.of("x", new long[] {T, -1, F});
        assertTrue(Autodiff.backward(graph, nodes, Map.of(y, "seed"), Set.of("x"), GradientOverrides.none(), known).containsKey("x"),
                "the steps told by the caller unroll it");

        GraphBuilder clipped = new GraphBuilder("clipped");
        clipped.input("x", GraphBuilder.ElementType.FLOAT, List.of(T, N, F));
        String out = clipped.node("GRU", List.of("x", "w", "r"), 2, "gru", Attr.i("hidden_size", H), Attr.f("clip", 1.0)).get(0);
        var clippedNodes = List.copyOf(clipped.graph().getNodeList());
        IllegalArgumentException clip = assertThrows(IllegalArgumentException.class,
                () -> Autodiff.backward(clipped, clippedNodes, Map.of(out, "seed"), Set.of("x")));
        assertTrue(clip.getMessage().contains("clip"), clip.getMessage());
    }
}
