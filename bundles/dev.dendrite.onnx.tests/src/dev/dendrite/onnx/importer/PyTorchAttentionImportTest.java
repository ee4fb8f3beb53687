package dev.dendrite.onnx.importer;

import static dev.dendrite.onnx.importer.ImportCorpusTest.importsAndComputesTheSame;
import static dev.dendrite.onnx.importer.ImportCorpusTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Map;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import ai.onnx.proto.OnnxMl.ModelProto;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.network.OnnxOperator;
import dev.dendrite.model.network.sequence.Attention;
import dev.dendrite.model.network.sequence.ClassToken;
import dev.dendrite.model.network.sequence.Embedding;
import dev.dendrite.model.network.sequence.PositionalEncoding;
import dev.dendrite.model.network.sequence.SequencePooling;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;

/**
 * Attention as PyTorch 2.13 exports it (models in {@code pytorch/}, written by
 * {@code releng/fixtures/pytorch_exports.py}): {@code nn.MultiheadAttention} plain and causal,
 * two {@code nn.TransformerEncoderLayer} blocks, a nanoGPT block with {@code
 * scaled_dot_product_attention(is_causal=True)}, a tutorial's three projections with a masked_fill
 * of a tril mask, each through the TorchScript and the torch.export
 * exporter, a pre-norm token transformer with learned positions and a small vision transformer. Each imports as Attention
 * layers with no generic operator left and computes what the original computes; a look-alike with
 * another scale is not taken for attention.
 */
class PyTorchAttentionImportTest {

    static ModelProto fixture(String name) throws IOException {
        try (InputStream in = PyTorchAttentionImportTest.class.getResourceAsStream("pytorch/" + name + ".onnx")) {
            assertTrue(in != null, "fixture " + name);
            return ModelProto.parseFrom(in.readAllBytes());
        }
    }

    private static FloatTensor random(long seed, long... shape) {
        Random random = new Random(seed);
        FloatTensor t = FloatTensor.zeros(shape);
        for (int i = 0; i < t.size(); i++) {
            t.values()[i] = (float) random.nextGaussian();
        }
        return t;
    }

    @ParameterizedTest
    @CsvSource({"mha_ts, 16, 1, 2, false", "mha_dynamo, 16, 1, 2, false", "mha_causal_ts, 16, 1, 2, true",
            "mha_causal_dynamo, 16, 1, 2, true", "encoder_ts, 4, 2, 4, false", "encoder_dynamo, 4, 2, 4, false",
            "gpt_block_ts, 16, 1, 4, true", "gpt_block_dynamo, 16, 1, 4, true", "tutorial_ts, 16, 1, 2, true",
            "tutorial_dynamo, 16, 1, 2, true"})
    void importsAsAttentionLayersThatComputeTheSame(String name, long features, int layers, int heads, boolean causal) throws Exception {
        ModelProto model = fixture(name);
        ImportResult imported = importsAndComputesTheSame(model, name + ".onnx", random(5, 2, 5, features));
        List<Attention> attention = imported.network().getLayers().stream().filter(Attention.class::isInstance).map(Attention.class::cast)
                .toList();
        assertEquals(layers, attention.size(), name + ": attention layers");
        for (Attention a : attention) {
            assertEquals(heads, a.getHeads(), name + ": heads");
            assertEquals(causal, a.isCausal(), name + ": causal");
        }
        assertFalse(imported.network().getLayers().stream().anyMatch(OnnxOperator.class::isInstance), name + ": no generic operator left");
        if (name.endsWith("_dynamo")) {
            importsAndComputesTheSame(model, name + ".onnx", random(9, 3, 9, features)); // its shapes follow the input
        }
    }

    /** TorchScript's trace fixes the length it saw (5) in a Reshape: the original fails at 9 steps, the imported layer does not. */
    @Test
    void theImportedLayerRunsAtLengthsATracedExportCannot() throws Exception {
        ModelProto model = fixture("mha_causal_ts");
        FloatTensor x = random(3, 3, 9, 16);
        assertThrows(Exception.class, () -> run(model, x));
        ImportResult imported = OnnxImporter.read(model.toByteArray(), "mha_causal_ts.onnx", false);
        float[] y = run(OnnxExporter.export(imported.network(), imported.weights(), "test").model(), x).get(0);
        assertEquals(3 * 9 * 16, y.length);
        // Causal: the first step's output depends on the first step alone, so changing the last step leaves it.
        FloatTensor changed = new FloatTensor(x.shape(), x.values().clone());
        for (int c = 0; c < 16; c++) {
            changed.values()[8 * 16 + c] += 1;
        }
        float[] again = run(OnnxExporter.export(imported.network(), imported.weights(), "test").model(), changed).get(0);
        for (int c = 0; c < 16; c++) {
            assertEquals(y[c], again[c], 1e-6, "step 0 of the first sequence");
        }
    }

