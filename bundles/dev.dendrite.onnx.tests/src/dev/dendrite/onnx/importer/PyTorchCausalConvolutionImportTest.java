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
import dev.dendrite.model.network.Add;
import dev.dendrite.model.network.Multiply;
import dev.dendrite.model.network.OnnxOperator;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.StepPadding;

/**
 * A temporal convolutional network's causal convolutions as PyTorch users write them, with its
 * features first [N, F, T]: a Conv1d padded (k − 1)·d on both sides with its last (k − 1)·d steps
 * chopped off (Chomp1d), a residual sum, and F.pad on the left before gated dilated Conv1ds. Each
 * imports as a causal convolution over the steps, the sum as an Add and the gate as a Multiply, and
 * the import computes what the original computes at any length.
 */
class PyTorchCausalConvolutionImportTest {

    @ParameterizedTest
    @ValueSource(strings = {"causal_tcn_ts", "causal_tcn_dynamo"})
    void chompedAndLeftPaddedConv1dsImportAsCausalConvolutions(String name) throws Exception {
        ModelProto model = fixture(name);
        ImportResult imported = OnnxImporter.read(model.toByteArray(), name + ".onnx", false);
        List<Convolution> convolutions = layers(imported, Convolution.class);
        assertEquals(4, convolutions.size(), name);
        assertTrue(convolutions.stream().allMatch(c -> c.isSequence() && c.getStepPadding() == StepPadding.CAUSAL),
                name + ": causal convolutions over the steps: " + convolutions.stream().map(Convolution::getStepPadding).toList());
        assertEquals(List.of(1, 2, 2, 2), convolutions.stream().map(Convolution::getDilation).toList(), name);
        assertEquals(1, layers(imported, Add.class).size(), name + ": the residual sum");
        assertEquals(1, layers(imported, Multiply.class).size(), name + ": the gate");
        assertTrue(layers(imported, OnnxOperator.class).isEmpty(), name + ": no generic operator left");
        for (long steps : new long[] {5, 2, 13}) {
            assertSame(model, imported, Map.of("x", floats(steps, 2, steps, 4)), name + " at " + steps + " steps");
        }
    }

    /** A chomp that keeps a step too many is no causal convolution: named, with what Dendrite reads. */
    @org.junit.jupiter.api.Test
    void aConvolutionPaddedOnBothSidesAndSlicedOtherwiseIsNamed() throws Exception {
        ModelProto model = fixture("causal_tcn_dynamo");
        var graph = model.getGraph().toBuilder();
        for (int i = 0; i < graph.getInitializerCount(); i++) {
            var t = graph.getInitializer(i);
            if (t.getName().equals("val_18")) {
                // The Slices' end, -2: now -1, one padded step kept.
                graph.setInitializer(i, ai.onnx.proto.OnnxMl.TensorProto.newBuilder(t).clearInt64Data().clearRawData()
                        .setRawData(com.google.protobuf.ByteString.copyFrom(java.nio.ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                                .putLong(-1).array())));
            }
        }
        byte[] changed = model.toBuilder().setGraph(graph).build().toByteArray();
        var refused = org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperatorsException.class,
                () -> OnnxImporter.read(changed, "chomped.onnx", false));
        assertTrue(refused.unsupported().stream().anyMatch(u -> u.opType().equals("Slice") && u.reason().startsWith("Slice of a Conv1d padded 2 on "
                + "both sides of a sequence of varying length: Dendrite imports it as a causal convolution where its last 2 steps are sliced off "
                + "(x[:, :, :-2])")), refused.getMessage());
    }
}
