package dev.dendrite.onnx.importer;

import java.util.List;

import ai.onnx.proto.OnnxMl.AttributeProto;
import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;
import dev.dendrite.model.network.ActivationFunction;
import dev.dendrite.model.network.DataType;
import dev.dendrite.model.network.Input;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.PoolType;
import dev.dendrite.model.network.sequence.CellType;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.onnx.importer.ImportState.Source;

/** Maps a checked, topologically ordered ONNX graph to layers, operator by operator. */
final class OpMapper {

    private OpMapper() {
    }

    static void map(GraphProto graph, List<NodeProto> nodes, ImportState s) throws OnnxFormatException {
        s.declare(graph);
        for (TensorProto initializer : graph.getInitializerList()) {
            s.constants.put(initializer.getName(), initializer);
        }
        for (NodeProto node : nodes) {
            if (node.getOpType().equals("Constant")) {
                AttributeProto value = ImportState.attribute(node, "value");
                if (value != null && value.hasT() && node.getOutputCount() == 1) {
                    s.constants.put(node.getOutput(0), value.getT().toBuilder().setName(node.getOutput(0)).build());
                    s.absorbed.add(node);
                }
            }
        }
        for (ValueInfoProto value : graph.getInputList()) {
            if (!s.constants.containsKey(value.getName())) {
                input(value, s);
            }
        }
        // Nodes computing from constants alone (Identity of a shared weight, Transpose of a kernel) fold first, so patterns see constants.
        for (NodeProto node : nodes) {
            if (!s.absorbed.contains(node) && node.getInputCount() > 0
                    && node.getInputList().stream().allMatch(t -> t.isEmpty() || s.constants.containsKey(t))) {
                ConstantFolding.fold(node, s);
            }
        }
        // Pre-passes: patterns of several nodes that one layer stands for claim those nodes before any is mapped.
        for (NodeProto node : nodes) {
            if (RecurrentLayouts.isRecurrent(node)) {
                RecurrentLayouts.Plan plan = RecurrentLayouts.plan(node, s);
                if (plan != null) {
                    s.recurrentPlans.put(node, plan);
                }
            } else if (node.getOpType().equals("Softmax") && node.getInputCount() == 1 && !s.absorbed.contains(node)) {
                AttentionPattern.Plan plan = AttentionPattern.plan(node, s);
                if (plan == null) {
                    plan = AttentionRegion.plan(node, s, nodes);
                }
                if (plan != null) {
                    s.attentionPlans.put(node, plan);
                    s.absorbed.addAll(plan.claimed());
                }
            } else if (node.getOpType().equals("Concat") && !s.absorbed.contains(node)) {
                ClassTokenPattern.claim(node, s);
            } else if (node.getOpType().equals("Erf") && !s.absorbed.contains(node)) {
                GeluPattern.Plan plan = GeluPattern.plan(node, s);
                if (plan != null) {
                    s.geluPlans.put(node, plan);
                    s.absorbed.addAll(plan.claimed());
                }
            }
        }
        absorbDimsOfClaimedNodes(graph, nodes, s);
        java.util.Set<NodeProto> live = live(graph, nodes);
        for (NodeProto node : nodes) {
            if (!s.absorbed.contains(node) && live.contains(node)) {
                node(node, s);
            }
        }
    }

    /**
     * Absorbs nodes that compute only dims (from Shape and constants) for claimed nodes alone: a
     * pattern leaves such a node when several patterns share it, and nothing else reads it then.
     */
    private static void absorbDimsOfClaimedNodes(GraphProto graph, List<NodeProto> nodes, ImportState s) {
        java.util.Set<NodeProto> dims = ShapeArithmetic.dimsOnly(nodes, s);
        java.util.Set<String> outputs = new java.util.HashSet<>();
        graph.getOutputList().forEach(o -> outputs.add(o.getName()));
        for (int i = nodes.size() - 1; i >= 0; i--) {
            NodeProto node = nodes.get(i);
            if (dims.contains(node) && !s.absorbed.contains(node) && node.getOutputList().stream().noneMatch(outputs::contains)
                    && node.getOutputList().stream().allMatch(t -> s.consumers.getOrDefault(t, List.of()).stream().allMatch(s.absorbed::contains))
                    && node.getOutputList().stream().anyMatch(t -> !s.consumers.getOrDefault(t, List.of()).isEmpty())) {
                s.absorbed.add(node);
            }
        }
    }

