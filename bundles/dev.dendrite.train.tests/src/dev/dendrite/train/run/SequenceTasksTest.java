package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.sequence.CellType;
import dev.dendrite.model.network.sequence.Recurrent;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.SequenceData;

/**
 * The recurrent templates learn their course tasks within modest budgets: many-to-one (parity),
 * many-to-many with and without right context (tagging), one-to-many (a sine from its amplitude
 * and phase, and a wave or a text continued by feeding predictions back) and an encoder-decoder
 * that reverses sequences, judged by greedy decoding.
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

    private static Map<?, ?> summary(Path dir) throws Exception {
        return new com.google.gson.Gson().fromJson(Files.readString(dir.resolve(RunFiles.SUMMARY)), Map.class);
    }

    /** One-to-many by feedback: trained on each next step, the LSTM continues a wave from 12 primed steps on its own predictions. */
    @Test
    void generatorFedItsOwnPredictionsContinuesTheWave(@TempDir Path dir) throws Exception {
        train(template("lstm-generator"), SequenceData.load("sine-next", 9), 30, dir);
        Map<?, ?> summary = summary(dir);
        double mse = ((Number) summary.get("generationMse")).doubleValue();
        double held = ((Number) summary.get("generationBaselineMse")).doubleValue();
        assertEquals(12, ((Number) summary.get("generationPrime")).intValue());
        assertEquals(36, ((Number) summary.get("generationSteps")).intValue());
        // Amplitudes 0.5 to 1.5: a mean square of about 0.58; holding the last primed value errs by about 1.
        assertTrue(mse < 0.03 && mse < held / 20, "36 generated steps: MSE " + mse + ", holding the prime's last value " + held);
        java.util.List<String> csv = Files.readAllLines(dir.resolve(TrainedModelReports.GENERATION));
        assertEquals("sequence,step,primed,true,generated", csv.get(0));
        assertEquals(1 + 8 * 48, csv.size(), "eight sequences of 48 steps");
    }

    /** The same for tokens: a character model fed its own most likely character continues a periodic text; a tagger does not generate. */
    @Test
    void characterModelFedItsOwnPredictionsContinuesThePattern(@TempDir Path dir) throws Exception {
        Path text = dir.resolve("pattern.txt");
        Files.writeString(text, "abca".repeat(600));
        train(template("rnn-tagger"), dev.dendrite.train.data.DataSources.loadAny("text:" + text + ",16", dir, 1), 8, dir.resolve("text"));
        double accuracy = ((Number) summary(dir.resolve("text")).get("generationTokenAccuracy")).doubleValue();
        assertTrue(accuracy >= 0.95, "generated characters " + accuracy);
        train(template("rnn-tagger"), SequenceData.load("tagging", 5), 1, dir.resolve("tags"));
        assertTrue(!summary(dir.resolve("tags")).containsKey("generationSteps"), "tags are not the next input: nothing to feed back");
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
