package dev.dendrite.train.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.sequence.CellType;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.model.shape.Dim;
import dev.dendrite.model.shape.LayerShapes;
import dev.dendrite.model.shape.Value;
import dev.dendrite.onnx.export.LoweringContext;
import dev.dendrite.onnx.graph.Attr;
import dev.dendrite.train.autodiff.GradientOverrides;

/**
 * Training-mode RNN, LSTM and GRU: the cell unrolled over the bound sequence length from standard
 * ops, so the generic gradient rules give backpropagation through time (the fused ONNX recurrent
 * ops expose no gate activations to differentiate). Uses the fused ops' parameters unchanged (ONNX
 * W/R/B, gate orders iofc and zrh, GRU with {@code linear_before_reset = 1}), so trained weights
 * export to the fused ops and give the same outputs. The input projection of every step and
 * direction is one GEMM; per step only the recurrent GEMM and the gate arithmetic remain.
 */
final class RecurrentTraining {

    private RecurrentTraining() {
    }

    static Map<String, String> lower(Layer layer, Map<String, String> in, LayerShapes shapes, LoweringContext ctx, TrainingLayers training) {
        Recurrent rnn = (Recurrent) layer;
        String id = rnn.getId();
        Value input = shapes.inputs().get(Ports.IN);
        boolean generating = rnn.getGenerateSteps() > 0;
        int steps = generating ? rnn.getGenerateSteps() : length(rnn, input, training);
        int directions = rnn.isBidirectional() ? 2 : 1;
        long hidden = rnn.getHiddenSize();
        long gates = gates(rnn.getCell());
        long gh = gates * hidden;
        long features = input.shape().size(-1);

        // Biases: B = [Wb, Rb] per direction. RNN and LSTM add both to the input projection; GRU keeps
        // Rb of its candidate gate inside the reset product, so its recurrent GEMM carries Rb.
        List<String> bias = ctx.graph().node("Split", List.of(ctx.weight(rnn, "B"), ctx.longs(id + "/bias_halves", gh, gh)), 2,
                id + "/bias_split", Attr.i("axis", 1));
        String inputBias = rnn.getCell() == CellType.GRU ? bias.get(0) : ctx.op("Add", id + "/bias_sum", bias);
        String w = ctx.reshape(ctx.weight(rnn, "W"), id + "/w_rows", directions * gh, features);
        String projectionBias = ctx.reshape(inputBias, id + "/input_bias", directions * gh);
        List<String> recurrent = perDirection(ctx.weight(rnn, "R"), id + "/r", directions, gh, hidden, ctx);
        List<String> recurrentBias = rnn.getCell() == CellType.GRU ? perDirection(bias.get(1), id + "/rb", directions, gh, 0, ctx) : null;

        // Input projection: [N·T, F]·Wᵀ (or [N, F]·Wᵀ once when generating), split into steps and directions.
        List<List<String>> projected = new ArrayList<>();
        if (generating) {
            String once = ctx.op("Gemm", id + "/x_proj", List.of(in.get(Ports.IN), w, projectionBias), Attr.i("transB", 1));
            List<String> byDirection = splitDirections(once, id + "/x_proj_dir", directions, gh, ctx);
            for (int t = 0; t < steps; t++) {
                projected.add(byDirection);
            }
        } else {
            // Time-major before the projection: the transpose moves the narrow input (no gradient when it is the
            // network's input) instead of the wide projection, and the steps split off axis 0 as [N, dirs·GH] each.
            String timeMajor = ctx.op("Transpose", id + "/x_tm", in.get(Ports.IN), Attr.ints("perm", 1, 0, 2));
            String rows = ctx.reshape(timeMajor, id + "/x_rows", -1, features);
            String all = ctx.op("Gemm", id + "/x_proj", List.of(rows, w, projectionBias), Attr.i("transB", 1));
            List<String> perStep = steps == 1 ? List.of(all)
                    : ctx.graph().node("Split", List.of(all), steps, id + "/x_step", Attr.i("axis", 0), Attr.i("num_outputs", steps));
            for (int t = 0; t < steps; t++) {
                projected.add(splitDirections(perStep.get(t), id + "/x_t" + t + "_dir", directions, gh, ctx));
            }
        }

        // Padded sequences: at a padded step the state carries over and the output is zero (as the fused ops with sequence_lens).
        String mask = generating ? null : training.sequenceMask(rnn, ctx.graph());
        List<String> stepMasks = mask == null ? null : steps == 1 ? List.of(mask)
                : ctx.graph().node("Split", List.of(mask), steps, id + "/mask_step", Attr.i("axis", 1), Attr.i("num_outputs", steps));
        List<String> initialHidden = initialState(in.get("initialHidden"), id + "/h0", directions, hidden, ctx);
        if (initialHidden == null && !generating && directions == 1 && rnn.getCell() != CellType.GRU) {
            // A zero state gives the first step its recurrent GEMM too (exact: it adds zeros), so R's gradient has a product
            // for every step and stacks the very gate gradients the input projection's gradient concatenates: one stack, not two.
            String zeroShape = ctx.op("Concat", id + "/h0_shape", List.of(ctx.shapeSlice(in.get(Ports.IN), id + "/h0_n", 0, 1),
                    ctx.longs(id + "/h0_width", hidden)), Attr.i("axis", 0));
            initialHidden = List.of(ctx.op("ConstantOfShape", id + "/h0_zeros", zeroShape));
        }
        List<String> initialCell = initialState(in.get("initialCell"), id + "/c0", directions, hidden, ctx);
        String[][] outputs = new String[directions][steps];
        String[] finalHidden = new String[directions];
        String[] finalCell = new String[directions];
        for (int d = 0; d < directions; d++) {
            String h = initialHidden == null ? null : initialHidden.get(d);
            String c = initialCell == null ? null : initialCell.get(d);
            for (int k = 0; k < steps; k++) {
                int t = d == 0 ? k : steps - 1 - k;
                String name = id + "/d" + d + "_t" + t;
                String x = projected.get(t).get(d);
                String rb = recurrentBias == null ? null : recurrentBias.get(d);
                Cell cell = new Cell(ctx, training.overrides(), name);
                String[] next = switch (rnn.getCell()) {
                    case RNN -> new String[] {cell.rnn(x, h, recurrent.get(d)), null};
                    case LSTM -> cell.lstm(x, h, c, recurrent.get(d), hidden);
                    case GRU -> new String[] {cell.gru(x, h, recurrent.get(d), rb, hidden), null};
                };
                if (stepMasks != null) {
                    next[0] = carried(h, next[0], stepMasks.get(t), name + "/h_masked", ctx);
                    next[1] = next[1] == null ? null : carried(c, next[1], stepMasks.get(t), name + "/c_masked", ctx);
                }
                h = next[0];
                c = next[1];
                outputs[d][t] = stepMasks == null ? h : ctx.op("Mul", name + "/y_masked", List.of(h, stepMasks.get(t)));
            }
            finalHidden[d] = h;
            finalCell[d] = c;
        }

        Map<String, String> ports = new LinkedHashMap<>();
        List<String> sequence = new ArrayList<>();
        for (int t = 0; t < steps; t++) {
            String both = directions == 1 ? outputs[0][t] : ctx.op("Concat", id + "/y_t" + t, List.of(outputs[0][t], outputs[1][t]),
                    Attr.i("axis", 1));
            sequence.add(ctx.op("Unsqueeze", id + "/y_t" + t + "_step", List.of(both, ctx.longs(id + "/y_axis" + t, 1))));
        }
        ports.put(Ports.SEQUENCE, steps == 1 ? sequence.get(0) : ctx.op("Concat", id + "/" + Ports.SEQUENCE, sequence, Attr.i("axis", 1)));
        ports.put(Ports.HIDDEN, joinDirections(finalHidden, id + "/" + Ports.HIDDEN, ctx));
        if (rnn.getCell() == CellType.LSTM) {
            ports.put(Ports.CELL, joinDirections(finalCell, id + "/" + Ports.CELL, ctx));
        }
        return ports;
    }

