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
import dev.dendrite.model.network.OnnxOperator;
import dev.dendrite.model.network.convolution.Upsample;

/**
 * F.interpolate(size=...) as PyTorch's two exporters write it (releng/fixtures/pytorch_exports.py: a decoder doubling 7×7 maps to
 * 14×14 nearest and to 28×28 bilinear): the Resize's sizes are the data's own batch and channels (Shape and Slice, or Shape with
 * start and end) joined to the spatial sizes, and each imports as an Upsample of scale 2, nothing generic left, computing the same.
 */
class PyTorchResizeImportTest {

    @ParameterizedTest
    @ValueSource(strings = {"interpolating_decoder_ts", "interpolating_decoder_dynamo"})
    void interpolateBySizeImportsAsUpsampleLayers(String name) throws Exception {
        ModelProto model = fixture(name);
        ImportResult imported = OnnxImporter.read(model.toByteArray(), name + ".onnx", false);
        List<Upsample> ups = layers(imported, Upsample.class);
        assertEquals(List.of("2 nearest", "2 bilinear"), ups.stream().map(u -> u.getScale() + (u.isBilinear() ? " bilinear" : " nearest"))
                .toList(), name);
        assertTrue(layers(imported, OnnxOperator.class).isEmpty(), name + ": no generic operator left: " + layers(imported,
                OnnxOperator.class).stream().map(OnnxOperator::getOpType).toList());
        assertSame(model, imported, Map.of("z", floats(3, 3, 16)), name);
    }
}
