package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.TensorDataset;
import dev.dendrite.train.graph.GraphOptions;

/**
 * Label smoothing and class weights in sequence losses over padded, masked batches: with every sequence at full
 * length the masked loss is the plain one (whose value and gradient the graph tests check), and
 * padding changes nothing, so only real steps are smoothed.
 */
class LabelSmoothingTrainingTest {

    private static TensorDataset tags(int n, long seed, boolean masked, boolean fixed) {
        return MaskedSequencesTest.tags(n, seed, masked, fixed);
    }

    private static TrainingResult train(double epsilon, TensorDataset train, TensorDataset test, long unrolled, Path dir) throws Exception {
        return train(epsilon, "", train, test, unrolled, dir);
    }

    private static TrainingResult train(double epsilon, String classWeights, TensorDataset train, TensorDataset test, long unrolled, Path dir)
            throws Exception {
        Network network = TemplateLibrary.find("rnn-tagger").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with(null, 1, 16, null, null, 3L, null).withLabelSmoothing(epsilon)
                .withClassWeights(classWeights);
        Trainer trainer = new Trainer(network, config, line -> { });
        if (unrolled > 0) {
            trainer.withOptions(GraphOptions.DEFAULT.withSequenceLength(unrolled));
        }
        return trainer.train(new Weights(), train, test, dir, false);
    }

    private static void assertClose(List<Double> expected, List<Double> actual, String what) {
        assertEquals(expected.size(), actual.size(), what);
        for (int i = 0; i < expected.size(); i++) {
            assertEquals(expected.get(i), actual.get(i), 1e-5 * Math.abs(expected.get(i)), what + ", step " + (i + 1));
        }
    }

    @Test
    void maskedSequenceLossesSmoothOnlyRealSteps(@TempDir Path dir) throws Exception {
        TrainingResult plain = train(0.1, tags(160, 1, false, true), tags(40, 2, false, true), 0, dir.resolve("plain"));
        TrainingResult masked = train(0.1, tags(160, 1, true, true), tags(40, 2, true, true), 0, dir.resolve("masked"));
        assertClose(plain.stepLosses(), masked.stepLosses(), "full-length sequences: the masked loss is the plain one");
        TrainingResult unsmoothed = train(0, tags(160, 1, true, true), tags(40, 2, true, true), 0, dir.resolve("unsmoothed"));
        double apart = 0;
        for (int i = 0; i < masked.stepLosses().size(); i++) {
            apart = Math.max(apart, masked.stepLosses().get(i) - unsmoothed.stepLosses().get(i));
        }
        // Near-uniform outputs at the start make the smoothing term small; as the tags grow confident it grows.
        assertTrue(apart > 1e-2, "smoothing reaches the masked loss: " + apart);

        TrainingResult shortest = train(0.1, tags(160, 3, true, false), tags(40, 4, true, false), 0, dir.resolve("shortest"));
        TrainingResult padded = train(0.1, tags(160, 3, true, false), tags(40, 4, true, false), 20, dir.resolve("padded"));
        assertClose(shortest.stepLosses(), padded.stepLosses(), "padding to 20 steps changes no smoothed step");
        assertEquals(shortest.testLoss(), padded.testLoss(), 1e-5 * shortest.testLoss());
    }

    @Test
    void maskedSequenceLossesWeighClassesAsPlainOnes(@TempDir Path dir) throws Exception {
        String weights = "1,2.5,0.5,3";
        TrainingResult plain = train(0.1, weights, tags(160, 1, false, true), tags(40, 2, false, true), 0, dir.resolve("plain"));
        TrainingResult masked = train(0.1, weights, tags(160, 1, true, true), tags(40, 2, true, true), 0, dir.resolve("masked"));
        assertClose(plain.stepLosses(), masked.stepLosses(), "full-length sequences: the weighted masked loss is the weighted plain one");
        TrainingResult unweighted = train(0.1, "", tags(160, 1, true, true), tags(40, 2, true, true), 0, dir.resolve("unweighted"));
        assertTrue(Math.abs(unweighted.stepLosses().get(0) - masked.stepLosses().get(0)) > 1e-3, "the weights reach the masked loss");
        TrainingResult shortest = train(0, weights, tags(160, 3, true, false), tags(40, 4, true, false), 0, dir.resolve("shortest"));
        TrainingResult padded = train(0, weights, tags(160, 3, true, false), tags(40, 4, true, false), 20, dir.resolve("padded"));
        assertClose(shortest.stepLosses(), padded.stepLosses(), "padding weighs nothing");
    }
}