    /** prev + m·(fresh − prev): the fresh state at a real step (m = 1), the previous one (zero at first) at a padded one. */
    private static String carried(String previous, String fresh, String mask, String hint, LoweringContext ctx) {
        if (previous == null) {
            return ctx.op("Mul", hint, List.of(fresh, mask));
        }
        String change = ctx.op("Mul", hint + "_change", List.of(ctx.op("Sub", hint + "_delta", List.of(fresh, previous)), mask));
        return ctx.op("Add", hint, List.of(previous, change));
    }

    private static int length(Recurrent rnn, Value input, TrainingLayers training) {
        Dim time = input.shape().dims().get(1);
        if (time.isFixed()) {
            return (int) time.size();
        }
        if (training.sequenceLength() <= 0) {
            throw new IllegalArgumentException("recurrent layer " + rnn.getId() + " unrolls over its sequence in training, "
                    + "so the training graph needs the sequence length (the trainer binds it from the data)");
        }
        return (int) training.sequenceLength();
    }

    static long gates(CellType cell) {
        return switch (cell) {
            case RNN -> 1;
            case LSTM -> 4;
            case GRU -> 3;
        };
    }

    /** [dirs, GH(, H)] → one [GH(, H)] tensor per direction ({@code columns} 0: vectors). */
    private static List<String> perDirection(String x, String hint, int directions, long gh, long columns, LoweringContext ctx) {
        long[] shape = columns > 0 ? new long[] {gh, columns} : new long[] {gh};
        if (directions == 1) {
            return List.of(ctx.reshape(x, hint, shape));
        }
        List<String> parts = ctx.graph().node("Split", List.of(x, ctx.longs(hint + "_sizes", 1, 1)), 2, hint + "_split", Attr.i("axis", 0));
        return List.of(ctx.reshape(parts.get(0), hint + "0", shape), ctx.reshape(parts.get(1), hint + "1", shape));
    }

