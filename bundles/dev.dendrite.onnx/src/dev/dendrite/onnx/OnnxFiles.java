package dev.dendrite.onnx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import dev.dendrite.model.io.AtomicFiles;
import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.network.Network;
import dev.dendrite.onnx.export.ExportException;
import dev.dendrite.onnx.export.ExportResult;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.importer.ImportResult;
import dev.dendrite.onnx.importer.OnnxFormatException;
import dev.dendrite.onnx.importer.OnnxImporter;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;

/**
 * Import and export between files, as {@code dendrite import/export} and the workbench's wizards
 * do them: an ONNX model becomes {@code NAME.dnet} plus {@code NAME.weights.onnx}, and a network
 * with its weights (when it has some) becomes an ONNX model. Files are written atomically.
 */
public final class OnnxFiles {

    private OnnxFiles() {
    }

    /** Reads a model and writes the network and its weights beside each other. */
    public static ImportResult importModel(Path model, Path dnet, boolean mapOperators, java.util.function.Consumer<Network> arrange)
            throws IOException, OnnxFormatException {
        return importModel(OnnxImporter.model(model), model.getFileName().toString(), dnet, mapOperators, arrange);
    }

    /** As above, for a model already read (with its external data) by {@link OnnxImporter#model}. */
    public static ImportResult importModel(ai.onnx.proto.OnnxMl.ModelProto model, String source, Path dnet, boolean mapOperators,
            java.util.function.Consumer<Network> arrange) throws IOException, OnnxFormatException {
        ImportResult result = OnnxImporter.read(model, source, mapOperators);
        // Whoever shows a network lays it out (ELK lives in the layout bundle, which headless trainers do without).
        arrange.accept(result.network());
        DnetIO.save(result.network(), dnet);
        WeightsFile.write(result.weights(), WeightsFile.companionOf(dnet));
        return result;
    }

    /**
     * Exports a network with the weights in {@code weightsFile} when that file exists, freshly
     * initialised ones otherwise.
     */
    public static ExportResult exportNetwork(Network network, Path weightsFile, Path target, String producerVersion)
            throws IOException, OnnxFormatException, ExportException {
        Weights weights = weightsFile != null && Files.exists(weightsFile) ? WeightsFile.read(weightsFile) : new Weights();
        ExportResult result = OnnxExporter.export(network, weights, producerVersion);
        AtomicFiles.write(target, result.model().toByteArray());
        return result;
    }
}
