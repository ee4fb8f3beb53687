package dev.dendrite.onnx.importer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnx.proto.OnnxMl.StringStringEntryProto;
import ai.onnx.proto.OnnxMl.TensorProto;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.export.TestAccess;
import dev.dendrite.onnx.graph.FloatTensor;

/**
 * Weights kept beside the model ({@code model.onnx.data}, what PyTorch's exporter writes by
 * default) are read in; a missing, truncated or escaping data file is refused by name.
 */
class ExternalDataTest {

    @TempDir
    Path folder;

    private static ModelProto model(String template) throws Exception {
        return new TestAccess(template.hashCode()).export(TemplateLibrary.find(template).orElseThrow().create()).model();
    }

    /** The model with every initializer's bytes moved to {@code data} (at 64-byte aligned offsets, as exporters do). */
    private ModelProto externalised(ModelProto model, String location, UnaryOperator<StringStringEntryProto> entries) throws Exception {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        ModelProto.Builder builder = model.toBuilder();
        var graph = builder.getGraphBuilder();
        for (int i = 0; i < graph.getInitializerCount(); i++) {
            TensorProto t = graph.getInitializer(i);
            while (data.size() % 64 != 0) {
                data.write(0);
            }
            long offset = data.size();
            byte[] bytes = t.getRawData().toByteArray();
            data.write(bytes);
            graph.setInitializer(i, t.toBuilder().clearRawData().setDataLocation(TensorProto.DataLocation.EXTERNAL)
                    .addExternalData(entries.apply(entry("location", location)))
                    .addExternalData(entries.apply(entry("offset", Long.toString(offset))))
                    .addExternalData(entries.apply(entry("length", Long.toString(bytes.length)))).build());
        }
        Files.write(folder.resolve("model.onnx.data"), data.toByteArray());
        return builder.build();
    }

    private static StringStringEntryProto entry(String key, String value) {
        return StringStringEntryProto.newBuilder().setKey(key).setValue(value).build();
    }

    private Path write(ModelProto model) throws Exception {
        Path file = folder.resolve("model.onnx");
        Files.write(file, model.toByteArray());
        return file;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void weightsBesideTheModelAreReadIn(boolean mapOperators) throws Exception {
        ModelProto original = model("lenet-5");
        ImportResult embedded = OnnxImporter.read(original.toByteArray(), "embedded.onnx", mapOperators);
        ImportResult external = OnnxImporter.read(write(externalised(original, "model.onnx.data", e -> e)), mapOperators);
        Map<String, FloatTensor> expected = embedded.weights().flat();
        Map<String, FloatTensor> got = external.weights().flat();
        assertEquals(expected.keySet(), got.keySet());
        assertTrue(expected.size() >= 10, "lenet-5's weights and biases");
        expected.forEach((key, tensor) -> assertArrayEquals(tensor.values(), got.get(key).values(), key));
    }

    @ParameterizedTest
    @ValueSource(strings = {"missing", "escaping", "absolute", "truncated", "wrong length", "bad offset"})
    void aBrokenDataFileIsRefusedByName(String broken) throws Exception {
        ModelProto original = model("lenet-5");
        ModelProto model = switch (broken) {
            case "escaping" -> externalised(original, "../model.onnx.data", e -> e);
            case "absolute" -> externalised(original, folder.resolve("model.onnx.data").toString(), e -> e);
            case "wrong length" -> externalised(original, "model.onnx.data",
                    e -> e.getKey().equals("length") ? entry("length", Long.toString(Long.parseLong(e.getValue()) - 4)) : e);
            case "bad offset" -> externalised(original, "model.onnx.data", e -> e.getKey().equals("offset") ? entry("offset", "-8") : e);
            default -> externalised(original, "model.onnx.data", e -> e);
        };
        Path file = write(model);
        if (broken.equals("missing")) {
            Files.delete(folder.resolve("model.onnx.data"));
        } else if (broken.equals("truncated")) {
            byte[] data = Files.readAllBytes(folder.resolve("model.onnx.data"));
            Files.write(folder.resolve("model.onnx.data"), java.util.Arrays.copyOf(data, data.length / 2));
        }
        OnnxFormatException e = assertThrows(OnnxFormatException.class, () -> OnnxImporter.read(file, false));
        String expected = switch (broken) {
            case "missing" -> "which is not beside the model";
            case "escaping", "absolute" -> "outside the model's folder";
            case "truncated" -> "truncated or not this model's data file";
            case "wrong length" -> "its external range holds";
            default -> "invalid external offset '-8'";
        };
        assertTrue(e.getMessage().startsWith("model.onnx: tensor '") && e.getMessage().contains(expected), e.getMessage());
    }
}
