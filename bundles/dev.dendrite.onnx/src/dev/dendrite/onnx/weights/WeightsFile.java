package dev.dendrite.onnx.weights;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import ai.onnx.proto.OnnxMl.GraphProto;
import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.graph.GraphBuilder;
import dev.dendrite.onnx.graph.Tensors;
import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.importer.TensorReader;

/**
 * The weights companion of a {@code .dnet} file: {@code NAME.weights.onnx} next to {@code NAME.dnet},
 * an ONNX model whose graph holds only initializers named {@code layerId/param}, so any ONNX tool
 * can read the values.
 */
public final class WeightsFile {

    private WeightsFile() {
    }

    /** {@code lenet.dnet} → {@code lenet.weights.onnx} in the same folder. */
    public static Path companionOf(Path dnet) {
        String name = dnet.getFileName().toString();
        String base = name.endsWith(".dnet") ? name.substring(0, name.length() - 5) : name;
        return dnet.resolveSibling(base + ".weights.onnx");
    }

    public static void write(Weights weights, Path file) throws IOException {
        GraphProto.Builder graph = GraphProto.newBuilder().setName("dendrite_weights");
        for (Map.Entry<String, FloatTensor> entry : weights.flat().entrySet()) {
            graph.addInitializer(Tensors.floats(entry.getKey(), entry.getValue()));
        }
        ModelProto model = ModelProto.newBuilder().setIrVersion(GraphBuilder.IR_VERSION).setProducerName("Dendrite")
                .setDocString("Dendrite network weights: initializers named layerId/param").setGraph(graph).build();
        dev.dendrite.model.io.AtomicFiles.write(file, model.toByteArray());
    }

    /** Reads a weights file; a malformed one is an {@link OnnxFormatException} naming the file and the problem. */
    public static Weights read(Path file) throws IOException, OnnxFormatException {
        ModelProto model = TensorReader.parseModel(Files.readAllBytes(file), file.getFileName().toString());
        Weights weights = new Weights();
        for (TensorProto tensor : model.getGraph().getInitializerList()) {
            String[] key;
            try {
                key = Weights.split(tensor.getName());
            } catch (IllegalArgumentException e) {
                throw new OnnxFormatException(file.getFileName() + ": " + e.getMessage());
            }
            weights.put(key[0], key[1], TensorReader.floats(tensor, file.getFileName().toString()));
        }
        return weights;
    }
}
