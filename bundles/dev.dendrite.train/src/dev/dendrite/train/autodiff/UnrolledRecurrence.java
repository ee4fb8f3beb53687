package dev.dendrite.train.autodiff;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ai.onnx.proto.OnnxMl.NodeProto;
import dev.dendrite.onnx.graph.Attr;

/**
 * A fused RNN, LSTM or GRU node recomputed from standard operators over a known number of steps,
 * with ONNX's semantics: gate orders iofc and zrh, both biases, {@code linear_before_reset},
 * initial states, the reverse direction of a bidirectional node, and {@code sequence_lens} (past
 * a sequence's end its state carries over and its output is zero, so the reverse direction starts
 * at each sequence's last real step). Its outputs equal the fused node's; {@link RecurrentRules}
 * differentiates them.
 */
final class UnrolledRecurrence {

    /** The recomputed outputs in the fused node's order (Y, Y_h, Y_c); Y_c only for an LSTM. */
    record Outputs(String y, String lastHidden, String lastCell) {
        List<String> asList() {
            return Arrays.asList(y, lastHidden, lastCell);
        }
    }

    private final NodeProto node;
    private final RecurrentRules.Spec spec;
    private final int steps;
    private final GradientContext ctx;

    private UnrolledRecurrence(NodeProto node, RecurrentRules.Spec spec, int steps, GradientContext ctx) {
        this.node = node;
        this.spec = spec;
        this.steps = steps;
        this.ctx = ctx;
    }

    static Outputs build(NodeProto node, RecurrentRules.Spec spec, int steps, GradientContext ctx) {
        return new UnrolledRecurrence(node, spec, steps, ctx).build();
    }

    private String input(int slot) {
        return slot < node.getInputCount() && !node.getInput(slot).isEmpty() ? node.getInput(slot) : null;
    }

    private String op(String type, String hint, List<String> inputs, ai.onnx.proto.OnnxMl.AttributeProto... attributes) {
        return ctx.op(type, "unrolled/" + hint, inputs, attributes);
    }

    private List<String> split(String x, String hint, long axis, long... sizes) {
        return ctx.ops("Split", "unrolled/" + hint, List.of(x, ctx.longs(sizes)), sizes.length, Attr.i("axis", axis));
    }

    private Outputs build() {
        // Time-major (ONNX Runtime's only layout): X [T, N, F], states [dirs, N, H].
        String x = input(RecurrentRules.X);
        String h0 = input(RecurrentRules.INITIAL_H);
        String c0 = spec.cell().equals("LSTM") ? input(RecurrentRules.INITIAL_C) : null;
        String zeros = h0 != null && (c0 != null || !spec.cell().equals("LSTM")) ? null : zeros(x);
        String[] masks = masks(x);
        long hidden = spec.hidden();
        long gh = spec.gates() * hidden;
        String[][] outputs = new String[spec.directions()][steps];
        String[] lastHidden = new String[spec.directions()];
        String[] lastCell = new String[spec.directions()];
        for (int d = 0; d < spec.directions(); d++) {
            String w = direction(RecurrentRules.W, d);
            String r = direction(RecurrentRules.R, d);
            List<String> biases = biases(d, gh);
            // RNN and LSTM add both biases to the input projection; GRU keeps Rb beside its recurrent product.
            String projectionBias = spec.cell().equals("GRU") ? biases.get(0) : op("Add", "bias", biases);
            String rows = op("Flatten", "x_rows", List.of(x), Attr.i("axis", 2));
            String projected = op("Gemm", "x_proj", List.of(rows, w, projectionBias), Attr.i("transB", 1));
            String timeMajor = op("Reshape", "x_proj_tm", List.of(projected, ctx.longs(steps, -1, gh)));
            List<String> perStep = steps == 1 ? List.of(timeMajor) : ctx.ops("Split", "unrolled/x_step", List.of(timeMajor), steps,
                    Attr.i("axis", 0), Attr.i("num_outputs", steps));
            String h = h0 != null ? stateOf(h0, d) : zeros;
            String c = c0 != null ? stateOf(c0, d) : zeros;
            for (int k = 0; k < steps; k++) {
                int t = d == 0 ? k : steps - 1 - k;
                String xt = op("Squeeze", "x_t", List.of(perStep.get(t), ctx.longs(0)));
                String[] next = switch (spec.cell()) {
                    case "LSTM" -> lstm(xt, h, c, r);
                    case "GRU" -> new String[] {gru(xt, h, r, biases.get(1)), null};
                    default -> new String[] {op("Tanh", "h", List.of(op("Gemm", "pre", List.of(h, r, xt), Attr.i("transB", 1))))};
                };
                String fresh = next[0];
                if (masks != null) {
                    next[0] = carried(h, next[0], masks[t]);
                    if (next.length > 1 && next[1] != null) {
                        next[1] = carried(c, next[1], masks[t]);
                    }
                }
                outputs[d][t] = masks == null ? fresh : op("Mul", "y_masked", List.of(fresh, masks[t]));
                h = next[0];
                c = next.length > 1 ? next[1] : null;
            }
            lastHidden[d] = h;
            lastCell[d] = c;
        }
        return new Outputs(sequence(outputs), stack(lastHidden, "y_h"), spec.cell().equals("LSTM") ? stack(lastCell, "y_c") : null);
    }

    private String stateOf(String states, int d) {
        return op("Gather", "state_d" + d, List.of(states, ctx.graph().longScalar("unrolled/d", d)), Attr.i("axis", 0));
    }

    /** Zeros [N, H] in X's element type. */
    private String zeros(String x) {
        String n = op("Shape", "n", List.of(x), Attr.i("start", 1), Attr.i("end", 2));
        String shape = op("Concat", "zeros_shape", List.of(n, ctx.longs(spec.hidden())), Attr.i("axis", 0));
        return op("CastLike", "zeros", List.of(op("ConstantOfShape", "zeros_f", List.of(shape)), x));
    }

