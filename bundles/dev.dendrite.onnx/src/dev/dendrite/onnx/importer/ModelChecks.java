package dev.dendrite.onnx.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.OperatorSetIdProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;

/**
 * Structural checks of a model before any mapping: supported IR and opsets, known domains,
 * bounded sizes, every tensor produced before use, no cycles. Returns the nodes in topological order.
 */
final class ModelChecks {

    static final int MIN_OPSET = 1;
    static final int MAX_OPSET = 26;
    static final int MAX_IR = 13;
    static final int MAX_NODES = 200_000;

    private ModelChecks() {
    }

    /** The default domain's opset version (the latest one when none is declared for it). */
    static long opset(ModelProto model) {
        for (OperatorSetIdProto import_ : model.getOpsetImportList()) {
            if (import_.getDomain().isEmpty() || import_.getDomain().equals("ai.onnx")) {
                return import_.getVersion();
            }
        }
        return MAX_OPSET;
    }

    static List<NodeProto> check(ModelProto model, String source) throws OnnxFormatException {
        if (model.getIrVersion() > MAX_IR) {
            throw new OnnxFormatException(source + " has IR version " + model.getIrVersion() + "; Dendrite reads IR versions up to " + MAX_IR);
        }
        long opset = -1;
        for (OperatorSetIdProto import_ : model.getOpsetImportList()) {
            if (import_.getDomain().isEmpty() || import_.getDomain().equals("ai.onnx")) {
                opset = import_.getVersion();
            }
        }
        if (opset < 0 && model.getOpsetImportCount() == 0) {
            throw new OnnxFormatException(source + " declares no opset");
        }
        if (opset >= 0 && (opset < MIN_OPSET || opset > MAX_OPSET)) {
            throw new OnnxFormatException(source + " uses opset " + opset + "; Dendrite imports opsets " + MIN_OPSET + " to " + MAX_OPSET);
        }
        GraphProto graph = model.getGraph();
        if (graph.getNodeCount() > MAX_NODES) {
            throw new OnnxFormatException(source + " has " + graph.getNodeCount() + " nodes; Dendrite imports at most " + MAX_NODES);
        }
        Set<String> available = new HashSet<>();
        for (TensorProto initializer : graph.getInitializerList()) {
            TensorReader.elements(initializer, source);
            if (initializer.getDataLocation() == TensorProto.DataLocation.EXTERNAL || initializer.getExternalDataCount() > 0) {
                TensorReader.floats(initializer, source); // throws the clear external-data message
            }
            available.add(initializer.getName());
        }
        for (ValueInfoProto input : graph.getInputList()) {
            checkShape(input, source);
            available.add(input.getName());
        }
        for (NodeProto node : graph.getNodeList()) {
            if (!node.getDomain().isEmpty() && !node.getDomain().equals("ai.onnx")) {
                throw new OnnxFormatException(source + ": node '" + node.getName() + "' (" + node.getOpType() + ") is in the unknown domain '"
                        + node.getDomain() + "'; Dendrite imports standard ONNX operators only");
            }
            if (node.getInputCount() == 0 && !NO_INPUTS.contains(node.getOpType()) || node.getOutputCount() == 0) {
                throw new OnnxFormatException(source + ": node '" + node.getName() + "' (" + node.getOpType() + ") has no "
                        + (node.getOutputCount() == 0 ? "outputs" : "inputs") + "; the operator needs some");
            }
            int[] least = LEAST_INPUTS.get(node.getOpType());
            long given = node.getInputList().stream().filter(t -> !t.isEmpty()).count();
            if (least != null && opset >= least[1] && given < least[0]) {
                throw new OnnxFormatException(source + ": node '" + node.getName() + "' (" + node.getOpType() + ") has " + given + " input"
                        + (given == 1 ? "" : "s") + "; " + node.getOpType() + " needs " + least[0]);
            }
        }
        return order(graph, available, source);
    }

    /** The standard operators that take no inputs (they make constants or random values). */
    private static final Set<String> NO_INPUTS = Set.of("Constant", "RandomNormal", "RandomUniform");

