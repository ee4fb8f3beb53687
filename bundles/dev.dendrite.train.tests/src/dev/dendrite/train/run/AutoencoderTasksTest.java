package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.NpmDatasets;

/** Autoencoders on MNIST digits: compression, anomaly scores for a digit never seen in training, and denoising. */
class AutoencoderTasksTest {

    private static TrainingResult train(String template, Dataset[] mnist, int heldOut, Path dir) throws Exception {
        Network network = TemplateLibrary.find(template).orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with(null, 10, null, null, null, 4L, null);
        Trainer trainer = new Trainer(network, config, line -> { });
        if (heldOut >= 0) {
            trainer.withHeldOutClass(heldOut);
        }
        return trainer.train(new Weights(), mnist[0], mnist[1], dir, false);
    }

    @Test
    void reconstructionErrorScoresADigitNeverSeenInTraining(@TempDir Path dir) throws Exception {
        Dataset[] mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        TrainingResult result = train("autoencoder", mnist, 2, dir);
        assertTrue(result.testLoss() < 0.025, "test reconstruction error " + result.testLoss());
        Map<?, ?> summary = new Gson().fromJson(Files.readString(dir.resolve(RunFiles.SUMMARY)), Map.class);
        double auc = ((Number) summary.get("anomalyAuc")).doubleValue();
        assertTrue(auc >= 0.8, "ROC AUC of the held-out digit 2: " + auc);
        Map<?, ?> byClass = (Map<?, ?>) summary.get("reconstructionErrorByClass");
        double unseen = ((Number) byClass.get("2")).doubleValue();
        for (int digit : new int[] {0, 1, 3, 4, 5, 6, 7, 8, 9}) {
            assertTrue(unseen > ((Number) byClass.get(String.valueOf(digit))).doubleValue(), "digit 2 reconstructs worst: " + byClass);
        }
        List<String> csv = Files.readAllLines(dir.resolve(TrainedModelReports.ANOMALY_SCORES));
        assertEquals(mnist[1].size() + 1, csv.size());
        assertTrue(Files.readString(dir.resolve(RunFiles.CONFIG)).contains("\"heldOutClass\": 2"));
    }

    @Test
    void denoisingAutoencoderReconstructsCorruptedDigitsBetterThanThePlainOne(@TempDir Path dir) throws Exception {
        Dataset[] mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        train("autoencoder", mnist, -1, dir.resolve("plain"));
        train("denoising-autoencoder", mnist, -1, dir.resolve("denoising"));
        Dataset clean = mnist[1];
        Dataset noisy = masked(clean, 0.3, 9);
        double plain = mean(ReconstructionScores.score(Files.readAllBytes(dir.resolve("plain").resolve(RunFiles.MODEL)), noisy, clean).scores());
        double denoising = mean(ReconstructionScores.score(Files.readAllBytes(dir.resolve("denoising").resolve(RunFiles.MODEL)), noisy, clean)
                .scores());
        assertTrue(denoising < plain, "error on digits with 30% of pixels masked: denoising " + denoising + ", plain " + plain);
    }

    @Test
    void rocAucCountsOrderedPairsAndHalfOfTies() {
        assertEquals(0.75, ReconstructionScores.auc(new double[] {0.1, 0.4, 0.35, 0.8}, new int[] {0, 0, 1, 1}, 1), 1e-12);
        assertEquals(0.5, ReconstructionScores.auc(new double[] {0.5, 0.5}, new int[] {1, 0}, 1), 1e-12);
        assertEquals(1.0, ReconstructionScores.auc(new double[] {3, 1, 2}, new int[] {7, 0, 0}, 7), 1e-12);
        assertTrue(Double.isNaN(ReconstructionScores.auc(new double[] {1, 2}, new int[] {0, 0}, 7)), "no anomalies: undefined");
    }

    /** The samples with a random {@code fraction} of their values set to 0, as the masking-noise layer does in training. */
    private static Dataset masked(Dataset data, double fraction, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] features = new float[data.size() * data.sampleSize()];
        int[] labels = new int[data.size()];
        for (int i = 0; i < data.size(); i++) {
            data.features(i, features, i * data.sampleSize());
            labels[i] = data.label(i);
        }
        for (int k = 0; k < features.length; k++) {
            if (random.nextDouble() < fraction) {
                features[k] = 0;
            }
        }
        return Dataset.classification(data.name() + "/masked", data.sampleShape(), features, labels, data.classes());
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }
}
