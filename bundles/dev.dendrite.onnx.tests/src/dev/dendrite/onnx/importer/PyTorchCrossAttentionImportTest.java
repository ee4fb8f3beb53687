package dev.dendrite.onnx.importer;

import static dev.dendrite.onnx.importer.PyTorchAttentionImportTest.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.OnnxOperator;
import dev.dendrite.model.network.sequence.Attention;
import dev.dendrite.model.ports.Ports;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * Cross-attention as PyTorch 2.13 exports it: {@code nn.MultiheadAttention(x, memory, memory)}
 * with its packed in-projection cut in two (by a Split, or by Slices whose bounds TorchScript
 * computes from the query's width) or, for a memory of another width, three projections; and a
 * whole {@code nn.Transformer} between token embeddings. Each imports as Attention layers reading
 * their memory and computes what the original computes, at the lengths a traced export was made
 * with and, from torch.export, at others.
 */
class PyTorchCrossAttentionImportTest {

    @ParameterizedTest
    @CsvSource({"cross_ts, 16", "cross_dynamo, 16", "cross_kdim_ts, 12", "cross_kdim_dynamo, 12"})
    void multiheadAttentionOverAMemoryImportsAsOneCrossAttentionLayer(String name, int memoryWidth) throws Exception {
        ModelProto model = fixture(name);
        ImportResult imported = OnnxImporter.read(model.toByteArray(), name + ".onnx", false);
        List<Attention> attention = layers(imported, Attention.class);
        assertEquals(1, attention.size(), name);
        assertEquals(2, attention.get(0).getHeads());
        assertFalse(attention.get(0).isCausal());
        assertEquals("memory", Ports.source(attention.get(0), Ports.MEMORY).orElseThrow().getId(), name + ": keys and values from the memory");
        assertTrue(layers(imported, OnnxOperator.class).isEmpty(), name + ": no generic operator left");
        assertSame(model, imported, Map.of("x", floats(1, 2, 5, 16), "memory", floats(2, 2, 7, memoryWidth)), name);
        if (name.endsWith("_dynamo")) {
            assertSame(model, imported, Map.of("x", floats(3, 3, 9, 16), "memory", floats(4, 3, 4, memoryWidth)), name + " at other lengths");
        }
    }

    /** nn.Transformer (pre-norm, two layers each side): six Attention layers, the decoder's causal ones and two over the encoded source. */
    @ParameterizedTest
    @ValueSource(strings = {"seq2seq_ts", "seq2seq_dynamo"})
    void aWholeTransformerImportsWithItsDecodersReadingTheEncodedSource(String name) throws Exception {
        ModelProto model = fixture(name);
        ImportResult imported = OnnxImporter.read(model.toByteArray(), name + ".onnx", false);
        List<Attention> attention = layers(imported, Attention.class);
        assertEquals(6, attention.size(), name);
        List<Layer> memories = new ArrayList<>();
        for (Attention a : attention) {
            Ports.source(a, Ports.MEMORY).ifPresent(memories::add);
        }
        assertEquals(2, memories.size(), name + ": one cross-attention per decoder layer");
        assertEquals(memories.get(0), memories.get(1), name + ": both read the encoder's output");
        assertEquals(2, attention.stream().filter(Attention::isCausal).count(), name + ": the decoder's self-attention");
        assertTrue(layers(imported, OnnxOperator.class).isEmpty(), name + ": no generic operator left");
        // The lengths the TorchScript export was traced with: 6 source tokens, 5 decoded.
        assertSame(model, imported, Map.of("source", tokens(5, 2, 6), "decoder_input", tokens(6, 2, 5)), name);
        if (name.endsWith("_dynamo")) {
            assertSame(model, imported, Map.of("source", tokens(7, 3, 9), "decoder_input", tokens(8, 3, 4)), name + " at other lengths");
        }
    }

    static <T> List<T> layers(ImportResult imported, Class<T> kind) {
        return imported.network().getLayers().stream().filter(kind::isInstance).map(kind::cast).toList();
    }

    static void assertSame(ModelProto model, ImportResult imported, Map<String, Object> inputs, String name) throws Exception {
        float[] expected = run(model, inputs);
        float[] got = run(OnnxExporter.export(imported.network(), imported.weights(), "test").model(), inputs);
        assertEquals(expected.length, got.length, name);
        double scale = 1;
        for (float v : expected) {
            scale = Math.max(scale, Math.abs(v));
        }
        for (int i = 0; i < expected.length; i++) {
            assertTrue(Math.abs(expected[i] - got[i]) <= 1e-4 * scale, name + ": output " + i + " is " + got[i] + ", the original " + expected[i]);
        }
    }

    /** Gaussian floats of the shape given; the shape comes after the seed. */
    static Object floats(long seed, long... shape) {
        Random random = new Random(seed);
        int size = (int) java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return new Object[] {values, shape};
    }

    /** Token ids 1-15 of the shape given. */
    static Object tokens(long seed, long... shape) {
        Random random = new Random(seed);
        int size = (int) java.util.Arrays.stream(shape).reduce(1, (a, b) -> a * b);
        long[] values = new long[size];
        for (int i = 0; i < size; i++) {
            values[i] = 1 + random.nextInt(15);
        }
        return new Object[] {values, shape};
    }

    /** The first output of a model on the inputs given (each {values, shape}), in ONNX Runtime. */
    private static float[] run(ModelProto model, Map<String, Object> inputs) throws Exception {
        Map<String, OnnxTensor> feeds = new HashMap<>();
        try (ModelSession session = OnnxRuntime.open(model.toByteArray(), "model", RuntimeSettings.forIde())) {
            for (var entry : inputs.entrySet()) {
                Object[] given = (Object[]) entry.getValue();
                long[] shape = (long[]) given[1];
                feeds.put(entry.getKey(), given[0] instanceof float[] f ? OnnxTensor.createTensor(OnnxRuntime.environment(), FloatBuffer.wrap(f), shape)
                        : OnnxTensor.createTensor(OnnxRuntime.environment(), LongBuffer.wrap((long[]) given[0]), shape));
            }
            try (OrtSession.Result result = session.session().run(feeds)) {
                FloatBuffer buffer = ((OnnxTensor) result.get(0)).getFloatBuffer();
                float[] values = new float[buffer.remaining()];
                buffer.get(values);
                return values;
            }
        } finally {
            feeds.values().forEach(OnnxTensor::close);
        }
    }
}
