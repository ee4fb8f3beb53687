package dev.dendrite.onnx.importer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.NodeProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.Networks;
import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.io.LoadResult;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.weights.Weights;

/**
 * Imports ONNX models (opsets 1–26, older operator versions with their own attributes) as
 * editable networks; nodes that compute only from constants are evaluated first ({@link
 * ConstantFolding}). A model exported by Dendrite carries its
 * network description and is restored exactly; any other model is mapped operator by operator
 * (Gemm/MatMul+Add → Dense, Conv, pools, BatchNormalization, LayerNormalization, activations,
 * RNN/LSTM/GRU, Add, Concat, Flatten/Reshape, Dropout, Gather → Embedding). A model with operators
 * Dendrite cannot express is refused with one message listing them all.
 */
public final class OnnxImporter {

    /** The note on every network mapped from operators: a model file has inference semantics. */
    public static final String NO_LOSS = "The imported network has no Loss layer: add one (and a dataset in its training settings) to train it.";

    /** Metadata key under which the exporter embeds the network's .dnet text. */
    public static final String EMBEDDED_NETWORK = "dendrite.network.dnet";

    private OnnxImporter() {
    }

    public static ImportResult read(Path file, boolean mapOperators) throws java.io.IOException, OnnxFormatException {
        return read(model(file), file.getFileName().toString(), mapOperators);
    }

    /** A model file as a model with every tensor in it: external data beside the file read in ({@link ExternalData}). */
    public static ModelProto model(Path file) throws java.io.IOException, OnnxFormatException {
        if (Files.size(file) > TensorReader.MAX_MODEL_BYTES) {
            throw new OnnxFormatException(file.getFileName() + " is larger than 2 GB; Dendrite reads smaller models only");
        }
        String source = file.getFileName().toString();
        ModelProto model = TensorReader.parseModel(Files.readAllBytes(file), source);
        Path folder = file.toAbsolutePath().getParent();
        return folder == null ? model : ExternalData.inline(model, folder, source);
    }

    /**
     * @param mapOperators map operators even when the model carries a Dendrite network (to check the mapping)
     */
    public static ImportResult read(byte[] bytes, String source, boolean mapOperators) throws OnnxFormatException {
        return read(TensorReader.parseModel(bytes, source), source, mapOperators);
    }

    /** As {@link #read(Path, boolean)} for a model already read ({@link #model(Path)}); {@code source} names it in messages. */
    public static ImportResult read(ModelProto model, String source, boolean mapOperators) throws OnnxFormatException {
        List<NodeProto> nodes = ModelChecks.check(model, source);
        String embedded = model.getMetadataPropsList().stream().filter(p -> p.getKey().equals(EMBEDDED_NETWORK))
                .map(StringStringEntryProto::getValue).findFirst().orElse(null);
        ImportResult result = embedded != null && !mapOperators ? fromEmbedded(model, embedded, source) : fromOperators(model, nodes, source);
        Networks.Inspection inspection = Networks.inspect(result.network());
        if (inspection.hasErrors()) {
            String first = inspection.diagnostic().getChildren().stream().filter(d -> d.getSeverity() >= Diagnostic.ERROR)
                    .map(Diagnostic::getMessage).findFirst().orElse("?");
            throw new OnnxFormatException(source + " maps to a network Dendrite cannot use: " + first);
        }
        return result;
    }

    private static ImportResult fromEmbedded(ModelProto model, String text, String source) throws OnnxFormatException {
        LoadResult loaded = DnetIO.parse(text, source + " (embedded network)");
        if (!loaded.ok()) {
            throw new OnnxFormatException(source + " carries a Dendrite network that cannot be read: " + loaded.firstProblem());
        }
        Network network = loaded.network().get();
        Map<String, TensorProto> initializers = new HashMap<>();
        model.getGraph().getInitializerList().forEach(t -> initializers.put(t.getName(), t));
        return new ImportResult(network, parameters(network, initializers, source), true, List.of());
    }

    /** The network's parameters from the initializers named {@code layerId/param}: all present, with the right shapes. */
    private static Weights parameters(Network network, Map<String, TensorProto> initializers, String source) throws OnnxFormatException {
        Networks.Inspection inspection = Networks.inspect(network);
        List<Layer> layers = new ArrayList<>(network.getLayers());
        network.getBlocks().forEach(b -> layers.addAll(b.getLayers()));
        Weights weights = new Weights();
        for (Layer layer : layers) {
            var shapes = inspection.shapes().of(layer);
            if (shapes == null || layer instanceof dev.dendrite.model.network.BlockInstance) {
                continue;
            }
            for (var spec : dev.dendrite.onnx.weights.ParameterSpecs.of(layer, shapes.inputs())) {
                TensorProto initializer = initializers.get(Weights.key(layer.getId(), spec.name()));
                var tensor = initializer == null ? null : TensorReader.floats(initializer, source);
                if (tensor == null || !java.util.Arrays.equals(tensor.shape(), spec.shape())) {
                    throw new OnnxFormatException(source + ": its weights do not match its embedded network ('" + layer.getId() + "/"
                            + spec.name() + "' is " + (tensor == null ? "missing" : tensor.shapeText()) + ", expected "
                            + java.util.Arrays.toString(spec.shape()) + ")");
                }
                weights.put(layer.getId(), spec.name(), tensor);
            }
        }
        return weights;
    }

    private static ImportResult fromOperators(ModelProto model, List<NodeProto> nodes, String source) throws OnnxFormatException {
        String name = model.getGraph().getName().isBlank() ? source.replaceAll("\\.onnx$", "") : model.getGraph().getName();
        NetworkBuilder builder = new NetworkBuilder(name, "Imported from " + source
                + (model.getProducerName().isBlank() ? "" : " (produced by " + model.getProducerName() + ")"));
        ImportState state = new ImportState(source, builder, nodes, ModelChecks.opset(model));
        OpMapper.map(model.getGraph(), nodes, state);
        if (!state.unsupported.isEmpty()) {
            throw new UnsupportedOperatorsException(source, state.unsupported);
        }
        Network network = builder.network();
        List<String> notes = new ArrayList<>();
        notes.add(NO_LOSS);
        return new ImportResult(network, state.weights, false, notes);
    }
}
