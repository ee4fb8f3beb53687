package dev.dendrite.onnx.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import ai.onnx.proto.OnnxMl.NodeProto;

/**
 * Runs the nodes that compute a tensor from dims and constants (what exporters build targets of
 * Reshape and Expand with), given the dims of the tensors their Shape nodes read, so a pattern
 * can check what a computed shape comes to for dims it chooses.
 */
final class ShapeArithmetic {

    private static final int MAX_NODES = 64;

    private ShapeArithmetic() {
    }

    /**
     * The value of {@code tensor}: the nodes computing it run by {@link NodeInterpreter}, each
     * Shape node reading a tensor {@code dimsOf} knows taken as those dims (other Shape nodes read
     * what the nodes make); null when they read anything else or cannot run.
     */
    static long[] evaluate(ImportState s, String tensor, Function<String, int[]> dimsOf) {
        NodeInterpreter.Value value = value(s, tensor, dimsOf);
        return value == null ? null : NodeInterpreter.ints(value);
    }

    /** As {@link #evaluate}, the value itself (floats too: a weight cut by bounds computed from dims); null where that returns null. */
    static NodeInterpreter.Value value(ImportState s, String tensor, Function<String, int[]> dimsOf) {
        List<NodeProto> nodes = new ArrayList<>();
        Deque<String> pending = new ArrayDeque<>(List.of(tensor));
        NodeInterpreter interpreter = new NodeInterpreter(s);
        try {
            while (!pending.isEmpty()) {
                String next = pending.pop();
                NodeProto node = next.isEmpty() || s.constants.containsKey(next) ? null : s.producers.get(next);
                if (node == null) {
                    if (!next.isEmpty() && !s.constants.containsKey(next)) {
                        return null; // a graph input's values
                    }
                    continue;
                }
                if (nodes.contains(node)) {
                    continue;
                }
                if (nodes.size() >= MAX_NODES) {
                    return null;
                }
                nodes.add(node);
                int[] dims = node.getOpType().equals("Shape") ? dimsOf.apply(node.getInput(0)) : null;
                if (dims != null) {
                    interpreter.set(node.getInput(0), new NodeInterpreter.Value(dims, new double[NodeInterpreter.count(dims)], false));
                } else {
                    node.getInputList().forEach(pending::push);
                }
            }
            interpreter.run(topological(nodes));
            return interpreter.get(tensor);
        } catch (NodeInterpreter.Refused e) {
            return null;
        }
    }

    /**
     * The nodes (in graph order) that compute only dims: Shape nodes, and nodes whose inputs are
     * constants or such nodes' outputs.
     */
    static Set<NodeProto> dimsOnly(List<NodeProto> nodes, ImportState s) {
        Set<NodeProto> dims = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (NodeProto node : nodes) {
            if (node.getOpType().equals("Shape") || node.getInputCount() > 0 && node.getInputList().stream()
                    .allMatch(t -> t.isEmpty() || s.constants.containsKey(t) || dims.contains(s.producers.get(t)))) {
                dims.add(node);
            }
        }
        return dims;
    }

    /** The nodes in an order where each comes after the producers of its inputs among them. */
    static List<NodeProto> topological(List<NodeProto> nodes) {
        List<NodeProto> ordered = new ArrayList<>();
        Set<String> made = new HashSet<>();
        Set<String> inside = new HashSet<>();
        nodes.forEach(n -> inside.addAll(n.getOutputList()));
        List<NodeProto> left = new ArrayList<>(nodes);
        while (!left.isEmpty()) {
            NodeProto ready = left.stream().filter(n -> n.getInputList().stream().allMatch(t -> t.isEmpty() || made.contains(t)
                    || !inside.contains(t))).findFirst().orElse(null);
            if (ready == null) {
                return nodes; // a cycle, which ModelChecks refuses before: the interpreter will refuse what it cannot read
            }
            left.remove(ready);
            ordered.add(ready);
            made.addAll(ready.getOutputList());
        }
        return ordered;
    }

    /**
     * The dims a model declares for a tensor, its first dim taken as {@code batch} and a symbolic
     * second dim as {@code steps} (none when {@code steps} is 0); null when it declares none or
     * another dim is symbolic.
     */
    static int[] declared(ImportState s, String tensor, int batch, int steps) {
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
            } else if (i == 1 && steps > 0) {
                dims[i] = steps;
            } else {
                return null;
            }
        }
        return dims;
    }
}
