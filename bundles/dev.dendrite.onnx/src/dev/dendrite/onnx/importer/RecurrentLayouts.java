package dev.dendrite.onnx.importer;

import static dev.dendrite.onnx.importer.ImportState.intsAttribute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;

/**
 * The pre-pass of recurrent import. The fused RNN/LSTM/GRU operators are time-major, Dendrite's
 * layers batch-first, so the transposes, reshapes, squeezes and zero states around them (as Dendrite
 * and PyTorch's exporter write them) are recognised and claimed here, and become the layer's ports.
 */
final class RecurrentLayouts {

    /**
     * The tensors around a recurrent node once its layout nodes are folded away: each output port's
     * tensors (the batch-first form and, for a sequence another recurrent node reads, its time-major
     * form), empty when unused.
     */
    record Plan(String input, int generateSteps, String initialHidden, String initialCell, List<String> sequence, List<String> hidden,
            List<String> cell, List<NodeProto> claimed) {
    }

    /** Marks a port whose tensors are used in a layout Dendrite cannot fold away. */
    private static final List<String> UNMAPPABLE = List.of("?");

    private RecurrentLayouts() {
    }

    /** Pre-pass: recognises the layout nodes around a recurrent node; null (and an unsupported entry) when they do not fit. */
    static Plan plan(NodeProto node, ImportState s) throws OnnxFormatException {
        List<NodeProto> claimed = new ArrayList<>();
        String input;
        int steps = 0;
        NodeProto in = s.producers.get(node.getInput(0));
        boolean single = s.onlyConsumer(node.getInput(0)) == node;
        if (single && transpose(in, 1, 0, 2)) {
            claimed.add(in);
            input = in.getInput(0);
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
        } else if (single && transpose(in, 2, 0, 1) && channelsLast(s, in.getInput(0)) != null) {
            // [N, C, T] made time-major in one Transpose, beside the module's own transpose(1, 2) [N, T, C] (Conv1d then RNN).
            claimed.add(in);
            input = channelsLast(s, in.getInput(0));
        } else if (timeMajorSequence(s, node.getInput(0)) != null) {
            input = node.getInput(0); // a stacked layer: the layer below registers this tensor as its sequence
        } else if (s.tensors.get(node.getInput(0)) instanceof ImportState.Source source && source.layer() instanceof dev.dendrite.model.network.Input) {
            s.unsupported(node, "it reads the model's input '" + node.getInput(0) + "' as a time-major sequence [T, N, features] (as a"
                    + " module with batch_first=False exports it); Dendrite's inputs are batch-first: export with batch_first=True");
            return null;
        } else {
            s.unsupported(node, "the input is not a batch-first sequence transposed to time-major (Transpose perm 1,0,2)"
                    + " or the time-major sequence of a recurrent layer below");
            return null;
        }
        int directions = bidirectional(node) ? 2 : 1;
        String h0 = initialState(node, 5, s, claimed);
        String c0 = initialState(node, 6, s, claimed);
        List<String> lastSteps = new ArrayList<>();
        List<String> sequence = sequence(node, directions, s, claimed, lastSteps);
        List<String> hidden = finalState(node, 1, directions, s, claimed);
        List<String> cell = finalState(node, 2, directions, s, claimed);
        String unmappable = "?".equals(h0) || "?".equals(c0) ? "its initial states are not zeros or batch-first tensors"
                : sequence == UNMAPPABLE ? "its sequence output is used in a layout other than batch-first or time-major"
                : hidden == UNMAPPABLE || cell == UNMAPPABLE ? "its final state is used in a layout other than batch-first [N, dirs·H]"
                        + (directions == 2 ? " (one direction's state alone, as h_n[-1] of a bidirectional layer, is not a layer output)" : "")
                : null;
        if (unmappable != null) {
            s.unsupported(node, unmappable);
            return null;
        }
        if (!lastSteps.isEmpty()) {
            hidden = new ArrayList<>(hidden);
            hidden.addAll(lastSteps);
        }
        s.absorbed.addAll(claimed);
        return new Plan(input, steps, h0, c0, sequence, hidden, cell, claimed);
    }

