package dev.dendrite.onnx.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.Map;

import com.google.protobuf.ByteString;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.TensorProto;

/**
 * Reads tensors whose data an exporter kept in files beside the model (ONNX external data, what
 * PyTorch's exporter writes as {@code model.onnx.data}) into the model, so the importer sees only
 * embedded tensors. Locations must stay inside the model's folder, and each range must lie in
 * its file and match the tensor's dims: anything else is refused by name, nothing is guessed.
 */
final class ExternalData {

    private ExternalData() {
    }

    /** The model with every external tensor read in; the model itself when it has none. */
    static ModelProto inline(ModelProto model, Path folder, String source) throws OnnxFormatException {
        if (model.getGraph().getInitializerList().stream().noneMatch(ExternalData::isExternal)) {
            return model;
        }
        ModelProto.Builder builder = model.toBuilder();
        var graph = builder.getGraphBuilder();
        Map<String, FileChannel> open = new HashMap<>();
        long total = 0;
        try {
            for (int i = 0; i < graph.getInitializerCount(); i++) {
                TensorProto tensor = graph.getInitializer(i);
                if (isExternal(tensor)) {
                    ByteString bytes = read(tensor, folder, source, open);
                    total += bytes.size();
                    if (total > TensorReader.MAX_MODEL_BYTES) {
                        throw new OnnxFormatException(source + ": its external weights exceed 2 GB; Dendrite reads smaller models only");
                    }
                    graph.setInitializer(i, tensor.toBuilder().clearExternalData().clearDataLocation().setRawData(bytes).build());
                }
            }
        } finally {
            for (FileChannel channel : open.values()) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // read-only channel: nothing was written that closing could lose
                }
            }
        }
        return builder.build();
    }

    static boolean isExternal(TensorProto tensor) {
        return tensor.getDataLocation() == TensorProto.DataLocation.EXTERNAL || tensor.getExternalDataCount() > 0;
    }

    private static ByteString read(TensorProto tensor, Path folder, String source, Map<String, FileChannel> open) throws OnnxFormatException {
        Map<String, String> keys = new HashMap<>();
        for (StringStringEntryProto entry : tensor.getExternalDataList()) {
            keys.put(entry.getKey(), entry.getValue());
        }
        String name = "tensor '" + tensor.getName() + "'";
        String location = keys.get("location");
        if (location == null || location.isBlank()) {
            throw new OnnxFormatException(source + ": " + name + " is marked external but names no file");
        }
        Path file = folder.resolve(location).normalize();
        if (Path.of(location).isAbsolute() || !file.startsWith(folder.normalize())) {
            throw new OnnxFormatException(source + ": " + name + " keeps its data in '" + location
                    + "', outside the model's folder; Dendrite reads external data only from files beside the model");
        }
        long offset = number(keys.get("offset"), 0, name, "offset", source);
        long expected = TensorReader.elements(tensor, source) * elementBytes(tensor, source);
        long length = number(keys.get("length"), expected, name, "length", source);
        if (length != expected) {
            throw new OnnxFormatException(source + ": " + name + " has dims " + tensor.getDimsList() + " (" + expected
                    + " bytes) but its external range holds " + length + " bytes");
        }
        try {
            FileChannel channel = open.get(location);
            if (channel == null) {
                if (!Files.isRegularFile(file)) {
                    throw new OnnxFormatException(source + ": " + name + " keeps its data in '" + location
                            + "', which is not beside the model (copy that file next to it)");
                }
                channel = FileChannel.open(file, StandardOpenOption.READ);
                open.put(location, channel);
            }
            if (offset + length > channel.size()) {
                throw new OnnxFormatException(source + ": " + name + " reads bytes " + offset + "-" + (offset + length) + " of '" + location
                        + "', which holds " + channel.size() + " (truncated or not this model's data file)");
            }
            ByteBuffer buffer = ByteBuffer.allocate((int) length);
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, offset + buffer.position()) < 0) {
                    throw new OnnxFormatException(source + ": '" + location + "' ended while reading " + name);
                }
            }
            return ByteString.copyFrom(buffer.flip());
        } catch (IOException e) {
            throw new OnnxFormatException(source + ": cannot read '" + location + "' (" + TensorReader.oneLine(e.getMessage()) + ")");
        }
    }

    private static long number(String text, long fallback, String name, String key, String source) throws OnnxFormatException {
        if (text == null) {
            return fallback;
        }
        try {
            long value = Long.parseLong(text.strip());
            if (value >= 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below with the tensor's name
        }
        throw new OnnxFormatException(source + ": " + name + " has an invalid external " + key + " '" + text + "'");
    }

    /** Bytes per element of the types whose raw data Dendrite reads (weights, shapes, indices). */
    private static long elementBytes(TensorProto tensor, String source) throws OnnxFormatException {
        return switch (TensorProto.DataType.forNumber(tensor.getDataType())) {
            case FLOAT, INT32 -> 4;
            case INT64, DOUBLE -> 8;
            case FLOAT16, BFLOAT16, INT16, UINT16 -> 2;
            case INT8, UINT8, BOOL -> 1;
            case null, default -> throw new OnnxFormatException(source + ": tensor '" + tensor.getName() + "' of type "
                    + TensorProto.DataType.forNumber(tensor.getDataType()) + " is kept externally; Dendrite cannot read that type");
        };
    }
}
