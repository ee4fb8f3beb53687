package dev.dendrite.onnx.importer;

import static dev.dendrite.onnx.importer.PyTorchAttentionImportTest.fixture;
import static dev.dendrite.onnx.importer.PyTorchCrossAttentionImportTest.assertSame;
import static dev.dendrite.onnx.importer.PyTorchCrossAttentionImportTest.layers;
import static dev.dendrite.onnx.importer.PyTorchCrossAttentionImportTest.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.dendrite.model.network.OnnxOperator;
import dev.dendrite.model.network.PoolType;
import dev.dendrite.model.network.convolution.Convolution;
import dev.dendrite.model.network.convolution.Pooling;
import dev.dendrite.model.network.convolution.StepPadding;
import dev.dendrite.model.network.sequence.SequencePooling;

/**
 * A text CNN as PyTorch writes it (embedded tokens transposed to [N, F, T] for Conv1d, pooled
 * over dim 2 by max, mean and adaptive_max_pool1d): each Conv1d imports as a convolution over the
 * steps of the embedded sequence, same or valid as its pads say, each pool as a pooling over the
 * steps, and the import computes what the original computes at any length.
 */
class PyTorchTextCnnImportTest {

    @ParameterizedTest
    @ValueSource(strings = {"text_cnn_ts", "text_cnn_dynamo"})
    void conv1dOverTransposedTokensImportsAsConvolutionsOverTheSteps(String name) throws Exception {
        ModelProto model = fixture(name);
        ImportResult imported = OnnxImporter.read(model.toByteArray(), name + ".onnx", false);
        List<Convolution> convolutions = layers(imported, Convolution.class);
        assertEquals(3, convolutions.size(), name);
        assertTrue(convolutions.stream().allMatch(Convolution::isSequence), name + ": over the steps");
        assertEquals(List.of(StepPadding.SAME, StepPadding.VALID, StepPadding.VALID), convolutions.stream().map(Convolution::getStepPadding)
                .toList(), name + ": padding 1 of a window of 3, none of 4, none of a dilated 2");
        assertEquals(List.of(1, 1, 2), convolutions.stream().map(Convolution::getDilation).toList(), name);
        assertEquals(List.of(PoolType.MAX, PoolType.AVERAGE, PoolType.MAX), layers(imported, SequencePooling.class).stream()
                .map(SequencePooling::getPoolType).toList(), name + ": max, mean and adaptive_max_pool1d over dim 2");
        assertTrue(layers(imported, OnnxOperator.class).isEmpty(), name + ": no generic operator left");
        for (long steps : new long[] {5, 4, 11}) {
            assertSame(model, imported, Map.of("x", tokens(steps, 3, steps)), name + " at " + steps + " tokens");
        }
    }

    /**
     * MaxPool1d(2) and AvgPool1d(3, stride 1) between valid convolutions: poolings over the steps,
     * their windows as PyTorch's. TorchScript's export only: torch.export fixes the length of a
     * model that pools over it (PyTorch 2.13 specialises the pools' output length), so that export
     * imports at its one length.
     */
    @ParameterizedTest
    @ValueSource(strings = {"pooled_text_cnn_ts"})
    void pooling1dBetweenConvolutionsImportsAsPoolingOverTheSteps(String name) throws Exception {
        ModelProto model = fixture(name);
        ImportResult imported = OnnxImporter.read(model.toByteArray(), name + ".onnx", false);
        List<Pooling> pools = layers(imported, Pooling.class);
        assertEquals(List.of(PoolType.MAX, PoolType.AVERAGE), pools.stream().map(Pooling::getPoolType).toList(), name);
        assertTrue(pools.stream().allMatch(Pooling::isSequence), name + ": over the steps");
        assertEquals(List.of(2, 3), pools.stream().map(Pooling::getKernel).toList(), name);
        assertEquals(List.of(2, 1), pools.stream().map(dev.dendrite.model.shape.Windows::stride).toList(), name);
        assertTrue(layers(imported, OnnxOperator.class).isEmpty(), name + ": no generic operator left");
        for (long steps : new long[] {10, 13, 20}) {
            assertSame(model, imported, Map.of("x", tokens(steps, 3, steps)), name + " at " + steps + " tokens");
        }
    }
}