    /** The first output of a model on token ids [N, T], in ONNX Runtime. */
    private static float[] runTokens(ModelProto model, long[] tokens, long... shape) throws Exception {
        String input = model.getGraph().getInput(0).getName();
        try (ModelSession session = OnnxRuntime.open(model.toByteArray(), "model", RuntimeSettings.forIde());
             OnnxTensor feed = OnnxTensor.createTensor(OnnxRuntime.environment(), LongBuffer.wrap(tokens), shape);
             OrtSession.Result result = session.session().run(Map.of(input, feed))) {
            FloatBuffer buffer = ((OnnxTensor) result.get(0)).getFloatBuffer();
            float[] values = new float[buffer.remaining()];
            buffer.get(values);
            return values;
        }
    }

    /** A pre-norm GELU transformer over token ids with a learned [1, L, D] position table: every part becomes its layer. */
    @ParameterizedTest
    @ValueSource(strings = {"tagger_ts", "tagger_dynamo"})
    void aTokenTransformerImportsAsTheLayersItIsMadeOf(String name) throws Exception {
        ModelProto model = fixture(name);
        ImportResult imported = OnnxImporter.read(model.toByteArray(), name + ".onnx", false);
        var layers = imported.network().getLayers();
        assertEquals(1, layers.stream().filter(Embedding.class::isInstance).count(), "embedding");
        PositionalEncoding positions = layers.stream().filter(PositionalEncoding.class::isInstance).map(PositionalEncoding.class::cast)
                .findFirst().orElseThrow();
        assertTrue(positions.isLearned());
        assertEquals(64, positions.getMaxLength());
        assertEquals(2, layers.stream().filter(Attention.class::isInstance).count(), "attention");
        assertFalse(layers.stream().anyMatch(OnnxOperator.class::isInstance), "no generic operator left");
        ModelProto again = OnnxExporter.export(imported.network(), imported.weights(), "test").model();
        Random random = new Random(4);
        long[] tokens = new long[2 * 5]; // the length the TorchScript export was traced with
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = 1 + random.nextInt(15);
        }
        float[] expected = runTokens(model, tokens, 2, 5);
        float[] got = runTokens(again, tokens, 2, 5);
        assertEquals(expected.length, got.length);
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], got[i], 1e-4, name + ": output " + i);
        }
    }

    /** A small ViT: patches by a strided convolution, a learned table added whole, two blocks, the mean over the patches. */
    @ParameterizedTest
    @ValueSource(strings = {"vit_ts", "vit_dynamo"})
    void aVisionTransformerImportsWithItsPositionsAndPooling(String name) throws Exception {
        ImportResult imported = importsAndComputesTheSame(fixture(name), name + ".onnx", random(2, 3, 1, 28, 28));
        var layers = imported.network().getLayers();
        PositionalEncoding positions = layers.stream().filter(PositionalEncoding.class::isInstance).map(PositionalEncoding.class::cast)
                .findFirst().orElseThrow();
        assertEquals(16, positions.getMaxLength(), "one position per 7×7 patch");
        assertTrue(positions.isLearned());
        assertEquals(2, layers.stream().filter(Attention.class::isInstance).count(), "attention");
        assertEquals(1, layers.stream().filter(SequencePooling.class::isInstance).count(), "the mean over patches");
        assertEquals(1, layers.stream().filter(OnnxOperator.class::isInstance).count(), "the patches' Transpose alone stays generic");
    }

    /** A ViT with a class token: torch.cat([cls.expand(N, -1, -1), x], dim=1) + positions, read out at step 0. */
    @ParameterizedTest
    @ValueSource(strings = {"cls_vit_ts", "cls_vit_dynamo"})
    void aClassTokenImportsAsALayer(String name) throws Exception {
        ImportResult imported = importsAndComputesTheSame(fixture(name), name + ".onnx", random(6, 3, 1, 28, 28));
        var layers = imported.network().getLayers();
        ClassToken token = layers.stream().filter(ClassToken.class::isInstance).map(ClassToken.class::cast).findFirst().orElseThrow();
        assertEquals(1, token.getCount());
        assertEquals(17, layers.stream().filter(PositionalEncoding.class::isInstance).map(PositionalEncoding.class::cast).findFirst()
                .orElseThrow().getMaxLength(), "16 patches and the token");
    }

    @ParameterizedTest
    @ValueSource(strings = {"other_scale_ts", "other_scale_dynamo"})
    void aLookAlikeWithAnotherScaleIsNotTakenForAttention(String name) throws Exception {
        ModelProto model = fixture(name);
        UnsupportedOperatorsException refused = assertThrows(UnsupportedOperatorsException.class,
                () -> OnnxImporter.read(model.toByteArray(), name + ".onnx", false));
        assertTrue(refused.unsupported().stream().anyMatch(u -> u.opType().equals("Softmax") && u.reason().contains(
                "reads like self-attention (16 wide), but no Attention layer")), refused.unsupported().toString());
    }
}