    /**
     * The recurrent node whose sequence {@code tensor} is in time-major form [T, N, dirs·H], as PyTorch
     * exports it between stacked layers: Y [T, dirs, N, H] squeezed on axis 1 (one direction), or
     * transposed to [T, N, dirs, H] and reshaped to [0, 0, −1]. Null for any other tensor.
     */
    private static NodeProto timeMajorSequence(ImportState s, String tensor) throws OnnxFormatException {
        NodeProto producer = s.producers.get(tensor);
        if (producer == null) {
            return null;
        }
        if (producer.getOpType().equals("Squeeze") && Arrays.equals(axes(producer, s), new long[] {1})) {
            NodeProto rnn = recurrentOutput(s, producer.getInput(0), 0);
            return rnn != null && !bidirectional(rnn) ? rnn : null;
        }
        NodeProto transpose = producer.getOpType().equals("Reshape") ? s.producers.get(producer.getInput(0)) : null;
        NodeProto rnn = transpose(transpose, 0, 2, 1, 3) ? recurrentOutput(s, transpose.getInput(0), 0) : null;
        return rnn != null && (reshape(producer, s, 0, 0, -1) || mergesLastTwoDims(producer, rnn, s)) ? rnn : null;
    }

    /**
     * Whether a Reshape of Y transposed to [T, N, dirs, H] computes its target from that tensor's
     * Shape as [T, N, dirs·H] (torch.export's form of {@code view(T, N, -1)}): the shape arithmetic,
     * run on two sets of dims, gives exactly that.
     */
    private static boolean mergesLastTwoDims(NodeProto reshape, NodeProto rnn, ImportState s) {
        String transposed = reshape.getInput(0);
        int directions = bidirectional(rnn) ? 2 : 1;
        int hidden = (int) ImportState.intAttribute(rnn, "hidden_size", 0);
        for (int[] tn : new int[][] {{5, 2}, {7, 3}}) {
            int[] dims = {tn[0], tn[1], directions, hidden};
            long[] target = ShapeArithmetic.evaluate(s, reshape.getInput(1), t -> t.equals(transposed) ? dims : null);
            if (!Arrays.equals(target, new long[] {tn[0], tn[1], directions * hidden})) {
                return false;
            }
        }
        return true;
    }

    /** The output of a Transpose (0, 2, 1) of {@code tensor}, if the graph has one; else null. */
    private static String channelsLast(ImportState s, String tensor) {
        return s.consumers.getOrDefault(tensor, List.of()).stream().filter(c -> transpose(c, 0, 2, 1)).map(c -> c.getOutput(0)).findFirst()
                .orElse(null);
    }

    /** Whether the node is a fused RNN, LSTM or GRU. */
    static boolean isRecurrent(NodeProto node) {
        return List.of("RNN", "LSTM", "GRU").contains(node.getOpType());
    }

    private static boolean bidirectional(NodeProto node) {
        return ImportState.stringAttribute(node, "direction", "forward").equals("bidirectional");
    }

    /** Whether the node is a Transpose with this permutation. */
    private static boolean transpose(NodeProto node, long... perm) {
        return node != null && node.getOpType().equals("Transpose") && Arrays.equals(intsAttribute(node, "perm"), perm);
    }

    /** Whether the node is a Reshape to this constant target. */
    private static boolean reshape(NodeProto node, ImportState s, long... target) throws OnnxFormatException {
        TensorProto shape = node == null || !node.getOpType().equals("Reshape") || node.getInputCount() < 2 ? null
                : s.constants.get(node.getInput(1));
        return shape != null && Arrays.equals(s.longs(shape), target);
    }

    /** The RNN, LSTM or GRU node whose output {@code index} is {@code tensor}, or null. */
    private static NodeProto recurrentOutput(ImportState s, String tensor, int index) {
        NodeProto producer = s.producers.get(tensor);
        return producer != null && isRecurrent(producer) && producer.getOutputCount() > index
                && producer.getOutput(index).equals(tensor) ? producer : null;
    }

    /** A Squeeze's axes, read from its current form (see {@link OperatorUpgrades}); null when not constant. */
    private static long[] axes(NodeProto node, ImportState s) throws OnnxFormatException {
        NodeProto current = current(node, s);
        TensorProto axes = current.getInputCount() > 1 ? s.constants.get(current.getInput(1)) : null;
        return axes == null ? null : s.longs(axes);
    }