    /** [N, dirs·GH] → one [N, GH] per direction. */
    private static List<String> splitDirections(String x, String hint, int directions, long gh, LoweringContext ctx) {
        if (directions == 1) {
            return List.of(x);
        }
        return ctx.graph().node("Split", List.of(x, ctx.longs(hint + "_sizes", gh, gh)), 2, hint, Attr.i("axis", 1));
    }

    /** An initial-state port [N, dirs·H] split per direction, or null when unconnected (zeros). */
    private static List<String> initialState(String state, String hint, int directions, long hidden, LoweringContext ctx) {
        return state == null ? null : splitDirections(state, hint, directions, hidden, ctx);
    }

    private static String joinDirections(String[] states, String hint, LoweringContext ctx) {
        return states.length == 1 ? ctx.op("Identity", hint, states[0]) : ctx.op("Concat", hint, List.of(states), Attr.i("axis", 1));
    }

    /**
     * One step of one direction. Element-wise ops whose operands share a shape are marked so, which
     * spares their gradients the run-time un-broadcasting (most of a step's nodes otherwise).
     */
    private record Cell(LoweringContext ctx, GradientOverrides overrides, String name) {

        private String same(String type, String what, String a, String b) {
            String out = ctx.op(type, name + "/" + what, List.of(a, b));
            overrides.sameShape(out);
            return out;
        }

        /**
         * h·Rᵀ + x·Wᵀ + b (the latter two already in {@code x}, the GEMM's addend: no Add writing the gates
         * again); the recurrent GEMM is skipped while h is still zero.
         */
        private String preActivation(String x, String h, String r) {
            if (h == null) {
                return x;
            }
            String pre = ctx.op("Gemm", name + "/pre", List.of(h, r, x), Attr.i("transB", 1));
            overrides.sameShape(pre);
            return pre;
        }

        String rnn(String x, String h, String r) {
            return ctx.op("Tanh", name + "/h", preActivation(x, h, r));
        }

        /** Gates in ONNX order i, o, f, c: one Sigmoid over i, o, f and one Tanh over c. Returns {h, c}. */
        String[] lstm(String x, String h, String c, String r, long hidden) {
            String pre = preActivation(x, h, r);
            List<String> split = ctx.graph().node("Split", List.of(pre, ctx.longs(name + "/gate_sizes", 3 * hidden, hidden)), 2,
                    name + "/gates", Attr.i("axis", 1));
            String iof = ctx.op("Sigmoid", name + "/iof", split.get(0));
            String candidate = ctx.op("Tanh", name + "/candidate", split.get(1));
            List<String> g = ctx.graph().node("Split", List.of(iof, ctx.longs(name + "/iof_sizes", hidden, hidden, hidden)), 3,
                    name + "/iof_split", Attr.i("axis", 1));
            String written = same("Mul", "written", g.get(0), candidate);
            String cell = c == null ? written : same("Add", "c", same("Mul", "kept", g.get(2), c), written);
            String out = same("Mul", "h", g.get(1), ctx.op("Tanh", name + "/c_tanh", cell));
            return new String[] {out, cell};
        }

        /**
         * Gates z, r, h with {@code linear_before_reset = 1}: h̃ = tanh(x_h + r ⊙ (h·R_hᵀ + Rb_h)),
         * h' = h̃ + z ⊙ (h − h̃). While h is zero its recurrent term is just Rb (broadcast over the batch).
         */
        String gru(String x, String h, String r, String rb, long hidden) {
            boolean first = h == null;
            String recurrent = first ? rb : ctx.op("Gemm", name + "/h_proj", List.of(h, r, rb), Attr.i("transB", 1));
            List<String> xs = ctx.graph().node("Split", List.of(x, ctx.longs(name + "/x_sizes", 2 * hidden, hidden)), 2,
                    name + "/x_gates", Attr.i("axis", 1));
            List<String> hs = ctx.graph().node("Split", List.of(recurrent, ctx.longs(name + "/h_sizes", 2 * hidden, hidden)), 2,
                    name + "/h_gates", Attr.i("axis", first ? 0 : 1));
            String zrPre = first ? ctx.op("Add", name + "/zr_pre", List.of(xs.get(0), hs.get(0))) : same("Add", "zr_pre", xs.get(0), hs.get(0));
            String zr = ctx.op("Sigmoid", name + "/zr", zrPre);
            List<String> g = ctx.graph().node("Split", List.of(zr, ctx.longs(name + "/zr_sizes", hidden, hidden)), 2,
                    name + "/zr_split", Attr.i("axis", 1));
            String reset = first ? ctx.op("Mul", name + "/reset", List.of(g.get(1), hs.get(1))) : same("Mul", "reset", g.get(1), hs.get(1));
            String candidate = ctx.op("Tanh", name + "/candidate", same("Add", "candidate_pre", xs.get(1), reset));
            if (first) {
                // h' = h̃ + z ⊙ (0 − h̃)
                return same("Sub", "h", candidate, same("Mul", "z_h", g.get(0), candidate));
            }
            String delta = same("Sub", "delta", h, candidate);
            return same("Add", "h", candidate, same("Mul", "z_delta", g.get(0), delta));
        }
    }
}
