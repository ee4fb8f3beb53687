package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtSession;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.sequence.CellType;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.ModelSession;
import dev.dendrite.runtime.OnnxRuntime;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.Field;
import dev.dendrite.train.data.SequenceData;
import dev.dendrite.train.data.TensorDataset;
import dev.dendrite.train.graph.GraphOptions;
import dev.dendrite.train.graph.TrainStepPipeline;
import dev.dendrite.train.graph.TrainingGraphs;

/**
 * Variable-length sequences by masking: padding changes neither training nor evaluation, forward
 * or bidirectional, many-to-one or many-to-many, recurrent or attending (padded keys hidden); the unrolled training cells and the fused
 * operators with sequence_lens agree on padded batches; a masked reader learns a task that needs
 * the last real step.
 */
class MaskedSequencesTest {

    private static Network template(String id) {
        return TemplateLibrary.find(id).orElseThrow().create();
    }

    /** Token sequences of 2 to 12 tokens tagged with the token's range (and its right neighbour's for a bidirectional reader). */
    private static TensorDataset tags(int n, long seed, boolean masked) {
        return tags(n, seed, masked, false);
    }

    /** As above, every sequence of 8 tokens when {@code fixed}. */
    static TensorDataset tags(int n, long seed, boolean masked, boolean fixed) {
        SplittableRandom random = new SplittableRandom(seed);
        long[][] tokens = new long[n][];
        long[][] tags = new long[n][];
        for (int s = 0; s < n; s++) {
            int length = fixed ? 8 : 2 + random.nextInt(11);
            tokens[s] = new long[length];
            tags[s] = new long[length];
            for (int t = 0; t < length; t++) {
                tokens[s][t] = 1 + random.nextInt(15);
                tags[s][t] = (tokens[s][t] - 1) / 4;
            }
        }
        var builder = TensorDataset.builder("variable tags", n).longs("tokens", Field.Role.INPUT, List.of("T"), tokens)
                .longs("tags", Field.Role.TARGET, List.of("T"), tags).classes(4);
        return (masked ? builder.withMask("tokens") : builder).build();
    }

    private static TrainingResult train(Network network, BatchSource train, BatchSource test, long unrolled, Path dir) throws Exception {
        TrainingConfig config = TrainingConfig.from(network).with(null, 2, 16, null, null, 3L, null);
        Trainer trainer = new Trainer(network, config, line -> { });
        if (unrolled > 0) {
            trainer.withOptions(GraphOptions.DEFAULT.withSequenceLength(unrolled));
        }
        return trainer.train(new Weights(), train, test, dir, false);
    }

    @Test
    void paddingChangesNeitherTrainingNorEvaluationWhenMasked(@TempDir Path dir) throws Exception {
        for (String id : List.of("rnn-tagger", "bilstm-tagger", "transformer-tagger")) {
            TrainingResult shortest = train(template(id), tags(300, 1, true), tags(100, 2, true), 0, dir.resolve(id + "-12"));
            TrainingResult padded = train(template(id), tags(300, 1, true), tags(100, 2, true), 20, dir.resolve(id + "-20"));
            assertEquals(shortest.testLoss(), padded.testLoss(), 1e-5 * shortest.testLoss(), id + ": unrolled over 12 or over 20 steps");
            assertEquals(shortest.testAccuracy(), padded.testAccuracy(), 1e-9, id);
            // The control: without masks the padding enters the recurrence and the loss, and the results differ.
            TrainingResult unmasked = train(template(id), tags(300, 1, false), tags(100, 2, false), 0, dir.resolve(id + "-u12"));
            TrainingResult unmaskedPadded = train(template(id), tags(300, 1, false), tags(100, 2, false), 20, dir.resolve(id + "-u20"));
            assertTrue(Math.abs(unmasked.testLoss() - unmaskedPadded.testLoss()) > 1e-3, id + " without masks: " + unmasked.testLoss()
                    + " vs " + unmaskedPadded.testLoss());
        }
    }

    @Test
    void poolingOverStepsLeavesPaddingOut(@TempDir Path dir) throws Exception {
        // Many-to-one by an average (or max) over steps: padding the batches further changes nothing when masked.
        BatchSource[] data = SequenceData.load("last-sign", 4);
        BatchSource train = ((TensorDataset) data[0]).subset(java.util.stream.IntStream.range(0, 400).toArray(), "/400");
        BatchSource test = ((TensorDataset) data[1]).subset(java.util.stream.IntStream.range(0, 100).toArray(), "/100");
        for (dev.dendrite.model.network.PoolType type : List.of(dev.dendrite.model.network.PoolType.AVERAGE,
                dev.dendrite.model.network.PoolType.MAX)) {
            TrainingResult shortest = train(poolingReader(type), train, test, 0, dir.resolve(type + "-20"));
            TrainingResult padded = train(poolingReader(type), train, test, 60, dir.resolve(type + "-60"));
            assertEquals(shortest.testLoss(), padded.testLoss(), 1e-5 * shortest.testLoss(), type + " over steps: padded per batch or to 60 steps");
        }
    }

