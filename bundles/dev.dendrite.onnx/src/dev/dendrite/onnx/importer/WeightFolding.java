package dev.dendrite.onnx.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;

/**
 * Weights cut out of a packed weight fold to constants before the patterns look: PyTorch's
 * cross-attention splits {@code in_proj_weight} into the query's rows and the key's and value's,
 * by a {@code Split} (torch.export) or by {@code Slice}s whose bounds it computes from the
 * input's width (TorchScript). Such a cut folds when its bounds come out the same for two choices
 * of the batch and of every symbolic length: they depend on fixed dims only.
 */
final class WeightFolding {

    private static final Set<String> CUTS = Set.of("Slice", "Split", "Gather", "Transpose", "Reshape", "Squeeze", "Unsqueeze");

    private WeightFolding() {
    }

    /** Folds the cuts, then the nodes that computed only their bounds: nothing reads them any more. */
    static void fold(List<NodeProto> nodes, Set<String> graphOutputs, ImportState s) {
        for (NodeProto node : nodes) {
            if (s.absorbed.contains(node) || !CUTS.contains(node.getOpType()) || node.getInputCount() == 0
                    || !floatConstant(s, node.getInput(0))) {
                continue;
            }
            try {
                NodeInterpreter interpreter = new NodeInterpreter(s);
                boolean known = true;
                for (int i = 1; i < node.getInputCount() && known; i++) {
                    String bound = node.getInput(i);
                    if (bound.isEmpty() || s.constants.containsKey(bound)) {
                        continue;
                    }
                    long[] small = ShapeArithmetic.evaluate(s, bound, t -> ShapeArithmetic.declared(s, t, 2, 3));
                    long[] large = ShapeArithmetic.evaluate(s, bound, t -> ShapeArithmetic.declared(s, t, 3, 5));
                    known = small != null && java.util.Arrays.equals(small, large);
                    if (known) {
                        double[] values = java.util.Arrays.stream(small).asDoubleStream().toArray();
                        interpreter.set(bound, new NodeInterpreter.Value(new int[] {small.length}, values, true));
                    }
                }
                if (known) {
                    interpreter.run(List.of(node));
                    for (String output : node.getOutputList()) {
                        s.constants.put(output, proto(output, interpreter.get(output)));
                    }
                    s.absorbed.add(node);
                    absorbUnread(node, graphOutputs, s);
                }
            } catch (NodeInterpreter.Refused e) {
                // not a cut this pass can make: the node stays for the patterns and the mapping
            }
        }
    }

    /** The producers of the node's inputs whose every output only absorbed nodes read, and theirs in turn. */
    private static void absorbUnread(NodeProto node, Set<String> graphOutputs, ImportState s) {
        java.util.Deque<NodeProto> pending = new java.util.ArrayDeque<>(List.of(node));
        while (!pending.isEmpty()) {
            for (String input : pending.pop().getInputList()) {
                NodeProto producer = s.producers.get(input);
                if (producer != null && !s.absorbed.contains(producer) && producer.getOutputList().stream().allMatch(o -> !graphOutputs.contains(o)
                        && !s.consumers.getOrDefault(o, List.of()).isEmpty() && s.consumers.get(o).stream().allMatch(s.absorbed::contains))) {
                    s.absorbed.add(producer);
                    pending.push(producer);
                }
            }
        }
    }

    private static boolean floatConstant(ImportState s, String tensor) {
        TensorProto t = s.constants.get(tensor);
        return t != null && t.getDataType() == TensorProto.DataType.FLOAT_VALUE;
    }

    private static TensorProto proto(String name, NodeInterpreter.Value value) {
        TensorProto.Builder t = TensorProto.newBuilder().setName(name).setDataType(TensorProto.DataType.FLOAT_VALUE);
        for (int d : value.dims()) {
            t.addDims(d);
        }
        List<Float> floats = new ArrayList<>(value.data().length);
        for (double v : value.data()) {
            floats.add((float) v);
        }
        return t.addAllFloatData(floats).build();
    }
}
