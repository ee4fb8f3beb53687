package dev.dendrite.onnx.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.network.ClassToken;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.importer.ImportState.Source;

/**
 * A vision transformer's class token: {@code Concat(Expand(cls [1, k, F], [N, k, F]), x)} on the
 * steps' axis, PyTorch's {@code torch.cat([cls.expand(N, -1, -1), x], dim=1)}. The pre-pass claims
 * the Expand (its shape arithmetic then goes with it); when the Concat is mapped, the Expand is run
 * for two batch sizes and must give [N, k, F] both times before it becomes a ClassToken layer.
 */
final class ClassTokenPattern {

    private ClassTokenPattern() {
    }

    /** Claims the Expand feeding a Concat of this form; false for any other Concat. */
    static boolean claim(NodeProto concat, ImportState s) {
        NodeProto expand = concat.getInputCount() == 2 ? s.producers.get(concat.getInput(0)) : null;
        TensorProto table = expand == null || !expand.getOpType().equals("Expand") || expand.getInputCount() != 2 ? null
                : s.constants.get(expand.getInput(0));
        if (table == null || table.getDataType() != TensorProto.DataType.FLOAT_VALUE || table.getDimsCount() != 3 || table.getDims(0) != 1
                || s.onlyConsumer(expand.getOutput(0)) != concat || ImportState.intAttribute(concat, "axis", 0) != 1) {
            return false;
        }
        s.absorbed.add(expand);
        s.classTokens.put(concat, expand);
        return true;
    }

    /** The Concat of a claimed Expand as a ClassToken layer; false when the Expand does not give [N, k, F]. */
    static boolean layer(NodeProto concat, ImportState s) throws OnnxFormatException {
        NodeProto expand = s.classTokens.get(concat);
        Source x = expand == null ? null : s.data(concat, 1);
        var shape = x == null ? null : s.shapeOf(x);
        TensorProto table = expand == null ? null : s.constants.get(expand.getInput(0));
        if (shape == null || shape.rank() != 3 || !shape.dim(1).isFixed() || !shape.dim(2).isFixed() || table.getDims(2) != shape.size(2)) {
            return false;
        }
        long count = table.getDims(1);
        for (int batch : new int[] {2, 3}) {
            long[] dims = expandedDims(expand, concat.getInput(1), new int[] {batch, (int) shape.size(1), (int) shape.size(2)}, s);
            if (!Arrays.equals(dims, new long[] {batch, count, shape.size(2)})) {
                return false;
            }
        }
        ClassToken token = NetworkFactory.eINSTANCE.createClassToken();
        token.setCount(Math.toIntExact(count));
        s.add(token, concat, x);
        s.weights.put(token.getId(), "tokens", new FloatTensor(new long[] {count, table.getDims(2)}, s.floats(table).values()));
        s.tensors.put(concat.getOutput(0), new Source(token, Ports.OUT));
        return true;
    }

    /**
     * The dims the Expand gives when x has {@code xDims}: its shape arithmetic run by {@link
     * NodeInterpreter}, Shape nodes reading x, a graph input (its first dim the batch) or a tensor
     * the arithmetic makes; null when it reads anything else.
     */
    private static long[] expandedDims(NodeProto expand, String x, int[] xDims, ImportState s) {
        List<NodeProto> nodes = new ArrayList<>();
        Deque<String> pending = new ArrayDeque<>(List.of(expand.getInput(1)));
        NodeInterpreter interpreter = new NodeInterpreter(s);
        try {
            while (!pending.isEmpty()) {
                String tensor = pending.pop();
                NodeProto node = s.constants.containsKey(tensor) ? null : s.producers.get(tensor);
                if (node == null) {
                    if (!s.constants.containsKey(tensor)) {
                        return null;
                    }
                    continue;
                }
                if (nodes.contains(node) || nodes.size() > 64) {
                    continue;
                }
                nodes.add(0, node);
                String read = node.getOpType().equals("Shape") ? node.getInput(0) : null;
                int[] dims = read == null ? null : read.equals(x) ? xDims : declared(s, read, xDims[0]);
                if (dims != null) {
                    interpreter.set(read, new NodeInterpreter.Value(dims, new double[NodeInterpreter.count(dims)], false));
                } else {
                    // Arithmetic, or a Shape of a tensor this arithmetic makes itself.
                    node.getInputList().stream().filter(t -> !t.isEmpty()).forEach(pending::push);
                }
            }
            interpreter.run(order(nodes));
            NodeInterpreter.Value shape = interpreter.get(expand.getInput(1));
            long[] target = NodeInterpreter.ints(shape);
            // Expand broadcasts the table against the target: the output keeps the larger of each pair.
            long[] table = s.constants.get(expand.getInput(0)).getDimsList().stream().mapToLong(Long::longValue).toArray();
            if (target.length != 3) {
                return null;
            }
            long[] out = new long[3];
            for (int i = 0; i < 3; i++) {
                out[i] = Math.max(target[i], table[i]);
            }
            return out;
        } catch (NodeInterpreter.Refused e) {
            return null;
        }
    }

    private static int[] declared(ImportState s, String tensor, int batch) {
        var shape = s.declaredShapes.get(tensor);
        if (shape == null) {
            return null;
        }
        int[] dims = new int[shape.getDimCount()];
        for (int i = 0; i < dims.length; i++) {
            var dim = shape.getDim(i);
            if (i == 0) {
                dims[i] = batch;
            } else if (dim.hasDimValue() && dim.getDimValue() > 0 && dim.getDimValue() < 1 << 16) {
                dims[i] = (int) dim.getDimValue();
            } else {
                return null;
            }
        }
        return dims;
    }

    /** Nodes after the producers of their inputs. */
    private static List<NodeProto> order(List<NodeProto> nodes) {
        List<NodeProto> ordered = new ArrayList<>();
        java.util.Set<String> made = new java.util.HashSet<>();
        List<NodeProto> left = new ArrayList<>(nodes);
        while (!left.isEmpty()) {
            NodeProto ready = left.stream().filter(n -> n.getInputList().stream().allMatch(t -> t.isEmpty() || made.contains(t)
                    || left.stream().noneMatch(o -> o.getOutputList().contains(t)))).findFirst().orElse(null);
            if (ready == null) {
                return nodes;
            }
            left.remove(ready);
            ordered.add(ready);
            made.addAll(ready.getOutputList());
        }
        return ordered;
    }
}