    /** The nodes some graph output depends on; the others are dead code that would otherwise become extra outputs. */
    private static java.util.Set<NodeProto> live(GraphProto graph, List<NodeProto> nodes) {
        java.util.Set<NodeProto> live = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Set<String> needed = new java.util.HashSet<>();
        graph.getOutputList().forEach(o -> needed.add(o.getName()));
        for (int i = nodes.size() - 1; i >= 0; i--) {
            NodeProto node = nodes.get(i);
            if (node.getOutputList().stream().anyMatch(needed::contains)) {
                live.add(node);
                needed.addAll(node.getInputList());
            }
        }
        return live;
    }

    private static void input(ValueInfoProto value, ImportState s) throws OnnxFormatException {
        if (!value.getType().hasTensorType()) {
            throw new OnnxFormatException(s.source + ": input '" + value.getName() + "' is not a tensor");
        }
        var tensorType = value.getType().getTensorType();
        List<TensorShapeProto.Dimension> dims = tensorType.getShape().getDimList();
        Input input = NetworkFactory.eINSTANCE.createInput();
        if (tensorType.getElemType() == TensorProto.DataType.INT64_VALUE) {
            input.setDataType(DataType.INT64);
        } else if (tensorType.getElemType() != TensorProto.DataType.FLOAT_VALUE) {
            throw new OnnxFormatException(s.source + ": input '" + value.getName() + "' has element type "
                    + TensorProto.DataType.forNumber(tensorType.getElemType()) + "; Dendrite's inputs are float32 or int64");
        }
        for (int i = 1; i < dims.size(); i++) {
            TensorShapeProto.Dimension dim = dims.get(i);
            if (dim.hasDimValue() && dim.getDimValue() > 0 && dim.getDimValue() <= Integer.MAX_VALUE) {
                input.getDims().add((int) dim.getDimValue());
            } else if (i == 1 && !input.isSequence()) {
                input.setSequence(true); // a symbolic dim after the batch: a sequence length
            } else {
                throw new OnnxFormatException(s.source + ": input '" + value.getName() + "' has a symbolic or invalid dim " + i
                        + "; Dendrite needs known sizes after the batch (and sequence) dim");
            }
        }
        if (dims.isEmpty()) {
            throw new OnnxFormatException(s.source + ": input '" + value.getName() + "' has no shape; Dendrite needs [batch, ...]");
        }
        s.builder.add(input, value.getName().replaceAll("[^A-Za-z0-9_.-]", "_"), null);
        s.tensors.put(value.getName(), new Source(input, Ports.OUT));
    }

    /** A node as its layer; when no layer expresses it (or this form of it), as a generic operator layer. */
    private static void node(NodeProto node, ImportState s) throws OnnxFormatException {
        if (ConstantFolding.fold(node, s)) {
            return;
        }
        int refused = s.unsupported.size();
        layer(node, s);
        if (s.unsupported.size() == refused + 1) {
            String why = s.unsupported.remove(refused).reason();
            GenericOps.operator(node, s, why);
        }
    }

