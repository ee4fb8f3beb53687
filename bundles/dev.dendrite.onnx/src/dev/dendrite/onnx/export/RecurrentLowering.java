package dev.dendrite.onnx.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.dendrite.model.network.sequence.CellType;
import dev.dendrite.model.network.sequence.Embedding;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.onnx.graph.Attr;

/**
 * Lowering of embeddings and recurrent layers to ONNX Gather and RNN/LSTM/GRU. The fused ops are
 * time-major, so batch-first sequences are transposed in and out; GRU uses
 * {@code linear_before_reset = 1} (PyTorch's formulation).
 */
final class RecurrentLowering {

    private RecurrentLowering() {
    }

    static String embedding(Embedding embedding, String ids, LoweringContext ctx) {
        return ctx.op("Gather", embedding.getId(), List.of(ctx.weight(embedding, "weight"), ids), Attr.i("axis", 0));
    }

    static Map<String, String> recurrent(Recurrent rnn, Map<String, String> inputs, LoweringContext ctx) {
        long directions = rnn.isBidirectional() ? 2 : 1;
        long hidden = rnn.getHiddenSize();
        String x = inputs.get(Ports.IN);
        if (rnn.getGenerateSteps() > 0) {
            // One-to-many: the input vector is fed at every generated step.
            String step = ctx.op("Unsqueeze", LoweringContext.hint(rnn, "as_step"), List.of(x, ctx.longs(LoweringContext.hint(rnn, "axis1"), 1)));
            x = ctx.op("Tile", LoweringContext.hint(rnn, "repeated"), List.of(step,
                    ctx.longs(LoweringContext.hint(rnn, "repeats"), 1, rnn.getGenerateSteps(), 1)));
        }
        String timeMajor = ctx.op("Transpose", LoweringContext.hint(rnn, "time_major"), x, Attr.ints("perm", 1, 0, 2));
        // Padded batches (training's evaluation graph) give each sequence's length: the state stops at its last step.
        String lengths = ctx.hooks() == null || rnn.getGenerateSteps() > 0 ? null : ctx.hooks().sequenceLengths(rnn, ctx);
        List<String> opInputs = new ArrayList<>(List.of(timeMajor, ctx.weight(rnn, "W"), ctx.weight(rnn, "R"), ctx.weight(rnn, "B"),
                lengths == null ? "" : lengths));
        opInputs.add(initialState(rnn, inputs.get("initialHidden"), "initial_h", directions, hidden, ctx));
        if (rnn.getCell() == CellType.LSTM) {
            opInputs.add(initialState(rnn, inputs.get("initialCell"), "initial_c", directions, hidden, ctx));
        }
        while (opInputs.get(opInputs.size() - 1).isEmpty()) {
            opInputs.remove(opInputs.size() - 1);
        }
        String op = switch (rnn.getCell()) {
            case RNN -> "RNN";
            case LSTM -> "LSTM";
            case GRU -> "GRU";
        };
        List<ai.onnx.proto.OnnxMl.AttributeProto> attributes = new ArrayList<>(List.of(Attr.i("hidden_size", hidden),
                Attr.s("direction", rnn.isBidirectional() ? "bidirectional" : "forward")));
        if (rnn.getCell() == CellType.GRU) {
            attributes.add(Attr.i("linear_before_reset", 1));
        }
        int outputs = rnn.getCell() == CellType.LSTM ? 3 : 2;
        List<String> results = ctx.graph().node(op, opInputs, outputs, LoweringContext.hint(rnn, op.toLowerCase()),
                attributes.toArray(ai.onnx.proto.OnnxMl.AttributeProto[]::new));
        Map<String, String> ports = new LinkedHashMap<>();
        // Y [T, dirs, N, H] -> [N, T, dirs·H]
        String batchFirst = ctx.op("Transpose", LoweringContext.hint(rnn, "batch_first"), results.get(0), Attr.ints("perm", 2, 0, 1, 3));
        ports.put(Ports.SEQUENCE, ctx.reshape(batchFirst, LoweringContext.hint(rnn, Ports.SEQUENCE), 0, 0, -1));
        ports.put(Ports.HIDDEN, finalState(rnn, results.get(1), Ports.HIDDEN, ctx));
        if (rnn.getCell() == CellType.LSTM) {
            ports.put(Ports.CELL, finalState(rnn, results.get(2), Ports.CELL, ctx));
        }
        return ports;
    }

    /** [N, dirs·H] -> [dirs, N, H], or "" when the port is unconnected (zeros). */
    private static String initialState(Recurrent rnn, String state, String what, long directions, long hidden, LoweringContext ctx) {
        if (state == null) {
            return "";
        }
        String split = ctx.reshape(state, LoweringContext.hint(rnn, what + "_split"), 0, directions, hidden);
        return ctx.op("Transpose", LoweringContext.hint(rnn, what), split, Attr.ints("perm", 1, 0, 2));
    }

    /** [dirs, N, H] -> [N, dirs·H] (forward then backward direction, as PyTorch concatenates). */
    private static String finalState(Recurrent rnn, String state, String port, LoweringContext ctx) {
        String batchFirst = ctx.op("Transpose", LoweringContext.hint(rnn, port + "_batch_first"), state, Attr.ints("perm", 1, 0, 2));
        return ctx.reshape(batchFirst, LoweringContext.hint(rnn, port), 0, -1);
    }
}
