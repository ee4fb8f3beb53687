package dev.dendrite.analysis.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnx.proto.OnnxMl.ModelProto;
import dev.dendrite.model.network.InputRole;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.sequence.Attention;
import dev.dendrite.model.network.sequence.Embedding;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.export.OnnxExporter;
import dev.dendrite.onnx.graph.FloatTensor;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.data.SequenceData;
import dev.dendrite.train.data.TensorDataset;

/**
 * Attention maps of a model whose queries and keys are zero: every score is equal, so each step
 * spreads its weight evenly over the steps it may read (all of them, or those up to itself when
 * causal). The maps, the causality found, the mean distance and the entropy follow in closed form.
 */
class AttentionMapsTest {

    private static final NetworkFactory F = NetworkFactory.eINSTANCE;

    @Test
    void equalScoresSpreadEachStepsWeightEvenly() throws Exception {
        TensorDataset data = (TensorDataset) SequenceData.load("tagging", 3)[1];
        for (boolean causal : new boolean[] {false, true}) {
            AttentionMaps.Result result = AttentionMaps.of(model(causal), data, new int[] {0, 5});
            assertEquals(1, result.layers().size());
            AttentionMaps.Layer layer = result.layers().get(0);
            assertEquals("attention", layer.id());
            assertEquals(2, layer.headCount());
            assertEquals(causal, layer.causal(), "causal found from the maps");
            int t = result.lengths()[1];
            assertEquals(12, t, "tagging's sequences are 12 tokens");
            float[] map = layer.maps().get(1);
            assertEquals(2 * t * t, map.length);
            double distance = 0;
            double entropy = 0;
            for (int i = 0; i < t; i++) {
                int visible = causal ? i + 1 : t;
                for (int j = 0; j < t; j++) {
                    float expected = j < visible ? 1f / visible : 0f;
                    assertEquals(expected, map[(t + i) * t + j], 1e-6, "head 1, step " + i + " reading " + j);
                    distance += expected * Math.abs(i - j);
                }
                entropy += Math.log(visible);
            }
            AttentionMaps.Head head = layer.heads().get(1);
            assertEquals(distance / t, head.meanDistance(), 1e-5, "mean distance");
            assertEquals(entropy / t, head.entropy(), 1e-5, "entropy");
            assertEquals(0, head.alignment(), "every step weighs step 0 most (the first of equals): no order to read");
            assertEquals(2, result.inputs().size(), "each sample's tokens");
            assertEquals(12, result.inputs().get(1).longs().length);
        }
    }

    /**
     * An encoder-decoder: with zero queries its cross-attention spreads each decoder step evenly
     * over the source's steps; the encoder's maps are of the source (the samples' input), the
     * decoder's of the tokens decoded, and its self-attention causal.
     */
    @Test
    void crossAttentionMapsReadTheSourceFromTheDecodersSteps() throws Exception {
        Network network = dev.dendrite.model.templates.TemplateLibrary.find("transformer-seq2seq").orElseThrow().create();
        Weights weights = new Weights();
        weights.put("decoder1.cross_attention", "query_weight", FloatTensor.zeros(32, 32));
        weights.put("decoder1.cross_attention", "query_bias", FloatTensor.zeros(32));
        ModelProto model = OnnxExporter.export(network, weights, "test").model();
        TensorDataset data = (TensorDataset) SequenceData.load("reverse", 3)[1];
        AttentionMaps.Result result = AttentionMaps.of(model, data, new int[] {0, 4});
        java.util.Map<String, AttentionMaps.Layer> layers = new java.util.HashMap<>();
        result.layers().forEach(l -> layers.put(l.id(), l));
        assertEquals(6, layers.size(), "two encoder layers, two decoder self-attention layers, two cross-attention layers");
        assertEquals(List.of("encoder1.attention", "encoder2.attention", "decoder1.self_attention", "decoder1.cross_attention",
                "decoder2.self_attention", "decoder2.cross_attention"), result.layers().stream().map(AttentionMaps.Layer::id).toList(),
                "the encoder's layers first");
        AttentionMaps.Layer cross = layers.get("decoder1.cross_attention");
        int t = result.lengths()[1];
        assertEquals(t, cross.keySteps()[1]);
        assertEquals(t, cross.querySteps(1));
        for (float weight : cross.maps().get(1)) {
            assertEquals(1f / t, weight, 1e-6, "equal scores over the source's steps");
        }
        assertTrue(!cross.queriesFromInput() && cross.keysFromInput(), "decoder steps read the source's");
        assertTrue(layers.get("encoder1.attention").queriesFromInput() && layers.get("encoder1.attention").keysFromInput());
        AttentionMaps.Layer self = layers.get("decoder1.self_attention");
        assertTrue(!self.queriesFromInput() && !self.keysFromInput(), "the decoder's own steps");
        assertTrue(self.causal() && !cross.causal());
    }

    @Test
    void aModelWithoutAttentionIsNamedAsSuch() throws Exception {
        NetworkBuilder b = new NetworkBuilder("plain", "");
        b.loss(b.dense(embedding(b), "tags", 4), LossKind.SEQUENCE_NLL);
        ModelProto model = OnnxExporter.export(b.network(), new Weights(), "test").model();
        TensorDataset data = (TensorDataset) SequenceData.load("tagging", 3)[1];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> AttentionMaps.of(model, data, new int[] {0}));
        assertTrue(e.getMessage().contains("no attention layer"), e.getMessage());
    }

    @Test
    void imagesHaveAMapPerLayerAndHead(@TempDir Path dir) throws Exception {
        TensorDataset data = (TensorDataset) SequenceData.load("tagging", 3)[1];
        AttentionMaps.Result result = AttentionMaps.of(model(true), data, new int[] {2});
        Path file = dir.resolve("maps/sample-2.png");
        AttentionImages.write(result, 0, file);
        var image = javax.imageio.ImageIO.read(file.toFile());
        int side = 160 / 12 * 12;
        assertEquals(6 + 2 * (side + 6), image.getWidth(), "two heads side by side");
        assertEquals(6 + side + 6, image.getHeight(), "one layer");
        // Step 0 of a causal map reads only itself: its first cell is the darkest, the one right of it white.
        assertEquals(AttentionImages.colour(1f), image.getRGB(6, 6) & 0xFFFFFF);
        assertEquals(0xFFFFFF, image.getRGB(6 + 160 / 12, 6) & 0xFFFFFF);
    }

    /** tokens → embedding 8 → attention (2 heads) with zero queries and keys → dense 4 per step. */
    private static ModelProto model(boolean causal) throws Exception {
        NetworkBuilder b = new NetworkBuilder("maps", "");
        Attention attention = SequenceFactory.eINSTANCE.createAttention();
        attention.setHeads(2);
        attention.setCausal(causal);
        Layer x = b.add(attention, "attention", embedding(b));
        b.loss(b.dense(x, "tags", 4), LossKind.SEQUENCE_NLL);
        Network network = b.training("test", 1, 8, OptimizerKind.SGD, 0.1).network();
        Weights weights = new Weights();
        weights.put("attention", "query_weight", FloatTensor.zeros(8, 8));
        weights.put("attention", "key_weight", FloatTensor.zeros(8, 8));
        return OnnxExporter.export(network, weights, "test").model();
    }

    private static Layer embedding(NetworkBuilder b) {
        Embedding embedding = SequenceFactory.eINSTANCE.createEmbedding();
        embedding.setVocabularySize(16);
        embedding.setEmbeddingDim(8);
        return b.add(embedding, "embed", b.tokens("tokens", InputRole.FEATURES));
    }
}