    /** Per step, 1 where the step lies within each sequence's length, else 0 ([N, 1], X's type); null without sequence_lens. */
    private String[] masks(String x) {
        String lengths = input(RecurrentRules.LENGTHS);
        if (lengths == null) {
            return null;
        }
        String longLengths = op("Unsqueeze", "lengths_col", List.of(op("Cast", "lengths", List.of(lengths), Attr.i("to", 7)), ctx.longs(1)));
        String[] masks = new String[steps];
        for (int t = 0; t < steps; t++) {
            String within = op("Less", "within", List.of(ctx.graph().longScalar("unrolled/t", t), longLengths));
            masks[t] = op("CastLike", "mask", List.of(within, x));
        }
        return masks;
    }

    /** Direction d of W or R: [G·H, F] or [G·H, H]. */
    private String direction(int slot, int d) {
        return op("Gather", "dir" + d, List.of(input(slot), ctx.graph().longScalar("unrolled/d", d)), Attr.i("axis", 0));
    }

    /** Wb and Rb of direction d, zeros when B is absent. */
    private List<String> biases(int d, long gh) {
        String b = input(RecurrentRules.B);
        if (b == null) {
            String zero = op("CastLike", "no_bias", List.of(op("ConstantOfShape", "no_bias_f", List.of(ctx.longs(gh))), input(RecurrentRules.X)));
            return List.of(zero, zero);
        }
        return split(op("Gather", "b_dir" + d, List.of(b, ctx.graph().longScalar("unrolled/d", d)), Attr.i("axis", 0)), "b_halves", 0, gh, gh);
    }

    /** prev + m·(fresh − prev). */
    private String carried(String previous, String fresh, String mask) {
        return op("Add", "carried", List.of(previous, op("Mul", "change", List.of(op("Sub", "delta", List.of(fresh, previous)), mask))));
    }

    /** Gates i, o, f, c (ONNX's order); returns {h, c}. */
    private String[] lstm(String x, String h, String c, String r) {
        long hidden = spec.hidden();
        String pre = op("Gemm", "pre", List.of(h, r, x), Attr.i("transB", 1));
        List<String> gates = split(pre, "gates", 1, hidden, hidden, hidden, hidden);
        String in = op("Sigmoid", "i", List.of(gates.get(0)));
        String out = op("Sigmoid", "o", List.of(gates.get(1)));
        String forget = op("Sigmoid", "f", List.of(gates.get(2)));
        String candidate = op("Tanh", "candidate", List.of(gates.get(3)));
        String cell = op("Add", "c", List.of(op("Mul", "kept", List.of(forget, c)), op("Mul", "written", List.of(in, candidate))));
        return new String[] {op("Mul", "h", List.of(out, op("Tanh", "c_tanh", List.of(cell)))), cell};
    }

    /**
     * Gates z, r, h: h̃ = tanh(x_h + r ⊙ (h·R_hᵀ + Rb_h)) with linear_before_reset, else
     * tanh(x_h + (r ⊙ h)·R_hᵀ + Rb_h); h' = (1 − z) ⊙ h̃ + z ⊙ h = h̃ + z ⊙ (h − h̃).
     */
    private String gru(String x, String h, String r, String rb) {
        long hidden = spec.hidden();
        List<String> xs = split(x, "x_gates", 1, 2 * hidden, hidden);
        List<String> rs = split(r, "r_gates", 0, 2 * hidden, hidden);
        List<String> rbs = split(rb, "rb_gates", 0, 2 * hidden, hidden);
        String zrPre = op("Add", "zr_pre", List.of(xs.get(0), op("Gemm", "h_zr", List.of(h, rs.get(0), rbs.get(0)), Attr.i("transB", 1))));
        List<String> zr = split(op("Sigmoid", "zr", List.of(zrPre)), "zr_split", 1, hidden, hidden);
        String recurrent = spec.linearBeforeReset()
                ? op("Mul", "reset", List.of(zr.get(1), op("Gemm", "h_h", List.of(h, rs.get(1), rbs.get(1)), Attr.i("transB", 1))))
                : op("Gemm", "reset_h", List.of(op("Mul", "reset", List.of(zr.get(1), h)), rs.get(1), rbs.get(1)), Attr.i("transB", 1));
        String candidate = op("Tanh", "candidate", List.of(op("Add", "candidate_pre", List.of(xs.get(1), recurrent))));
        return op("Add", "h", List.of(candidate, op("Mul", "z_delta", List.of(zr.get(0), op("Sub", "delta", List.of(h, candidate))))));
    }

    /** Y: [T, dirs, N, H]. */
    private String sequence(String[][] outputs) {
        List<String> perStep = new ArrayList<>();
        for (int t = 0; t < steps; t++) {
            String[] both = new String[outputs.length];
            for (int d = 0; d < outputs.length; d++) {
                both[d] = outputs[d][t];
            }
            perStep.add(op("Unsqueeze", "y_t", List.of(stack(both, "y_dirs"), ctx.longs(0))));
        }
        return perStep.size() == 1 ? perStep.get(0) : op("Concat", "y", perStep, Attr.i("axis", 0));
    }

    /** [N, H] per direction → [dirs, N, H]. */
    private String stack(String[] states, String hint) {
        List<String> rows = new ArrayList<>();
        for (String s : states) {
            rows.add(op("Unsqueeze", hint + "_row", List.of(s, ctx.longs(0))));
        }
        return rows.size() == 1 ? rows.get(0) : op("Concat", hint, rows, Attr.i("axis", 0));
    }
}
