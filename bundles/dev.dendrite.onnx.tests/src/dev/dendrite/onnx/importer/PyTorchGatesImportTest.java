package dev.dendrite.onnx.importer;

import static dev.dendrite.onnx.importer.PyTorchAttentionImportTest.fixture;
import static dev.dendrite.onnx.importer.PyTorchCrossAttentionImportTest.assertSame;
import static dev.dendrite.onnx.importer.PyTorchCrossAttentionImportTest.floats;
import static dev.dendrite.onnx.importer.PyTorchCrossAttentionImportTest.layers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.dendrite.model.network.Multiply;
import dev.dendrite.model.network.OnnxOperator;
import dev.dendrite.model.ports.Ports;

/**
 * Products of layers' outputs as PyTorch writes them: a gated linear unit (a value times the
 * sigmoid of a gate) and SiLU (x times its sigmoid), each a Multiply of the two layers, computing
 * what the original computes at other lengths too.
 */
class PyTorchGatesImportTest {

    @ParameterizedTest
    @ValueSource(strings = {"gated_ts", "gated_dynamo"})
    void gatesAndSiluImportAsMultiplyLayers(String name) throws Exception {
        ModelProto model = fixture(name);
        ImportResult imported = OnnxImporter.read(model.toByteArray(), name + ".onnx", false);
        var products = layers(imported, Multiply.class);
        assertEquals(2, products.size(), name + ": the gate and SiLU");
        for (Multiply product : products) {
            assertEquals(2, product.getInputs());
            assertTrue(Ports.source(product, Ports.IN + 1).isPresent(), name + ": both factors connected");
        }
        assertTrue(layers(imported, OnnxOperator.class).isEmpty(), name + ": no generic operator left");
        for (long steps : new long[] {5, 2, 9}) {
            assertSame(model, imported, Map.of("x", floats(steps, 2, steps, 4)), name + " at " + steps + " steps");
        }
    }
}
