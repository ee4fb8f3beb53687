package dev.dendrite.train.run;

import static dev.dendrite.train.run.SliceStepChecks.assertSameEvenStep;
import static dev.dendrite.train.run.SliceStepChecks.assertSameStep;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.runtime.RuntimeSettings;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.graph.GraphOptions;
import dev.dendrite.train.graph.ReplicaGraphs;
import dev.dendrite.train.graph.TrainStepBuilder;
import dev.dendrite.train.graph.TrainingGraphs;

/** How the trainer cuts a step: replicas per core, tail slices, even slices of 32 for patches and attention; steps it refuses, named. */
class ReplicaChoiceTest {

    @Test
    void convolutionalStepsTakeTailSlicesAtLargeBatchesRecurrentOnesDoNot() throws Exception {
        for (String template : new String[] {"conv-2", "rnn-classifier"}) {
            Network network = TemplateLibrary.find(template).orElseThrow().create();
            TrainingConfig config = TrainingConfig.from(network).with("test", 1, 256, OptimizerKind.ADAM, 1e-2, 1L, null);
            TrainingGraphs graphs = TrainStepBuilder.build(network, new Weights(), config, GraphOptions.DEFAULT.withSequenceLength(8));
            assertEquals(0, graphs.sliceRows(), template + ": 3×3 kernels and recurrent cells have no preferred slice");
            for (int batch : new int[] {128, 256}) {
                List<String> said = new ArrayList<>();
                try (ReplicatedStep step = ReplicatedStep.openAsAsked(graphs, network, 0, 2, batch, true, RuntimeSettings.forTrainer(), said::add)) {
                    int expected = template.equals("conv-2") && batch == 256 ? 4 : 2;
                    assertEquals(2, step.replicas(), template + " at " + batch);
                    assertEquals(expected, step.slices(), template + " at " + batch + ": " + said);
                    assertTrue(said.get(0).contains(expected == 4 ? "taking 4 slices" : "each on a slice"), said.toString());
                }
            }
        }
    }