    /** The node in its current form: old opsets' attributes (axes, Slice's bounds) as the constant inputs they became. */
    private static NodeProto current(NodeProto node, ImportState s) throws OnnxFormatException {
        NodeProto upgraded = OperatorUpgrades.upgrade(node, s);
        return upgraded != null ? upgraded : node;
    }

    /**
     * The initial state input: the batch-first source (Reshape [0, dirs, H] then Transpose (1,0,2), as
     * Dendrite writes it), null if absent or all zeros (PyTorch's {@code ConstantOfShape} of the batch
     * size, or a layer's Slice of it: the operator's own default), "?" if unmappable.
     */
    private static String initialState(NodeProto node, int index, ImportState s, List<NodeProto> claimed) throws OnnxFormatException {
        if (index >= node.getInputCount() || node.getInput(index).isEmpty()) {
            return null;
        }
        if (zeroState(s, node.getInput(index), claimed)) {
            return null;
        }
        List<NodeProto> mine = new ArrayList<>();
        NodeProto transpose = claimSingle(s, node.getInput(index), "Transpose", node, mine);
        NodeProto reshape = transpose == null ? null : claimSingle(s, transpose.getInput(0), "Reshape", transpose, mine);
        if (reshape == null || !transpose(transpose, 1, 0, 2)) {
            return "?";
        }
        claimed.addAll(mine);
        return reshape.getInput(0);
    }

    /**
     * Whether {@code tensor} is zeros made for the states: a {@code ConstantOfShape} of value 0 or an
     * {@code Expand} of a constant 0 (or a Slice of either) whose every use is a recurrent node's initial state. Claims it with the slices and
     * the shape arithmetic that only it uses.
     */
    private static boolean zeroState(ImportState s, String tensor, List<NodeProto> claimed) throws OnnxFormatException {
        NodeProto producer = s.producers.get(tensor);
        NodeProto slice = producer != null && producer.getOpType().equals("Slice") ? producer : null;
        NodeProto zeros = slice != null ? s.producers.get(slice.getInput(0)) : producer;
        if (zeros == null || !zeroValue(zeros, s) || slice != null && !onlyStates(s, slice)
                || !s.consumers.getOrDefault(zeros.getOutput(0), List.of()).stream().allMatch(c -> c.getOpType().equals("Slice")
                        && c.getInput(0).equals(zeros.getOutput(0)) && onlyStates(s, c) || isStateUse(c, zeros.getOutput(0)))) {
            return false;
        }
        if (slice != null) {
            claimed.add(slice);
        }
        claimed.add(zeros);
        claimUpstream(s, zeros, claimed);
        return true;
    }

    /** Whether the node makes zeros: ConstantOfShape of 0, or Expand of a constant 0 (torch.export's zeros). */
    private static boolean zeroValue(NodeProto node, ImportState s) throws OnnxFormatException {
        TensorProto value;
        if (node.getOpType().equals("Expand")) {
            value = s.constant(node, 0);
        } else if (node.getOpType().equals("ConstantOfShape")) {
            var attribute = ImportState.attribute(node, "value");
            if (attribute == null) {
                return true; // ONNX's default: a float zero
            }
            value = attribute.getT();
        } else {
            return false;
        }
        if (value == null || value.getDataType() != TensorProto.DataType.FLOAT_VALUE) {
            return false;
        }
        for (float v : s.floats(value).values()) {
            if (v != 0f) {
                return false;
            }
        }
        return true;
    }

    /** Whether every consumer of the node's output uses it as a recurrent node's initial state. */
    private static boolean onlyStates(ImportState s, NodeProto node) {
        List<NodeProto> uses = s.consumers.getOrDefault(node.getOutput(0), List.of());
        return !uses.isEmpty() && uses.stream().allMatch(c -> isStateUse(c, node.getOutput(0)));
    }

    private static boolean isStateUse(NodeProto consumer, String tensor) {
        if (!isRecurrent(consumer)) {
            return false;
        }
        for (int i = 0; i < consumer.getInputCount(); i++) {
            if (consumer.getInput(i).equals(tensor) && i != 5 && i != 6) {
                return false;
            }
        }
        return true;
    }

