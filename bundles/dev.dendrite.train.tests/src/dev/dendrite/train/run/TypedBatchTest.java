package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.Dropout;
import dev.dendrite.model.network.InputRole;
import dev.dendrite.model.network.Layer;
import dev.dendrite.model.network.LossKind;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.NetworkFactory;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.sequence.Embedding;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.templates.NetworkBuilder;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Batch;
import dev.dendrite.train.data.Field;
import dev.dendrite.train.data.TensorDataset;

/** Typed batches: int64 token ids and per-token labels of variable length, the sequence dimension bound per batch. */
class TypedBatchTest {

    private static final int VOCABULARY = 10;
    private static final int TAGS = 3;

    /** Sequences of 4 to 10 tokens; each token's tag is its id mod 3. */
    static TensorDataset tagging(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[][] tokens = new long[n][];
        long[][] tags = new long[n][];
        for (int i = 0; i < n; i++) {
            int length = 4 + random.nextInt(7);
            tokens[i] = new long[length];
            tags[i] = new long[length];
            for (int t = 0; t < length; t++) {
                tokens[i][t] = 1 + random.nextInt(VOCABULARY - 1);
                tags[i][t] = tokens[i][t] % TAGS;
            }
        }
        return TensorDataset.builder("tagging", n).longs("tokens", Field.Role.INPUT, List.of("T"), tokens)
                .longs("tags", Field.Role.TARGET, List.of("T"), tags).classes(TAGS).withMask("tokens").build();
    }

    /** Token ids → embedding → dropout (a random input of shape N×T×16, bound per batch) → per-token logits. */
    static Network tagger() {
        NetworkBuilder b = new NetworkBuilder("token-tagger", "tags each token from its embedding");
        Embedding embedding = SequenceFactory.eINSTANCE.createEmbedding();
        embedding.setVocabularySize(VOCABULARY);
        embedding.setEmbeddingDim(16);
        Layer x = b.add(embedding, "embed", b.tokens("tokens", InputRole.FEATURES));
        Dropout dropout = NetworkFactory.eINSTANCE.createDropout();
        dropout.setRate(0.1);
        x = b.add(dropout, "drop", x);
        b.loss(b.dense(x, "tag_logits", TAGS), LossKind.SEQUENCE_NLL);
        return b.training("test", 12, 16, OptimizerKind.ADAM, 0.02).network();
    }

    @Test
    void aBatchBindsTheSequenceLengthToItsLongestSampleAndPads() {
        TensorDataset data = tagging(6, 1);
        int[] order = {0, 1, 2, 3, 4, 5};
        Batch batch = data.batch(order, 1, 3);
        long longest = 0;
        for (int i = 1; i < 4; i++) {
            longest = Math.max(longest, data.subset(new int[] {i}, "").batch(new int[] {0}, 0, 1).dims().get("T"));
        }
        assertEquals(longest, batch.dims().get("T"));
        assertArrayEquals(new long[] {3, longest}, batch.tensors().get("tokens").shape());
        long[] first = data.subset(new int[] {1}, "").batch(new int[] {0}, 0, 1).tensors().get("tokens").longs();
        boolean[] mask = batch.tensors().get("tokens:mask").bools();
        for (int t = 0; t < longest; t++) {
            assertEquals(t < first.length ? first[t] : 0L, batch.tensors().get("tokens").longs()[t], "sample 1, position " + t);
            assertEquals(t < first.length, mask[t], "the mask marks real positions");
        }
    }

    @Test
    void tokenIdsAndPerTokenLabelsTrain(@TempDir Path dir) throws Exception {
        Network network = tagger();
        TrainingConfig config = TrainingConfig.from(network).with("tagging", 12, 16, OptimizerKind.ADAM, 0.02, 4L, null);
        TrainingResult result = new Trainer(network, config, line -> { }).train(new Weights(), tagging(400, 2), tagging(100, 3), dir, false);
        assertEquals(RunState.FINISHED, result.state());
        assertTrue(result.testLoss() < 0.05, "per-token loss on unseen sequences " + result.testLoss());
        assertTrue(result.stepLosses().get(0) > 0.5, "it started from chance: " + result.stepLosses().get(0));
    }

    @Test
    void mismatchedFieldsAreNamedBeforeTraining(@TempDir Path dir) {
        Network network = tagger();
        TrainingConfig config = TrainingConfig.from(network).with("tagging", 1, 16, OptimizerKind.ADAM, 0.02, 4L, null);
        TensorDataset floats = TensorDataset.builder("float-tokens", 2)
                .floats("tokens", Field.Role.INPUT, List.of("T"), new float[][] {{1, 2}, {3}})
                .longs("tags", Field.Role.TARGET, List.of("T"), new long[][] {{1, 2}, {0}}).classes(TAGS).build();
        assertEquals("input 'tokens' takes int64 token ids, but the data set float-tokens gives float values in field 'tokens'",
                assertThrows(TrainingException.class, () -> new Trainer(network, config, l -> { }).train(new Weights(), floats, floats,
                        dir.resolve("a"), false)).getMessage());
        TensorDataset badTag = TensorDataset.builder("bad-tags", 2)
                .longs("tokens", Field.Role.INPUT, List.of("T"), new long[][] {{1, 2}, {3, 4, 5}})
                .longs("tags", Field.Role.TARGET, List.of("T"), new long[][] {{1, 2}, {0, 7, 1}}).classes(TAGS).build();
        TrainingException range = assertThrows(TrainingException.class, () -> new Trainer(tagger(), config, l -> { })
                .train(new Weights(), badTag, badTag, dir.resolve("b"), false));
        assertEquals("the data set bad-tags has label 7 (sample 1), but the network's output has 3 classes (labels 0 to 2)", range.getMessage());
        assertTrue(range.isBadInput());
        TensorDataset renamed = TensorDataset.builder("renamed", 1)
                .longs("ids", Field.Role.INPUT, List.of("T"), new long[][] {{1}})
                .longs("other", Field.Role.INPUT, List.of("T"), new long[][] {{1}})
                .longs("tags", Field.Role.TARGET, List.of("T"), new long[][] {{1}}).classes(TAGS).build();
        assertEquals("the network's input 'tokens' has no field in the data set renamed (fields: ids, other, tags); name a field like the input",
                assertThrows(TrainingException.class, () -> new Trainer(tagger(), config, l -> { }).train(new Weights(), renamed, renamed,
                        dir.resolve("c"), false)).getMessage());
    }
}
