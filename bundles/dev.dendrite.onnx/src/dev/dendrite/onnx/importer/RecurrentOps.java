package dev.dendrite.onnx.importer;

import static dev.dendrite.onnx.importer.ImportState.intAttribute;
import static dev.dendrite.onnx.importer.ImportState.intsAttribute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.CellType;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.Recurrent;
import dev.dendrite.model.network.SequenceOutput;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.importer.ImportState.Source;

/**
 * Maps the fused RNN/LSTM/GRU operators. They are time-major, Dendrite's layers batch-first, so
 * the transposes and reshapes around them (as Dendrite and batch-first exporters emit them) are
 * claimed by a pre-pass and folded into the layer's ports.
 */
final class RecurrentOps {

    /** The tensors around a recurrent node once its layout nodes are folded away. */
    record Plan(String input, int generateSteps, String initialHidden, String initialCell, String sequence, String hidden,
            String cell, List<NodeProto> claimed) {
    }

    private RecurrentOps() {
    }

    /** Pre-pass: recognises the layout nodes around a recurrent node; null (and an unsupported entry) when they do not fit. */
    static Plan plan(NodeProto node, ImportState s) throws OnnxFormatException {
        List<NodeProto> claimed = new ArrayList<>();
        NodeProto in = claimSingle(s, node.getInput(0), "Transpose", node, claimed);
        if (in == null || !Arrays.equals(intsAttribute(in, "perm"), new long[] {1, 0, 2})) {
            s.unsupported(node, "the input is not a batch-first sequence transposed to time-major (Transpose perm 1,0,2)");
            return null;
        }
        String input = in.getInput(0);
        int steps = 0;
        NodeProto tile = claimSingle(s, input, "Tile", in, claimed);
        if (tile != null) {
            TensorProto repeats = s.constants.get(tile.getInput(1));
            long[] r = repeats == null ? null : s.longs(repeats);
            NodeProto unsqueeze = claimSingle(s, tile.getInput(0), "Unsqueeze", tile, claimed);
            if (r == null || r.length != 3 || r[0] != 1 || r[2] != 1 || r[1] < 1 || r[1] > (1 << 20) || unsqueeze == null) {
                s.unsupported(node, "a repeated input that is not a one-to-many generation pattern");
                return null;
            }
            steps = (int) r[1];
            input = unsqueeze.getInput(0);
        }
        String h0 = initialState(node, 5, s, claimed);
        String c0 = initialState(node, 6, s, claimed);
        String sequence = output(node, 0, new long[] {2, 0, 1, 3}, new long[] {0, 0, -1}, s, claimed);
        String hidden = output(node, 1, new long[] {1, 0, 2}, new long[] {0, -1}, s, claimed);
        String cell = output(node, 2, new long[] {1, 0, 2}, new long[] {0, -1}, s, claimed);
        if ("?".equals(h0) || "?".equals(c0) || "?".equals(sequence) || "?".equals(hidden) || "?".equals(cell)) {
            s.unsupported(node, "initial states or outputs are used in a layout other than batch-first");
            return null;
        }
        s.absorbed.addAll(claimed);
        return new Plan(input, steps, h0, c0, sequence, hidden, cell, claimed);
    }

    /** Reshape [0, dirs, H] then Transpose (1,0,2) into the state input: returns the batch-first source, null if absent, "?" if unmappable. */
    private static String initialState(NodeProto node, int index, ImportState s, List<NodeProto> claimed) throws OnnxFormatException {
        if (index >= node.getInputCount() || node.getInput(index).isEmpty()) {
            return null;
        }
        NodeProto transpose = claimSingle(s, node.getInput(index), "Transpose", node, claimed);
        NodeProto reshape = transpose == null ? null : claimSingle(s, transpose.getInput(0), "Reshape", transpose, claimed);
        if (reshape == null || !Arrays.equals(intsAttribute(transpose, "perm"), new long[] {1, 0, 2})) {
            return "?";
        }
        return reshape.getInput(0);
    }