    private static void layer(NodeProto node, ImportState s) throws OnnxFormatException {
        if (FeaturesFirstSteps.map(node, s)) {
            return;
        }
        switch (node.getOpType()) {
            case "Gemm" -> CoreOps.gemm(node, s);
            case "MatMul" -> CoreOps.matMul(node, s);
            case "Relu" -> CoreOps.activation(node, s, ActivationFunction.RELU);
            case "Sigmoid" -> CoreOps.activation(node, s, ActivationFunction.SIGMOID);
            case "Erf" -> {
                GeluPattern.Plan plan = s.geluPlans.get(node);
                if (plan == null || !GeluPattern.layer(node, plan, s)) {
                    s.unsupported(node, "no Dendrite layer computes Erf outside a GELU");
                }
            }
            case "Tanh" -> CoreOps.activation(node, s, ActivationFunction.TANH);
            case "LeakyRelu" -> CoreOps.activation(node, s, ActivationFunction.LEAKY_RELU);
            case "Elu" -> CoreOps.activation(node, s, ActivationFunction.ELU);
            case "Gelu" -> CoreOps.activation(node, s, ActivationFunction.GELU);
            case "Softmax" -> {
                AttentionPattern.Plan plan = s.attentionPlans.get(node);
                if (plan == null && s.attentionMisses.containsKey(node)) {
                    s.unsupported(node, s.attentionMisses.get(node));
                } else if (plan == null) {
                    CoreOps.activation(node, s, ActivationFunction.SOFTMAX);
                } else if (!AttentionPattern.layer(node, plan, s)) {
                    s.unsupported(node, "attention reads no layer's output");
                }
            }
            case "LogSoftmax" -> CoreOps.activation(node, s, ActivationFunction.LOG_SOFTMAX);
            case "Add", "Sum" -> CoreOps.add(node, s);
            case "Concat" -> CoreOps.concat(node, s);
            case "Mul" -> CoreOps.multiply(node, s);
            case "Flatten" -> CoreOps.flatten(node, s);
            case "Reshape" -> CoreOps.reshape(node, s);
            case "BatchNormalization" -> CoreOps.batchNorm(node, s);
            case "LayerNormalization" -> CoreOps.layerNorm(node, s);
            case "Dropout" -> CoreOps.dropout(node, s);
            case "Gather" -> CoreOps.gather(node, s);
            case "Conv" -> ConvOps.conv(node, s);
            case "ConvTranspose" -> ConvOps.transposed(node, s);
            case "MaxPool" -> ConvOps.pool(node, s, PoolType.MAX);
            case "AveragePool" -> ConvOps.pool(node, s, PoolType.AVERAGE);
            case "GlobalAveragePool" -> ConvOps.globalPool(node, s, PoolType.AVERAGE);
            case "GlobalMaxPool" -> ConvOps.globalPool(node, s, PoolType.MAX);
            case "Resize" -> ConvOps.upsample(node, s);
            case "Upsample" -> ConvOps.oldUpsample(node, s);
            case "RNN" -> RecurrentOps.recurrent(node, s, CellType.RNN);
            case "LSTM" -> RecurrentOps.recurrent(node, s, CellType.LSTM);
            case "GRU" -> RecurrentOps.recurrent(node, s, CellType.GRU);
            case "Sub" -> CoreOps.normalization(node, s);
            case "Identity" -> alias(node, s);
            case "LRN" -> ConvOps.localResponseNorm(node, s);
            case "ReduceMean" -> CoreOps.poolOverSteps(node, s, PoolType.AVERAGE);
            case "ReduceMax" -> CoreOps.poolOverSteps(node, s, PoolType.MAX);
            case "Slice" -> {
                if (!PositionsPattern.layer(node, s)) {
                    s.unsupported(node, "no Dendrite layer computes Slice");
                }
            }
            default -> s.unsupported(node, "no Dendrite layer computes " + node.getOpType());
        }
    }

    private static void alias(NodeProto node, ImportState s) {
        Source source = s.data(node, 0);
        if (source != null) {
            s.tensors.put(node.getOutput(0), source);
        } else if (s.constant(node, 0) != null) {
            s.constants.put(node.getOutput(0), s.constant(node, 0));
        }
    }
}
