package dev.dendrite.onnx.importer;

import static dev.dendrite.onnx.importer.ImportState.intAttribute;

import java.util.ArrayList;
import java.util.List;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.sequence.CellType;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.network.sequence.SequenceOutput;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.importer.ImportState.Source;

/**
 * Maps the fused RNN/LSTM/GRU operators to Recurrent layers, with the ports that
 * {@link RecurrentLayouts} found around each.
 */
final class RecurrentOps {

    private RecurrentOps() {
    }

    static void recurrent(NodeProto node, ImportState s, CellType cell) throws OnnxFormatException {
        RecurrentLayouts.Plan plan = s.recurrentPlans.get(node);
        if (plan == null) {
            return; // reported by the pre-pass
        }
        String direction = ImportState.stringAttribute(node, "direction", "forward");
        boolean linearBeforeReset = intAttribute(node, "linear_before_reset", 0) == 1;
        if (!(direction.equals("forward") || direction.equals("bidirectional")) || !defaultActivations(node, cell, direction)
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
        Recurrent rnn = SequenceFactory.eINSTANCE.createRecurrent();
        rnn.setCell(cell);
        rnn.setHiddenSize(hidden);
        rnn.setBidirectional(directions == 2);
        rnn.setGenerateSteps(plan.generateSteps());
        rnn.setOutput(!plan.sequence().isEmpty() || plan.generateSteps() > 0 ? SequenceOutput.SEQUENCE : SequenceOutput.LAST);
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

    /** Whether the activations are absent or ONNX's defaults spelt out, per direction, as PyTorch writes them. */
    private static boolean defaultActivations(NodeProto node, CellType cell, String direction) {
        var attribute = ImportState.attribute(node, "activations");
        if (attribute == null) {
            return true;
        }
        List<String> one = switch (cell) {
            case RNN -> List.of("tanh");
            case LSTM -> List.of("sigmoid", "tanh", "tanh");
            case GRU -> List.of("sigmoid", "tanh");
        };
        List<String> expected = new ArrayList<>(one);
        if (direction.equals("bidirectional")) {
            expected.addAll(one);
        }
        return attribute.getStringsList().stream().map(b -> b.toStringUtf8().toLowerCase(java.util.Locale.ROOT)).toList().equals(expected)
                && ImportState.attribute(node, "activation_alpha") == null && ImportState.attribute(node, "activation_beta") == null;
    }

    private static void connectState(ImportState s, String tensor, Recurrent rnn, String port) {
        if (tensor != null && s.tensors.get(tensor) != null) {
            s.connect(s.tensors.get(tensor), rnn, port);
        }
    }

    private static void register(ImportState s, List<String> tensors, Recurrent rnn, String port) {
        for (String tensor : tensors) {
            s.tensors.put(tensor, new Source(rnn, port));
        }
    }
}