    /** The operators of PyTorch's shape arithmetic for the states' size. */
    private static final java.util.Set<String> SHAPE_ARITHMETIC = java.util.Set.of("Shape", "Size", "Gather", "Unsqueeze", "Squeeze",
            "Concat", "Cast", "Slice", "Constant", "Add", "Sub", "Mul", "Div", "Reshape");

    /**
     * Claims the shape arithmetic above {@code node} whose outputs nothing unclaimed uses, up to and
     * including the {@code Shape} that reads the data (the layer it reads stays a layer).
     */
    private static void claimUpstream(ImportState s, NodeProto node, List<NodeProto> claimed) {
        if (node.getOpType().equals("Shape") || node.getOpType().equals("Size")) {
            return;
        }
        for (String input : node.getInputList()) {
            NodeProto producer = s.producers.get(input);
            if (producer == null || claimed.contains(producer) || s.absorbed.contains(producer) || !SHAPE_ARITHMETIC.contains(producer
                    .getOpType())) {
                continue;
            }
            boolean onlyClaimed = producer.getOutputList().stream().allMatch(o -> s.consumers.getOrDefault(o, List.of()).stream()
                    .allMatch(c -> claimed.contains(c) || s.absorbed.contains(c)));
            if (onlyClaimed) {
                claimed.add(producer);
                claimUpstream(s, producer, claimed);
            }
        }
    }

    /**
     * The sequence output's tensors: Dendrite's Transpose (2,0,1,3) and Reshape [0, 0, −1]; or
     * PyTorch's time-major form (see {@link #timeMajorSequence}), read by stacked layers as it is and
     * made batch-first by a Transpose (1,0,2). Empty when unused.
     */
    private static List<String> sequence(NodeProto node, int directions, ImportState s, List<NodeProto> claimed, List<String> lastSteps)
            throws OnnxFormatException {
        String y = node.getOutputCount() > 0 ? node.getOutput(0) : "";
        if (y.isEmpty() || !s.consumers.containsKey(y)) {
            return List.of();
        }
        NodeProto first = s.onlyConsumer(y);
        if (first == null) {
            return UNMAPPABLE;
        }
        if (transpose(first, 2, 0, 1, 3)) {
            NodeProto reshape = s.onlyConsumer(first.getOutput(0));
            if (!reshape(reshape, s, 0, 0, -1)) {
                return UNMAPPABLE;
            }
            claimed.add(first);
            claimed.add(reshape);
            return List.of(reshape.getOutput(0));
        }
        List<NodeProto> layout = new ArrayList<>();
        String timeMajor;
        if (directions == 1 && first.getOpType().equals("Squeeze") && Arrays.equals(axes(first, s), new long[] {1})) {
            layout.add(first);
            timeMajor = first.getOutput(0);
        } else {
            NodeProto reshape = transpose(first, 0, 2, 1, 3) ? s.onlyDataConsumer(first.getOutput(0)) : null;
            if (reshape == null || timeMajorSequence(s, reshape.getOutput(0)) != node) {
                return UNMAPPABLE;
            }
            layout.add(first);
            layout.add(reshape);
            timeMajor = reshape.getOutput(0);
        }
        List<String> tensors = new ArrayList<>(List.of(timeMajor));
        for (NodeProto use : s.consumers.getOrDefault(timeMajor, List.of())) {
            if (transpose(use, 1, 0, 2)) {
                layout.add(use);
                List<NodeProto> reads = s.consumers.getOrDefault(use.getOutput(0), List.of());
                if (directions == 1 && allLastSteps(reads, s)) {
                    // y[:, -1] of one direction is its final state: the layer's hidden output.
                    layout.addAll(reads);
                    reads.forEach(r -> lastSteps.add(r.getOutput(0)));
                } else {
                    tensors.add(use.getOutput(0));
                }
            } else if (!isRecurrent(use) || !use.getInput(0).equals(timeMajor)) {
                return UNMAPPABLE;
            }
        }
        claimed.addAll(layout);
        return tensors;
    }

