package dev.dendrite.analysis.latent;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import ai.onnx.proto.OnnxMl.TensorShapeProto;
import ai.onnx.proto.OnnxMl.TypeProto;
import ai.onnx.proto.OnnxMl.ValueInfoProto;

/**
 * The decoder half of a model: the nodes its outputs need once the code's tensor is given, with that tensor as its input
 * [N, K] and, for a conditional variational autoencoder, the class the decoder reads too ([N, 1], int64: a label input), so
 * that it reads as a conditional generator ({@link dev.dendrite.train.run.GeneratorModel}). Generation and the latent manifold
 * decode codes through it, never the encoder.
 */
final class LatentDecoder {

    private LatentDecoder() {
    }

    /**
     * @throws IllegalArgumentException where an output also reads a model input past the code and its class (a skip connection
     *         from the data)
     */
    static ModelProto of(ModelProto model, String code, int dims) {
        GraphProto graph = model.getGraph();
        Map<String, NodeProto> producers = new HashMap<>();
        graph.getNodeList().forEach(n -> n.getOutputList().forEach(o -> producers.put(o, n)));
        Set<String> initializers = new HashSet<>();
        graph.getInitializerList().forEach(t -> initializers.add(t.getName()));
        Set<String> dataInputs = new HashSet<>();
        graph.getInputList().stream().map(ValueInfoProto::getName).filter(n -> !initializers.contains(n)).forEach(dataInputs::add);
        Set<NodeProto> needed = new HashSet<>();
        Set<String> usedInitializers = new HashSet<>();
        Deque<String> open = new ArrayDeque<>();
        graph.getOutputList().forEach(o -> open.add(o.getName()));
        Set<String> seen = new HashSet<>();
        Set<String> classes = new java.util.LinkedHashSet<>();
        List<String> classInputs = dev.dendrite.train.run.ClassInputs.of(graph);
        while (!open.isEmpty()) {
            String tensor = open.pop();
            if (tensor.isEmpty() || tensor.equals(code) || !seen.add(tensor)) {
                continue;
            }
            if (initializers.contains(tensor)) {
                usedInitializers.add(tensor);
                continue;
            }
            if (classInputs.contains(tensor)) {
                classes.add(tensor);
                continue;
            }
            if (dataInputs.contains(tensor)) {
                throw new IllegalArgumentException("the decoder reads the model's input '" + tensor + "' besides the code '" + code
                        + "', so codes alone cannot be decoded");
            }
            NodeProto producer = producers.get(tensor);
            if (producer == null) {
                throw new IllegalArgumentException("no node of the model computes '" + tensor + "'");
            }
            if (needed.add(producer)) {
                open.addAll(producer.getInputList());
            }
        }
        if (needed.stream().noneMatch(n -> n.getInputList().contains(code))) {
            throw new IllegalArgumentException("the model's outputs do not read the code '" + code + "'");
        }
        GraphProto.Builder decoder = GraphProto.newBuilder().setName(graph.getName() + "-decoder");
        // The model's node order is topological; kept.
        graph.getNodeList().stream().filter(needed::contains).forEach(decoder::addNode);
        List<TensorProto> kept = graph.getInitializerList().stream().filter(t -> usedInitializers.contains(t.getName())).toList();
        decoder.addAllInitializer(kept);
        TensorShapeProto shape = TensorShapeProto.newBuilder().addDim(TensorShapeProto.Dimension.newBuilder().setDimParam("N"))
                .addDim(TensorShapeProto.Dimension.newBuilder().setDimValue(dims)).build();
        decoder.addInput(ValueInfoProto.newBuilder().setName(code).setType(TypeProto.newBuilder().setTensorType(TypeProto.Tensor.newBuilder()
                .setElemType(TensorProto.DataType.FLOAT_VALUE).setShape(shape))));
        graph.getInputList().stream().filter(i -> classes.contains(i.getName())).forEach(decoder::addInput);
        decoder.addAllOutput(graph.getOutputList());
        return model.toBuilder().clearMetadataProps().setGraph(decoder).build();
    }
}
