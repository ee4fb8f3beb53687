package dev.dendrite.onnx.importer;

import static dev.dendrite.onnx.importer.PyTorchAttentionImportTest.fixture;
import static dev.dendrite.onnx.importer.PyTorchCrossAttentionImportTest.assertSame;
import static dev.dendrite.onnx.importer.PyTorchCrossAttentionImportTest.floats;
import static dev.dendrite.onnx.importer.PyTorchCrossAttentionImportTest.layers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.dendrite.model.Networks;
import dev.dendrite.model.network.OnnxOperator;
import dev.dendrite.model.network.convolution.TransposedConvolution;

/**
 * A DCGAN generator as PyTorch writes it (releng/fixtures/pytorch_exports.py: ConvTranspose2d(8, 4, 4, 2, 1) and
 * ConvTranspose2d(4, 1, 3, 2, 1, output_padding=1)): each ConvTranspose imports as a TransposedConvolution with the module's
 * settings and kernel, nothing stays generic, and the import computes what the original computes.
 */
class PyTorchDcganImportTest {

    @ParameterizedTest
    @ValueSource(strings = {"dcgan_generator_ts", "dcgan_generator_dynamo"})
    void convTranspose2dImportsAsTransposedConvolutions(String name) throws Exception {
        ModelProto model = fixture(name);
        ImportResult imported = OnnxImporter.read(model.toByteArray(), name + ".onnx", false);
        List<TransposedConvolution> ups = layers(imported, TransposedConvolution.class);
        assertEquals(List.of(4, 1), ups.stream().map(TransposedConvolution::getOutChannels).toList(), name);
        assertEquals(List.of(4, 3), ups.stream().map(TransposedConvolution::getKernel).toList(), name);
        assertEquals(List.of(2, 2), ups.stream().map(TransposedConvolution::getStride).toList(), name);
        assertEquals(List.of(1, 1), ups.stream().map(TransposedConvolution::getPadding).toList(), name);
        assertEquals(List.of(0, 1), ups.stream().map(TransposedConvolution::getOutputPadding).toList(), name);
        assertTrue(layers(imported, OnnxOperator.class).isEmpty(), name + ": no generic operator left");
        var shapes = Networks.inspect(imported.network()).shapes();
        assertEquals("N×1×28×28", shapes.output(ups.get(1), "out").shape().toString(), name);
        assertEquals(8 * 4 * 16 + 4, shapes.of(ups.get(0)).parameters().total(), name + ": the kernel [8, 4, 4, 4] and the bias");
        assertSame(model, imported, Map.of("z", floats(3, 3, 16)), name);
    }
}