    /** Transpose(perm) then Reshape(shape) after an output: returns the final tensor, null if unused, "?" if unmappable. */
    private static String output(NodeProto node, int index, long[] perm, long[] shape, ImportState s, List<NodeProto> claimed)
            throws OnnxFormatException {
        if (index >= node.getOutputCount() || node.getOutput(index).isEmpty() || !s.consumers.containsKey(node.getOutput(index))) {
            return null;
        }
        NodeProto transpose = s.onlyConsumer(node.getOutput(index));
        if (transpose == null || !transpose.getOpType().equals("Transpose") || !Arrays.equals(intsAttribute(transpose, "perm"), perm)) {
            return "?";
        }
        NodeProto reshape = s.onlyConsumer(transpose.getOutput(0));
        TensorProto target = reshape == null || !reshape.getOpType().equals("Reshape") ? null : s.constants.get(reshape.getInput(1));
        if (target == null || !Arrays.equals(s.longs(target), shape)) {
            return "?";
        }
        claimed.add(transpose);
        claimed.add(reshape);
        return reshape.getOutput(0);
    }

    /** The node producing {@code tensor} if it has the op type and {@code consumer} is its only consumer. */
    private static NodeProto claimSingle(ImportState s, String tensor, String opType, NodeProto consumer, List<NodeProto> claimed) {
        NodeProto producer = s.producers.get(tensor);
        if (producer == null || !producer.getOpType().equals(opType) || s.onlyConsumer(tensor) != consumer) {
            return null;
        }
        claimed.add(producer);
        return producer;
    }

    static void recurrent(NodeProto node, ImportState s, CellType cell) throws OnnxFormatException {
        Plan plan = s.recurrentPlans.get(node);
        if (plan == null) {
            return; // reported by the pre-pass
        }
        String direction = ImportState.stringAttribute(node, "direction", "forward");
        boolean linearBeforeReset = intAttribute(node, "linear_before_reset", 0) == 1;
        if (!(direction.equals("forward") || direction.equals("bidirectional")) || ImportState.attribute(node, "activations") != null
                || ImportState.attribute(node, "clip") != null || intAttribute(node, "layout", 0) != 0
                || (cell == CellType.GRU && !linearBeforeReset) || (node.getInputCount() > 4 && !node.getInput(4).isEmpty())
                || (node.getInputCount() > 7 && !node.getInput(7).isEmpty())) {
            s.unsupported(node, "direction " + direction + ", custom activations, clip, layout 1, sequence lengths, peepholes"
                    + (cell == CellType.GRU ? " or linear_before_reset 0" : ""));
            return;
        }
        Source x = s.tensors.get(plan.input());
        TensorProto w = s.constant(node, 1);
        TensorProto r = s.constant(node, 2);
        if (x == null || w == null || r == null) {
            s.unsupported(node, "weights that are not constants");
            return;
        }
        FloatTensor wValues = s.floats(w);
        int directions = direction.equals("bidirectional") ? 2 : 1;
        int gates = cell == CellType.LSTM ? 4 : cell == CellType.GRU ? 3 : 1;
        int hidden = (int) intAttribute(node, "hidden_size", wValues.rank() == 3 ? wValues.shape()[1] / gates : 1);
        TensorProto b = s.constant(node, 3);
        Recurrent rnn = NetworkFactory.eINSTANCE.createRecurrent();
        rnn.setCell(cell);
        rnn.setHiddenSize(hidden);
        rnn.setBidirectional(directions == 2);
        rnn.setGenerateSteps(plan.generateSteps());
        rnn.setOutput(plan.sequence() != null || plan.generateSteps() > 0 ? SequenceOutput.SEQUENCE : SequenceOutput.LAST);
        s.add(rnn, node, x);
        s.weights.put(rnn.getId(), "W", wValues);
        s.weights.put(rnn.getId(), "R", s.floats(r));
        s.weights.put(rnn.getId(), "B", b == null ? FloatTensor.zeros(directions, 2L * gates * hidden) : s.floats(b));
        connectState(s, plan.initialHidden(), rnn, "initialHidden");
        connectState(s, plan.initialCell(), rnn, "initialCell");
        register(s, plan.sequence(), rnn, Ports.SEQUENCE);
        register(s, plan.hidden(), rnn, Ports.HIDDEN);
        register(s, plan.cell(), rnn, Ports.CELL);
    }

    private static void connectState(ImportState s, String tensor, Recurrent rnn, String port) {
        if (tensor != null && s.tensors.get(tensor) != null) {
            s.connect(s.tensors.get(tensor), rnn, port);
        }
    }

    private static void register(ImportState s, String tensor, Recurrent rnn, String port) {
        if (tensor != null) {
            s.tensors.put(tensor, new Source(rnn, port));
        }
    }
}
