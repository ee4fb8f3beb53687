package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.network.sequence.SequenceFactory;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.SyntheticData;

/** Training runs whose steps run as replicas: the losses follow the whole step's, padded sequences and mixup included, and the log says how. */
class ReplicatedTrainingTest {

    @Test
    void mixupTrainsAsReplicasAndSaysHowItPairs(@TempDir Path dir) throws Exception {
        Dataset moons = SyntheticData.twoMoons(512, 0.1, 1);
        Network network = TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with("synthetic:two-moons", 6, 64, OptimizerKind.ADAM, 1e-2, 3L, null).withMixup(0.4);
        List<String> said = new ArrayList<>();
        TrainingResult result = new Trainer(network, config, said::add).withReplicas(2).train(new Weights(), moons, moons, dir, false);
        assertTrue(said.stream().anyMatch(l -> l.contains("runs as 2 replicas") && l.endsWith("; mixup pairs the samples within each slice")),
                "the log says so: " + said);
        List<Double> losses = result.stepLosses();
        assertTrue(losses.stream().allMatch(Double::isFinite));
        assertTrue(result.testAccuracy() > 0.85, "mixed replicas still learn the moons: " + result.testAccuracy());
    }

    @Test
    void trainingAsReplicasFollowsTheWholeStepsLossesAndSaysSo(@TempDir Path dir) throws Exception {
        Dataset moons = SyntheticData.twoMoons(512, 0.1, 1);
        // Dropout: each replica's masks are its rows of the masks drawn for the whole batch.
        dev.dendrite.model.templates.NetworkBuilder b = new dev.dendrite.model.templates.NetworkBuilder("moons-dropout", "dropout on two moons");
        dev.dendrite.model.network.Dropout dropout = dev.dendrite.model.network.NetworkFactory.eINSTANCE.createDropout();
        dropout.setRate(0.3);
        dev.dendrite.model.network.Layer x = b.add(dropout, "dropout", b.dense(b.input("x", 2), "fc1", 32,
                dev.dendrite.model.network.ActivationFunction.RELU));
        b.loss(b.dense(x, "fc2", 2), dev.dendrite.model.network.LossKind.CROSS_ENTROPY);
        Network network = b.network();
        TrainingConfig config = TrainingConfig.from(network).with("synthetic:two-moons", 2, 64, OptimizerKind.ADAM, 1e-2, 3L, null);
        List<Double> whole = new Trainer(network, config, l -> { }).withReplicas(1).train(new Weights(), moons, moons, dir.resolve("whole"), false)
                .stepLosses();
        List<String> said = new ArrayList<>();
        List<Double> replicated = new Trainer(network, config, said::add).withReplicas(2)
                .train(new Weights(), moons, moons, dir.resolve("replicas"), false).stepLosses();
        assertTrue(said.stream().anyMatch(l -> l.contains("runs as 2 replicas")), "the log says so: " + said);
        assertTrue(Files.readString(dir.resolve("replicas").resolve("log.txt")).contains("2 replicas"));
        assertEquals(whole.size(), replicated.size());
        for (int i = 0; i < whole.size(); i++) {
            assertEquals(whole.get(i), replicated.get(i), 1e-4 * Math.max(1, Math.abs(whole.get(i))), "step " + i);
        }
    }

    @Test
    void sequencesRunAsReplicasAsTheyRunWholeOfOneLengthOrPaddedAndMasked(@TempDir Path dir) throws Exception {
        // Many-to-one and many-to-many of one length; many-to-one padded per batch and masked (a mean over samples, its slices
        // cut from the whole batch padded to its longest); many-to-many padded and masked (a mean over real steps: each slice
        // weighs by its real steps).
        for (String[] task : new String[][] {{"rnn-classifier", "parity"}, {"bilstm-tagger", "tagging"}, {"rnn-classifier", "last-sign"},
                {"bilstm-tagger", "variable-tags"}}) {
            Network network = TemplateLibrary.find(task[0]).orElseThrow().create();
            dev.dendrite.train.data.BatchSource[] data = task[1].equals("variable-tags")
                    ? new dev.dendrite.train.data.BatchSource[] {MaskedSequencesTest.tags(320, 1, true, false), MaskedSequencesTest.tags(64, 2, true, false)}
                    : dev.dendrite.train.data.SequenceData.load(task[1], 5);
            TrainingConfig config = TrainingConfig.from(network).with(null, 2, 64, null, null, 7L, null);
            List<Double> whole = new Trainer(network, config, l -> { }).withReplicas(1)
                    .train(new Weights(), data[0], data[1], dir.resolve(task[1] + "-whole"), false).stepLosses();
            List<String> said = new ArrayList<>();
            List<Double> replicated = new Trainer(network, config, said::add).withReplicas(2)
                    .train(new Weights(), data[0], data[1], dir.resolve(task[1] + "-replicas"), false).stepLosses();
            assertTrue(said.stream().anyMatch(l -> l.contains("runs as 2 replicas")), task[1] + ": " + said);
            assertEquals(whole.size(), replicated.size());
            for (int i = 0; i < whole.size(); i++) {
                assertEquals(whole.get(i), replicated.get(i), 1e-5 * Math.max(1, Math.abs(whole.get(i))), task[1] + " step " + i);
            }
        }
    }

    @Test
    void dropoutOverPaddedSequencesAsReplicasDropsWhatTheWholeStepDrops(@TempDir Path dir) throws Exception {
        // The whole batch's dropout mask is drawn for its longest sequence; every slice is padded to that length too.
        var f = dev.dendrite.model.network.NetworkFactory.eINSTANCE;
        var b = new dev.dendrite.model.templates.NetworkBuilder("dropping-tagger", "");
        var embedding = SequenceFactory.eINSTANCE.createEmbedding();
        embedding.setVocabularySize(16);
        embedding.setEmbeddingDim(8);
        var dropout = f.createDropout();
        dropout.setRate(0.3);
        var x = b.add(dropout, "dropout", b.add(embedding, "embed", b.tokens("tokens", dev.dendrite.model.network.InputRole.FEATURES)));
        b.loss(b.dense(b.dense(x, "hidden", 12, dev.dendrite.model.network.ActivationFunction.TANH), "tags", 4),
                dev.dendrite.model.network.LossKind.SEQUENCE_NLL);
        Network network = b.training("test", 2, 64, OptimizerKind.ADAM, 3e-3).network();
        TrainingConfig config = TrainingConfig.from(network).with(null, 2, 64, null, null, 7L, null);
        var train = MaskedSequencesTest.tags(320, 1, true, false);
        var test = MaskedSequencesTest.tags(64, 2, true, false);
        List<Double> whole = new Trainer(network, config, l -> { }).withReplicas(1).train(new Weights(), train, test, dir.resolve("whole"), false)
                .stepLosses();
        List<String> said = new ArrayList<>();
        List<Double> replicated = new Trainer(network, config, said::add).withReplicas(2).train(new Weights(), train, test,
                dir.resolve("replicas"), false).stepLosses();
        assertTrue(said.stream().anyMatch(l -> l.contains("runs as 2 replicas")), said.toString());
        for (int i = 0; i < whole.size(); i++) {
            assertEquals(whole.get(i), replicated.get(i), 1e-5 * Math.max(1, Math.abs(whole.get(i))), "step " + i);
        }
    }
}