    /**
     * A final state's tensors: Dendrite's Transpose (1,0,2) and Reshape [0, −1]; or, with one
     * direction, PyTorch's h[0], h[−1] or squeeze(0) of [1, N, H], and the last layer's state picked
     * from all layers' states concatenated (h_n[−1] of a stacked network). Empty when unused.
     */
    private static List<String> finalState(NodeProto node, int index, int directions, ImportState s, List<NodeProto> claimed)
            throws OnnxFormatException {
        if (index >= node.getOutputCount() || node.getOutput(index).isEmpty() || !s.consumers.containsKey(node.getOutput(index))) {
            return List.of();
        }
        String state = node.getOutput(index);
        NodeProto only = s.onlyConsumer(state);
        if (transpose(only, 1, 0, 2)) {
            NodeProto reshape = s.onlyConsumer(only.getOutput(0));
            if (!reshape(reshape, s, 0, -1)) {
                return UNMAPPABLE;
            }
            claimed.add(only);
            claimed.add(reshape);
            return List.of(reshape.getOutput(0));
        }
        if (directions != 1) {
            return bidirectionalState(node, index, s, claimed);
        }
        List<NodeProto> layout = new ArrayList<>();
        List<String> tensors = new ArrayList<>();
        for (NodeProto use : s.consumers.get(state)) {
            Pick picked = pick(use, s);
            if (picked != null && (picked.row() == 0 || picked.row() == -1)) {
                layout.addAll(picked.nodes());
                tensors.add(picked.output());
            } else if (use.getOpType().equals("Squeeze") && Arrays.equals(axes(use, s), new long[] {0})) {
                layout.add(use);
                tensors.add(use.getOutput(0));
            } else if (use.getOpType().equals("Concat") && ImportState.intAttribute(use, "axis", 0) == 0 && s.onlyConsumer(use.getOutput(0))
                    != null && pick(s.onlyConsumer(use.getOutput(0)), s) != null && use.getInputList().stream().allMatch(i -> {
                        NodeProto layer = recurrentOutput(s, i, index);
                        return layer != null && !bidirectional(layer);
                    })) {
                Pick last = pick(s.onlyConsumer(use.getOutput(0)), s);
                long layers = use.getInputCount();
                long row = Math.floorMod(last.row(), layers);
                layout.add(use);
                layout.addAll(last.nodes());
                if (use.getInput((int) row).equals(state)) {
                    tensors.add(last.output());
                }
            } else {
                return UNMAPPABLE;
            }
        }
        claimed.addAll(layout);
        return tensors;
    }

    /**
     * A bidirectional layer's final state as PyTorch's {@code torch.cat((h[-2], h[-1]), dim=1)} reads
     * it: the forward and the backward row of one layer, picked from the state [2, N, H] or from all
     * layers' states concatenated [2·L, N, H], and joined forward first along axis 1, which is the
     * layer's hidden output [N, 2H]. Empty when the pairs read other layers' states, unmappable for any
     * other use.
     */
    private static List<String> bidirectionalState(NodeProto node, int index, ImportState s, List<NodeProto> claimed)
            throws OnnxFormatException {
        String state = node.getOutput(index);
        List<NodeProto> layout = new ArrayList<>();
        List<String> tensors = new ArrayList<>();
        for (NodeProto use : s.consumers.get(state)) {
            List<String> layers = List.of(state);
            String source = state;
            if (use.getOpType().equals("Concat") && ImportState.intAttribute(use, "axis", 0) == 0) {
                layers = use.getInputList();
                for (String layer : layers) {
                    NodeProto producer = recurrentOutput(s, layer, index);
                    if (producer == null || !bidirectional(producer)) {
                        return UNMAPPABLE;
                    }
                }
                layout.add(use);
                source = use.getOutput(0);
            }
            for (NodeProto reader : s.consumers.getOrDefault(source, List.of())) {
                Pick pick = pick(reader, s);
                NodeProto joined = pick == null ? null : s.onlyConsumer(pick.output());
                long axis = joined == null ? 0 : ImportState.intAttribute(joined, "axis", 0);
                Long first = joined == null || joined.getInputCount() != 2 ? null : pickedRow(s, joined.getInput(0), source);
                Long second = first == null ? null : pickedRow(s, joined.getInput(1), source);
                long rows = 2L * layers.size();
                if (joined == null || !joined.getOpType().equals("Concat") || axis != 1 && axis != -1 || second == null
                        || Math.floorMod(first, rows) % 2 != 0 || Math.floorMod(second, rows) != Math.floorMod(first, rows) + 1) {
                    return UNMAPPABLE;
                }
                layout.addAll(pick.nodes());
                layout.add(joined);
                if (layers.get((int) (Math.floorMod(first, rows) / 2)).equals(state) && !tensors.contains(joined.getOutput(0))) {
                    tensors.add(joined.getOutput(0));
                }
            }
        }
        claimed.addAll(layout);
        return tensors;
    }

