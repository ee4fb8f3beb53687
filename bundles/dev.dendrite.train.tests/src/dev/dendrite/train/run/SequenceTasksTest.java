package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.CellType;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.Recurrent;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.SequenceData;

/**
 * The recurrent templates learn their course tasks within modest budgets: many-to-one (parity),
 * many-to-many with and without right context (tagging), one-to-many (a sine from its amplitude
 * and phase) and an encoder-decoder that reverses sequences, judged by greedy decoding.
 */
class SequenceTasksTest {

    private static Network template(String id) {
        return TemplateLibrary.find(id).orElseThrow().create();
    }

    private static TrainingResult train(Network network, BatchSource[] data, int epochs, Path dir) throws Exception {
        TrainingConfig config = TrainingConfig.from(network).with(null, epochs, null, null, null, 7L, null);
        return new Trainer(network, config, line -> { }).train(new Weights(), data[0], data[1], dir, false);
    }

    private static void cell(Network network, CellType cell) {
        network.getLayers().stream().filter(Recurrent.class::isInstance).map(Recurrent.class::cast).forEach(r -> r.setCell(cell));
    }

    @Test
    void lstmTellsTheParityOfABitSequence(@TempDir Path dir) throws Exception {
        Network network = template("rnn-classifier");
        cell(network, CellType.LSTM);
        TrainingResult result = train(network, SequenceData.load("parity", 3), 60, dir);
        assertTrue(result.testAccuracy() >= 0.95, "LSTM parity test accuracy " + result.testAccuracy());
    }

    @Test
    void bidirectionalTaggerUsesTheRightContextAForwardOneCannot(@TempDir Path dir) throws Exception {
        BatchSource[] data = SequenceData.load("tagging", 5);
        TrainingResult bidirectional = train(template("bilstm-tagger"), data, 8, dir.resolve("bi"));
        Network forward = template("bilstm-tagger");
        forward.getLayers().stream().filter(Recurrent.class::isInstance).map(Recurrent.class::cast).forEach(r -> r.setBidirectional(false));
        TrainingResult forwardOnly = train(forward, data, 8, dir.resolve("forward"));
        assertTrue(bidirectional.testAccuracy() >= 0.95, "bidirectional token accuracy " + bidirectional.testAccuracy());
        assertTrue(forwardOnly.testAccuracy() < bidirectional.testAccuracy() - 0.2,
                "forward-only " + forwardOnly.testAccuracy() + " vs bidirectional " + bidirectional.testAccuracy());
    }

    @Test
    void oneToManyGeneratorReproducesThePeriodicSequence(@TempDir Path dir) throws Exception {
        // The targets a·sin(0.4t + φ), a in [0.5, 1.5], have a mean square of about 0.58.
        TrainingResult result = train(template("rnn-generator"), SequenceData.load("sine-generation", 9), 50, dir);
        assertTrue(result.testLoss() < 0.02, "generation test MSE " + result.testLoss());
    }

    @Test
    void seq2seqReversesSequencesWithGreedyDecoding(@TempDir Path dir) throws Exception {
        TrainingResult result = train(template("seq2seq"), SequenceData.load("reverse", 11), 20, dir);
        Map<?, ?> summary = new com.google.gson.Gson().fromJson(Files.readString(dir.resolve(RunFiles.SUMMARY)), Map.class);
        double greedy = ((Number) summary.get("greedyTokenAccuracy")).doubleValue();
        assertTrue(result.testAccuracy() >= 0.95, "teacher-forced token accuracy " + result.testAccuracy());
        assertTrue(greedy >= 0.95, "greedy token accuracy " + greedy);
        assertEquals(RunState.FINISHED, result.state());
    }
}