    /**
     * Pairs of a source and a target of their own lengths (3 to 8 tokens, reversal) through the
     * transformer-seq2seq, whose layers are blocks: the masks follow the source into the encoder's
     * blocks and the decoder's memory, and the decoder input into its blocks, so padding both to 12
     * steps changes nothing.
     */
    @Test
    void pairsOfTheirOwnLengthsTrainAlikePaddedThroughBlocks(@TempDir Path dir) throws Exception {
        SplittableRandom random = new SplittableRandom(3);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            int length = 3 + random.nextInt(6);
            List<Long> source = new ArrayList<>();
            for (int t = 0; t < length; t++) {
                source.add(2L + random.nextInt(12)); // ids 2 to 13: the start 14 and the end 15 fit the template's 16
            }
            List<Long> target = new ArrayList<>(source);
            java.util.Collections.reverse(target);
            lines.append("{\"source\": ").append(source).append(", \"target\": ").append(target).append("}\n");
        }
        Path file = java.nio.file.Files.writeString(dir.resolve("pairs.jsonl"), lines);
        BatchSource[] pairs = dev.dendrite.train.data.SequenceFiles.load(file.toString());
        TrainingResult shortest = train(template("transformer-seq2seq"), pairs[0], pairs[1], 0, dir.resolve("pairs-own"));
        TrainingResult padded = train(template("transformer-seq2seq"), pairs[0], pairs[1], 12, dir.resolve("pairs-12"));
        assertEquals(shortest.testLoss(), padded.testLoss(), 1e-5 * shortest.testLoss(), "padded per batch or to 12 steps");
    }

    @Test
    void crossAttentionHidesTheMemorysPaddedSteps(@TempDir Path dir) throws Exception {
        TrainingResult shortest = train(crossTagger(), tags(300, 1, true), tags(100, 2, true), 0, dir.resolve("cross-12"));
        TrainingResult padded = train(crossTagger(), tags(300, 1, true), tags(100, 2, true), 20, dir.resolve("cross-20"));
        assertEquals(shortest.testLoss(), padded.testLoss(), 1e-5 * shortest.testLoss(), "the memory padded per batch or to 20 steps");
    }

    /** Tokens → embedding 8 → positions; queries (dense 8) cross-attend to a memory (dense 6) of the same steps → 4 tags per step. */
    private static Network crossTagger() {
        var f = dev.dendrite.model.network.NetworkFactory.eINSTANCE;
        var b = new dev.dendrite.model.templates.NetworkBuilder("cross-tagger", "");
        var embedding = SequenceFactory.eINSTANCE.createEmbedding();
        embedding.setVocabularySize(16);
        embedding.setEmbeddingDim(8);
        var positions = SequenceFactory.eINSTANCE.createPositionalEncoding();
        positions.setMaxLength(64);
        var x = b.add(positions, "positions", b.add(embedding, "embed", b.tokens("tokens", dev.dendrite.model.network.InputRole.FEATURES)));
        var attention = SequenceFactory.eINSTANCE.createAttention();
        attention.setHeads(2);
        b.add(attention, "cross", b.dense(x, "queries", 8));
        b.connect(b.dense(x, "memory", 6), "", attention, dev.dendrite.model.ports.Ports.MEMORY);
        b.loss(b.dense(attention, "tags", 4), dev.dendrite.model.network.LossKind.SEQUENCE_NLL);
        return b.training("test", 2, 16, dev.dendrite.model.network.OptimizerKind.ADAM, 3e-3).network();
    }

    /** Values → dense 8 → positions → average or max over steps → 2 classes. */
    private static Network poolingReader(dev.dendrite.model.network.PoolType type) {
        var f = dev.dendrite.model.network.NetworkFactory.eINSTANCE;
        var b = new dev.dendrite.model.templates.NetworkBuilder("pooling-reader", "");
        var positions = SequenceFactory.eINSTANCE.createPositionalEncoding();
        positions.setMaxLength(64);
        var pool = SequenceFactory.eINSTANCE.createSequencePooling();
        pool.setPoolType(type);
        // No attention between (its padded keys are hidden, so padded steps would carry the real ones' mix): padded steps read
        // their positions alone, which an unmasked pool would take in.
        var x = b.add(positions, "positions", b.dense(b.sequence("values", 1), "embed", 8));
        b.loss(b.dense(b.add(pool, "pool", x), "logits", 2), dev.dendrite.model.network.LossKind.CROSS_ENTROPY);
        return b.training("test", 2, 16, dev.dendrite.model.network.OptimizerKind.ADAM, 3e-3).network();
    }

    @Test
    void attentionTrainsAlikeWholeAndAsReplicasOfOneLengthOrPadded(@TempDir Path dir) throws Exception {
        // Of one length, or padded per batch and masked (each slice cut from the whole batch, weighed by its real tokens): the
        // replicas' summed gradient is the whole step's, and Adam takes the same steps.
        for (boolean padded : new boolean[] {false, true}) {
            TrainingResult[] results = new TrainingResult[2];
            for (int replicas = 1; replicas <= 2; replicas++) {
                Network network = template("transformer-tagger");
                TrainingConfig config = TrainingConfig.from(network).with(null, 2, 64, null, null, 3L, null);
                List<String> said = new ArrayList<>();
                results[replicas - 1] = new Trainer(network, config, said::add).withReplicas(replicas).train(new Weights(),
                        tags(600, 1, padded, !padded), tags(100, 2, padded, !padded), dir.resolve("replicas-" + replicas + "-" + padded), false);
                int asked = replicas;
                assertTrue(asked == 1 || said.stream().anyMatch(l -> l.contains("runs as 2 replicas")), "the log says how it ran: " + said);
            }
            assertEquals(results[0].testLoss(), results[1].testLoss(), 1e-5 * results[0].testLoss(), "whole and as 2 replicas, padded " + padded);
            for (int i = 0; i < results[0].stepLosses().size(); i++) {
                assertEquals(results[0].stepLosses().get(i), results[1].stepLosses().get(i), 1e-5 * results[0].stepLosses().get(i),
                        "step " + i + ", padded " + padded);
            }
        }
    }

    @Test
    void unrolledCellsAndFusedOperatorsWithSequenceLengthsAgreeOnPaddedBatches() throws Exception {
        for (String id : List.of("rnn-tagger", "bilstm-tagger")) {
            Network network = template(id);
            if (id.equals("rnn-tagger")) {
                network.getLayers().stream().filter(Recurrent.class::isInstance).map(Recurrent.class::cast).forEach(r -> r.setCell(CellType.GRU));
            }
            TensorDataset data = tags(16, 5, true).paddedTo(16);
            TrainingGraphs graphs = TrainStepPipeline.standard().build(network, new Weights(), TrainingConfig.from(network),
                    GraphOptions.DEFAULT.withSequenceLength(16).withMaskedInputs(Set.of("tokens")));
            double step = loss(graphs, graphs.trainStep().toByteArray(), data);
            double evaluation = loss(graphs, graphs.evaluation().toByteArray(), data);
            assertEquals(evaluation, step, 1e-5 * evaluation, id + ": the train step's masked unrolled loss and the evaluation's fused one");
        }
    }

    /** The graph's "loss" on one batch of every sample, at the initial parameters (the train step with learning rate 0). */
    private static double loss(TrainingGraphs graphs, byte[] model, TensorDataset data) throws Exception {
        var env = OnnxRuntime.environment();
        FeedPlan plan = FeedPlan.bind(graphs, data);
        int[] order = java.util.stream.IntStream.range(0, data.size()).toArray();
        List<OnnxTensor> owned = new ArrayList<>();
        try (ModelSession session = OnnxRuntime.open(model, "check", RuntimeSettings.forTrainer())) {
            Map<String, OnnxTensor> feeds = new HashMap<>(plan.tensors(env, data.batch(order, 0, data.size())));
            owned.addAll(feeds.values());
            for (var entry : graphs.initial().flat().entrySet()) {
                if (session.inputNames().contains(entry.getKey())) {
                    owned.add(Feeds.put(feeds, entry.getKey(), Feeds.tensor(env, entry.getValue())));
                }
            }
            if (session.inputNames().contains("lr")) {
                owned.add(Feeds.put(feeds, "lr", Feeds.scalar(env, 0f)));
                owned.add(Feeds.put(feeds, "step", Feeds.scalar(env, 1f)));
            }
            assertTrue(session.inputNames().contains("tokens:mask"), "the graph reads the mask");
            try (OrtSession.Result result = session.session().run(feeds)) {
                return Feeds.scalar(result, "loss");
            }
        } finally {
            owned.forEach(OnnxTensor::close);
        }
    }

    @Test
    void aMaskedReaderLearnsTheSignOfTheLastRealValue(@TempDir Path dir) throws Exception {
        BatchSource[] data = SequenceData.load("last-sign", 4);
        assertTrue(data[0].field("values:mask").isPresent(), "the data masks its padding");
        Network network = template("rnn-classifier");
        TrainingConfig config = TrainingConfig.from(network).with(null, 8, null, null, null, 4L, null);
        TrainingResult result = new Trainer(network, config, line -> { }).train(new Weights(), data[0], data[1], dir, false);
        assertTrue(result.testAccuracy() >= 0.95, "last-sign test accuracy " + result.testAccuracy());
    }
}