    /** Inputs an operator needs, and from which opset (before it, attributes held some of them). */
    private static final Map<String, int[]> LEAST_INPUTS = Map.ofEntries(Map.entry("Reshape", new int[] {2, 5}),
            Map.entry("Unsqueeze", new int[] {2, 13}), Map.entry("Slice", new int[] {3, 10}), Map.entry("Expand", new int[] {2, 8}),
            Map.entry("Tile", new int[] {2, 6}), Map.entry("MatMul", new int[] {2, 1}), Map.entry("Gemm", new int[] {2, 1}),
            Map.entry("Add", new int[] {2, 1}), Map.entry("Sub", new int[] {2, 1}), Map.entry("Mul", new int[] {2, 1}),
            Map.entry("Div", new int[] {2, 1}), Map.entry("Pow", new int[] {2, 1}), Map.entry("Mod", new int[] {2, 10}),
            Map.entry("Equal", new int[] {2, 1}), Map.entry("Less", new int[] {2, 1}), Map.entry("Greater", new int[] {2, 1}),
            Map.entry("Gather", new int[] {2, 1}), Map.entry("Where", new int[] {3, 9}), Map.entry("Range", new int[] {3, 11}),
            Map.entry("Conv", new int[] {2, 1}), Map.entry("ConvTranspose", new int[] {2, 1}), Map.entry("RNN", new int[] {3, 1}),
            Map.entry("LSTM", new int[] {3, 1}), Map.entry("GRU", new int[] {3, 1}), Map.entry("BatchNormalization", new int[] {5, 1}),
            Map.entry("LayerNormalization", new int[] {2, 17}));

    private static void checkShape(ValueInfoProto value, String source) throws OnnxFormatException {
        if (!value.getType().hasTensorType()) {
            return;
        }
        long elements = 1;
        for (TensorShapeProto.Dimension dim : value.getType().getTensorType().getShape().getDimList()) {
            if (dim.hasDimValue()) {
                if (dim.getDimValue() < 0) {
                    throw new OnnxFormatException(source + ": input '" + value.getName() + "' has a negative dimension");
                }
                if (dim.getDimValue() > 0 && elements > (1L << 40) / dim.getDimValue()) {
                    throw new OnnxFormatException(source + ": input '" + value.getName() + "' has more than 2^40 elements; refused");
                }
                elements *= Math.max(1, dim.getDimValue());
            }
        }
    }

    /** Kahn's algorithm over tensor dependencies; a leftover node means a cycle or a missing tensor. */
    private static List<NodeProto> order(GraphProto graph, Set<String> available, String source) throws OnnxFormatException {
        Map<String, List<Integer>> consumers = new HashMap<>();
        int[] missing = new int[graph.getNodeCount()];
        Set<String> produced = new HashSet<>(available);
        Set<String> allOutputs = new HashSet<>();
        for (NodeProto node : graph.getNodeList()) {
            for (String out : node.getOutputList()) {
                if (!out.isEmpty() && (!allOutputs.add(out) || available.contains(out))) {
                    throw new OnnxFormatException(source + ": tensor '" + out + "' is produced twice (node '" + node.getName() + "')");
                }
            }
        }
        for (int i = 0; i < graph.getNodeCount(); i++) {
            for (String in : graph.getNode(i).getInputList()) {
                if (in.isEmpty() || produced.contains(in)) {
                    continue;
                }
                if (!allOutputs.contains(in)) {
                    throw new OnnxFormatException(source + ": node '" + graph.getNode(i).getName() + "' (" + graph.getNode(i).getOpType()
                            + ") reads '" + in + "', which no node, input or initializer provides (missing initializer?)");
                }
                missing[i]++;
                consumers.computeIfAbsent(in, k -> new ArrayList<>()).add(i);
            }
        }
        ArrayDeque<Integer> ready = new ArrayDeque<>();
        for (int i = 0; i < missing.length; i++) {
            if (missing[i] == 0) {
                ready.add(i);
            }
        }
        List<NodeProto> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            NodeProto node = graph.getNode(ready.poll());
            order.add(node);
            for (String out : node.getOutputList()) {
                for (int consumer : consumers.getOrDefault(out, List.of())) {
                    if (--missing[consumer] == 0) {
                        ready.add(consumer);
                    }
                }
            }
        }
        if (order.size() < graph.getNodeCount()) {
            List<String> stuck = new ArrayList<>();
            for (int i = 0; i < missing.length && stuck.size() < 5; i++) {
                if (missing[i] > 0) {
                    stuck.add(graph.getNode(i).getName().isEmpty() ? graph.getNode(i).getOpType() : graph.getNode(i).getName());
                }
            }
            throw new OnnxFormatException(source + ": the graph has a cycle (through nodes " + String.join(", ", stuck)
                    + "); ONNX graphs must be acyclic");
        }
        return order;
    }
}
