package dev.dendrite.train.autodiff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.NodeProto;

/**
 * Gradients of ONNX's fused recurrent operators (RNN, LSTM, GRU), which exported and imported
 * models keep: the fused node exposes no gate activations, so its rule recomputes the forward pass
 * unrolled over the steps from standard operators ({@link UnrolledRecurrence}) and differentiates
 * that with the generic rules, backpropagation through time. The forward pass itself stays fused.
 * Unrolling needs the number of steps: the input's static shape (a graph input's, or one the
 * caller tells {@link Autodiff}); the rule names the node where it is unknown.
 */
final class RecurrentRules {

    /** Input slots of the fused operators: X, W, R, B, sequence_lens, initial_h, initial_c (LSTM), P (LSTM). */
    static final int X = 0, W = 1, R = 2, B = 3, LENGTHS = 4, INITIAL_H = 5, INITIAL_C = 6, PEEPHOLES = 7;

    private RecurrentRules() {
    }

    static void register(Map<String, VjpRule> rules) {
        for (String op : List.of("RNN", "LSTM", "GRU")) {
            rules.put(op, RecurrentRules::gradient);
        }
    }

    /** What the unrolling needs from the node, checked: cell, sizes, direction and linear_before_reset. */
    record Spec(String cell, long hidden, int directions, boolean linearBeforeReset) {

        long gates() {
            return switch (cell) {
                case "LSTM" -> 4;
                case "GRU" -> 3;
                default -> 1;
            };
        }

        static Spec of(NodeProto node) {
            String op = node.getOpType();
            String where = op + " (node " + node.getName() + ")";
            AttributeProto direction = Attrs.get(node, "direction");
            String dir = direction == null ? "forward" : direction.getS().toStringUtf8();
            int directions = switch (dir) {
                case "forward" -> 1;
                case "bidirectional" -> 2;
                default -> throw new IllegalArgumentException("the gradient of " + where + " covers forward and bidirectional "
                        + "directions, not '" + dir + "'");
            };
            if (Attrs.get(node, "clip") != null) {
                throw new IllegalArgumentException("the gradient of " + where + " does not cover a clipped cell (clip)");
            }
            if (Attrs.i(node, "input_forget", 0) != 0) {
                throw new IllegalArgumentException("the gradient of " + where + " does not cover coupled input and forget gates (input_forget)");
            }
            if (node.getInputCount() > PEEPHOLES && !node.getInput(PEEPHOLES).isEmpty()) {
                throw new IllegalArgumentException("the gradient of " + where + " does not cover peephole connections (P)");
            }
            if (Attrs.i(node, "layout", 0) != 0) {
                // ONNX Runtime runs none (it refuses the batch-first layout at load).
                throw new IllegalArgumentException("the gradient of " + where + " covers the time-major layout, not layout = 1");
            }
            checkActivations(node, where, directions);
            long hidden = Attrs.i(node, "hidden_size", -1);
            if (hidden <= 0) {
                throw new IllegalArgumentException(where + " names no hidden_size");
            }
            return new Spec(op, hidden, directions, Attrs.i(node, "linear_before_reset", 0) != 0);
        }

        /** Only the default activations are unrolled: sigmoid gates and tanh, as every exporter writes them. */
        private static void checkActivations(NodeProto node, String where, int directions) {
            AttributeProto activations = Attrs.get(node, "activations");
            if (activations == null) {
                return;
            }
            List<String> one = switch (node.getOpType()) {
                case "LSTM" -> List.of("sigmoid", "tanh", "tanh");
                case "GRU" -> List.of("sigmoid", "tanh");
                default -> List.of("tanh");
            };
            List<String> given = activations.getStringsList().stream().map(s -> s.toStringUtf8().toLowerCase(Locale.ROOT)).toList();
            List<String> expected = new ArrayList<>();
            for (int d = 0; d < directions; d++) {
                expected.addAll(one);
            }
            if (!given.equals(expected) && !given.equals(one)) {
                throw new IllegalArgumentException("the gradient of " + where + " covers the default activations " + one + ", not " + given);
            }
        }
    }

    private static List<String> gradient(NodeProto node, List<String> outputGradients, GradientContext ctx) {
        Spec spec = Spec.of(node);
        String x = node.getInput(X);
        long[] shape = ctx.staticShape(x);
        if (shape == null || shape.length != 3 || shape[0] <= 0) {
            throw new IllegalArgumentException("the gradient of " + node.getOpType() + " (node " + node.getName() + ") unrolls it over "
                    + "its steps, so its input's number of steps must be known before the gradient is built");
        }
        int first = ctx.graph().graph().getNodeCount();
        UnrolledRecurrence.Outputs recomputed = UnrolledRecurrence.build(node, spec, (int) shape[0], ctx);
        List<NodeProto> forward = new ArrayList<>(ctx.graph().graph().getNodeList().subList(first, ctx.graph().graph().getNodeCount()));
        Map<String, String> seeds = new HashMap<>();
        List<String> outputs = recomputed.asList();
        for (int k = 0; k < outputs.size() && k < outputGradients.size(); k++) {
            if (outputGradients.get(k) != null && outputs.get(k) != null) {
                seeds.put(outputs.get(k), outputGradients.get(k));
            }
        }
        Set<String> wrt = new HashSet<>();
        for (int slot : new int[] {X, W, R, B, INITIAL_H, INITIAL_C}) {
            if (slot < node.getInputCount() && !node.getInput(slot).isEmpty() && ctx.needs(node.getInput(slot))) {
                wrt.add(node.getInput(slot));
            }
        }
        Map<String, String> gradients = Autodiff.backward(ctx.graph(), forward, seeds, wrt);
        // A tensor in two slots gets its whole gradient once (Autodiff adds what each slot returns).
        Set<String> given = new HashSet<>();
        List<String> result = new ArrayList<>();
        for (int slot = 0; slot < node.getInputCount(); slot++) {
            String input = node.getInput(slot);
            boolean differentiable = slot != LENGTHS && slot != PEEPHOLES && given.add(input);
            result.add(differentiable ? gradients.get(input) : null);
        }
        return result;
    }
}