    @Test
    void convolutionsByPatchesTakeSlicesOfThirtyTwoSamplesEvenOnOneCore() throws Exception {
        Network network = TemplateLibrary.find("lenet-5").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 256, OptimizerKind.ADAM, 1e-2, 1L, null);
        TrainingGraphs graphs = TrainStepBuilder.build(network, new Weights(), config, GraphOptions.DEFAULT);
        assertEquals(32, graphs.sliceRows(), "LeNet-5's 5×5 convolutions run by patches");
        int[][] cases = {{2, 64, 2, 2}, {2, 256, 2, 8}, {2, 250, 2, 8}, {2, 512, 2, 16}, {1, 256, 1, 8}, {4, 200, 4, 8}};
        for (int[] c : cases) {
            List<String> said = new ArrayList<>();
            try (ReplicatedStep step = ReplicatedStep.openAsAsked(graphs, network, 0, c[0], c[1], true, RuntimeSettings.forTrainer(), said::add)) {
                String what = c[0] + " cores, batch " + c[1] + ": " + said;
                assertEquals(c[2], step.replicas(), what);
                assertEquals(c[3], step.slices(), what);
                int[] rows = step.sliceRows(c[1]);
                assertEquals(c[1], java.util.Arrays.stream(rows).sum(), what);
                assertTrue(java.util.Arrays.stream(rows).allMatch(r -> r <= 32 && r >= rows[rows.length - 1]), what + java.util.Arrays.toString(rows));
                assertTrue(java.util.Arrays.stream(rows).max().getAsInt() - java.util.Arrays.stream(rows).min().getAsInt() <= 1, what);
            }
        }
        // Asked to run whole, or not on the CPU: no slices.
        assertEquals(null, ReplicatedStep.openAsAsked(graphs, network, 1, 2, 256, true, RuntimeSettings.forTrainer(), line -> { }));
        assertEquals(null, ReplicatedStep.openAsAsked(graphs, network, 0, 2, 256, false, RuntimeSettings.forTrainer(), line -> { }));
        assertEquals(0, ReplicatedStep.evenSlices(32, 1, 32), "one slice's batch runs whole");
        assertEquals(0, ReplicatedStep.evenSlices(0, 2, 256), "no preference");
        // 2 replicas over 8 slices of 32 give the whole step's update.
        assertSameEvenStep(graphs, config, 256);
    }

    @Test
    void attentionNetworksTakeSlicesOfThirtyTwoSamplesRecurrentAndDenseOnesNone() throws Exception {
        Network transformer = TemplateLibrary.find("transformer-generator").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(transformer).with("test", 1, 256, OptimizerKind.ADAM, 1e-3, 1L, null);
        TrainingGraphs graphs = TrainStepBuilder.build(transformer, new Weights(), config, GraphOptions.DEFAULT.withSequenceLength(8));
        assertEquals(0, graphs.sliceRows(), "no convolution by patches");
        assertEquals(ReplicatedStep.ATTENTION_SLICE_ROWS, ReplicatedStep.preferredSliceRows(graphs, transformer));
        int[][] cases = {{64, 2}, {128, 4}, {256, 8}, {512, 16}};
        for (int[] c : cases) {
            List<String> said = new ArrayList<>();
            try (ReplicatedStep step = ReplicatedStep.openAsAsked(graphs, transformer, 0, 2, c[0], true, RuntimeSettings.forTrainer(), said::add)) {
                assertEquals(2, step.replicas(), "batch " + c[0]);
                assertEquals(c[1], step.slices(), "batch " + c[0] + ": " + said);
                assertTrue(said.get(0).contains("at most 32 samples each, where its attention run fastest"), said.toString());
            }
        }
        // The slices' update is the whole step's (a classifier: the comparison feeds class labels).
        Network rows = TemplateLibrary.find("transformer-rows").orElseThrow().create();
        TrainingConfig rowsConfig = TrainingConfig.from(rows).with("test", 1, 70, OptimizerKind.ADAM, 1e-3, 1L, null);
        TrainingGraphs rowsGraphs = TrainStepBuilder.build(rows, new Weights(), rowsConfig, GraphOptions.DEFAULT);
        assertEquals(4, ReplicatedStep.evenSlices(ReplicatedStep.preferredSliceRows(rowsGraphs, rows), 2, 70));
        assertSameStep(rowsGraphs, rowsConfig, 70, 2, 4, true);
        for (String template : new String[] {"rnn-classifier", "mlp-classifier"}) {
            Network network = TemplateLibrary.find(template).orElseThrow().create();
            TrainingConfig its = TrainingConfig.from(network).with("test", 1, 256, OptimizerKind.ADAM, 1e-3, 1L, null);
            TrainingGraphs built = TrainStepBuilder.build(network, new Weights(), its, GraphOptions.DEFAULT.withSequenceLength(8));
            assertEquals(0, ReplicatedStep.preferredSliceRows(built, network), template);
        }
    }

    @Test
    void largeBatchesGetOneSmallTailSlicePerReplica() {
        assertEquals(0, ReplicatedStep.tailSlices(2, 64));
        assertEquals(0, ReplicatedStep.tailSlices(2, 255));
        assertEquals(2, ReplicatedStep.tailSlices(2, 256));
        assertEquals(0, ReplicatedStep.tailSlices(4, 256));
        assertEquals(4, ReplicatedStep.tailSlices(4, 512));
    }

    @Test
    void contrastiveDivergenceIsRefusedForItsOwnRandomNumbers() throws Exception {
        // Gibbs sampling draws inside the graph: every replica's generator would start from the same seed.
        Network rbm = TemplateLibrary.find("rbm").orElseThrow().create();
        TrainingGraphs graphs = dev.dendrite.train.graph.ContrastiveDivergence.pipeline().build(rbm, new Weights(),
                TrainingConfig.from(rbm).with("test", 1, 10, null, null, 1L, null), GraphOptions.DEFAULT);
        String refusal = ReplicaGraphs.refusal(graphs);
        assertTrue(refusal != null && refusal.contains("random numbers"), "refused: " + refusal);
    }

    @Test
    void convolutionalAndRecurrentNetworksRunAsReplicasByDefaultDenseOnesWhole() {
        Network lenet = TemplateLibrary.find("lenet-5").orElseThrow().create();
        assertEquals(2, ReplicatedStep.automaticReplicas(lenet, 2, 64));
        assertEquals(1, ReplicatedStep.automaticReplicas(lenet, 2, 63), "each replica keeps 32 samples");
        assertEquals(4, ReplicatedStep.automaticReplicas(lenet, 4, 512));
        assertEquals(2, ReplicatedStep.automaticReplicas(TemplateLibrary.find("rnn-classifier").orElseThrow().create(), 2, 128));
        assertEquals(2, ReplicatedStep.automaticReplicas(TemplateLibrary.find("transformer-tagger").orElseThrow().create(), 2, 128));
        assertEquals(1, ReplicatedStep.automaticReplicas(TemplateLibrary.find("mlp-classifier").orElseThrow().create(), 2, 512));
    }

    @Test
    void batchNormalisationIsRefusedNamingItsStatistics() throws Exception {
        Network network = TemplateLibrary.find("resnet-fashion").orElseThrow().create();
        TrainingGraphs graphs = TrainStepBuilder.build(network, new Weights(), TrainingConfig.from(network));
        String refusal = ReplicaGraphs.refusal(graphs);
        assertTrue(refusal != null && refusal.contains("depends on the batch"), "refused: " + refusal);
        assertThrows(IllegalArgumentException.class, () -> ReplicaGraphs.split(graphs, 2));
    }

    @Test
    void lossesDividingByDifferentCountsAreRefusedNamingThem() throws Exception {
        // Tags per token (a mean over real tokens when masked) beside a class per sequence (a mean over sequences).
        var f = dev.dendrite.model.network.NetworkFactory.eINSTANCE;
        var b = new dev.dendrite.model.templates.NetworkBuilder("two-heads", "");
        var embedding = SequenceFactory.eINSTANCE.createEmbedding();
        embedding.setVocabularySize(16);
        embedding.setEmbeddingDim(8);
        var x = b.add(embedding, "embed", b.tokens("tokens", dev.dendrite.model.network.InputRole.FEATURES));
        b.loss(b.dense(x, "tags", 4), dev.dendrite.model.network.LossKind.SEQUENCE_NLL).setId("tag_loss");
        var pooled = b.add(SequenceFactory.eINSTANCE.createSequencePooling(), "pool", x);
        b.loss(b.dense(pooled, "kind", 2), dev.dendrite.model.network.LossKind.CROSS_ENTROPY).setId("kind_loss");
        Network network = b.training("test", 1, 16, OptimizerKind.SGD, 0.1).network();
        TrainingConfig config = TrainingConfig.from(network);
        assertEquals(null, ReplicaGraphs.refusal(TrainStepBuilder.build(network, new Weights(), config, GraphOptions.DEFAULT)),
                "of one length both are means over sequences");
        assertEquals("the step's slices cannot be weighed by one share: its losses tag_loss, kind_loss are means over different counts"
                + " (real steps or class weights)", ReplicaGraphs.refusal(TrainStepBuilder.build(network, new Weights(), config,
                        GraphOptions.DEFAULT.withMaskedInputs(java.util.Set.of("tokens")))));
    }
}
