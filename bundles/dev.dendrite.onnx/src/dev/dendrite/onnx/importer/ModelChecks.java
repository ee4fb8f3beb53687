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
        }
        return order(graph, available, source);
    }

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