    /** The row a pick from {@code source} (see {@link #pick}) takes, when {@code tensor} is its output; else null. */
    private static Long pickedRow(ImportState s, String tensor, String source) throws OnnxFormatException {
        NodeProto producer = s.producers.get(tensor);
        NodeProto first = producer != null && producer.getOpType().equals("Squeeze") ? s.producers.get(producer.getInput(0)) : producer;
        if (first == null || !first.getInput(0).equals(source)) {
            return null;
        }
        Pick pick = pick(first, s);
        return pick != null && pick.output().equals(tensor) ? pick.row() : null;
    }

    /** One row of states picked along axis 0: its index, the tensor it gives [N, H], and the nodes that pick it. */
    private record Pick(long row, String output, List<NodeProto> nodes) {
    }

    /**
     * The row that {@code first} and what follows it pick along axis 0: a Gather of a scalar index, or
     * (as PyTorch writes h_n[i] at opset 9) a Slice of one row then a Squeeze of axis 0. Null otherwise.
     * Old Slices are read in the form {@link OperatorUpgrades} gives them.
     */
    private static Pick pick(NodeProto first, ImportState s) throws OnnxFormatException {
        Long gathered = pickedLayer(first, s);
        if (gathered != null) {
            return new Pick(gathered, first.getOutput(0), List.of(first));
        }
        if (!first.getOpType().equals("Slice")) {
            return null;
        }
        NodeProto slice = current(first, s);
        long[] starts = constantLongs(s, slice, 1);
        long[] ends = constantLongs(s, slice, 2);
        long[] axes = slice.getInputCount() > 3 && !slice.getInput(3).isEmpty() ? constantLongs(s, slice, 3) : new long[] {0};
        long[] steps = slice.getInputCount() > 4 && !slice.getInput(4).isEmpty() ? constantLongs(s, slice, 4) : null;
        if (starts == null || ends == null || axes == null || starts.length != 1 || ends.length != 1 || !Arrays.equals(axes, new long[] {0})
                || steps != null && !Arrays.equals(steps, new long[] {1})) {
            return null;
        }
        long row = starts[0];
        boolean one = row == -1 ? ends[0] >= Integer.MAX_VALUE : ends[0] == row + 1;
        NodeProto squeeze = s.onlyConsumer(first.getOutput(0));
        if (!one || squeeze == null || !squeeze.getOpType().equals("Squeeze") || !Arrays.equals(axes(squeeze, s), new long[] {0})) {
            return null;
        }
        return new Pick(row, squeeze.getOutput(0), List.of(first, squeeze));
    }

    private static long[] constantLongs(ImportState s, NodeProto node, int input) throws OnnxFormatException {
        TensorProto constant = s.constants.get(node.getInput(input));
        return constant == null ? null : s.longs(constant);
    }

    /** Whether there are reads and each is a Gather of the last step (a scalar −1 on axis 1) of a batch-first sequence. */
    private static boolean allLastSteps(List<NodeProto> reads, ImportState s) throws OnnxFormatException {
        for (NodeProto read : reads) {
            TensorProto index = read.getOpType().equals("Gather") && ImportState.intAttribute(read, "axis", 0) == 1 && read.getInputCount() > 1
                    ? s.constants.get(read.getInput(1)) : null;
            if (index == null || index.getDimsCount() != 0 || !Arrays.equals(s.longs(index), new long[] {-1})) {
                return false;
            }
        }
        return !reads.isEmpty();
    }

    /** The index a Gather on axis 0 picks with one constant scalar index, or null for any other node. */
    private static Long pickedLayer(NodeProto node, ImportState s) throws OnnxFormatException {
        if (!node.getOpType().equals("Gather") || ImportState.intAttribute(node, "axis", 0) != 0 || node.getInputCount() < 2) {
            return null;
        }
        TensorProto index = s.constants.get(node.getInput(1));
        if (index == null || index.getDimsCount() != 0) {
            return null;
        }
        long[] value = s.longs(index);
        return value.length == 1 ? value[0] : null;
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

}
