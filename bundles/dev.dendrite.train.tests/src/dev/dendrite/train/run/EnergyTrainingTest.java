package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.NpmDatasets;

/** Energy-based training on MNIST digits: an RBM by contrastive divergence, and a deep belief net pre-trained then fine-tuned. */
class EnergyTrainingTest {

    private static Network template(String id) {
        return TemplateLibrary.find(id).orElseThrow().create();
    }

    @Test
    void rbmReconstructionErrorFallsEveryEpochAndItsPicturesAreSaved(@TempDir Path dir) throws Exception {
        Network network = template("rbm");
        Dataset[] mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        TrainingConfig config = TrainingConfig.from(network).with(null, 5, null, null, null, 3L, null);
        TrainingResult result = new Trainer(network, config, line -> { }).train(new Weights(), mnist[0], mnist[1], dir, false);
        List<EpochMetrics> epochs = result.epochs();
        for (int e = 1; e < epochs.size(); e++) {
            assertTrue(epochs.get(e).trainLoss() < epochs.get(e - 1).trainLoss(), "reconstruction error of epoch " + (e + 1) + ": " + epochs);
        }
        assertTrue(result.testLoss() < 0.04, "test reconstruction error " + result.testLoss());
        Map<?, ?> summary = new Gson().fromJson(Files.readString(dir.resolve(RunFiles.SUMMARY)), Map.class);
        double pseudoLikelihood = ((Number) summary.get("testPseudoLikelihood")).doubleValue();
        assertTrue(pseudoLikelihood < 0 && pseudoLikelihood > -140, "pseudo-log-likelihood " + pseudoLikelihood);
        List<MetricRecord> records = RunReader.read(dir).epochs();
        assertTrue(records.get(records.size() - 1).value("validationPseudoLikelihood") > records.get(0).value("validationPseudoLikelihood"),
                "pseudo-likelihood improves: " + records);
        BufferedImage filters = ImageIO.read(dir.resolve(RbmImages.FILTERS).toFile());
        BufferedImage samples = ImageIO.read(dir.resolve(RbmImages.SAMPLES).toFile());
        assertEquals(10 * 29 + 1, filters.getWidth(), "100 of the 128 filters as 28×28 tiles, 10 per row");
        assertEquals(5 * 29 + 1, samples.getWidth(), "chains after 0, 1, 10, 100 and 1,000 Gibbs steps");
        assertEquals(8 * 29 + 1, samples.getHeight(), "8 chains");
    }

    @Test
    void deepBeliefNetPretrainingBeatsRandomInitialisation(@TempDir Path dir) throws Exception {
        Dataset[] mnist = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        Network network = template("dbn");
        TrainingConfig config = TrainingConfig.from(network).withSeed(1L);
        TrainingResult pretrained = new Trainer(network, config, line -> { }).train(new Weights(), mnist[0], mnist[1], dir.resolve("dbn"), false);
        TrainingResult random = new Trainer(template("dbn"), config, line -> { }).withPretraining(0)
                .train(new Weights(), mnist[0], mnist[1], dir.resolve("random"), false);
        // 95.7% when --seed drew the data order only (the initial weights from the network's seed), 94.8% with seed 1 drawing both.
        assertTrue(pretrained.testAccuracy() >= 0.94, "pre-trained DBN test accuracy " + pretrained.testAccuracy());
        assertTrue(pretrained.testAccuracy() > random.testAccuracy() + 0.01,
                "pre-trained " + pretrained.testAccuracy() + " vs random initialisation " + random.testAccuracy());
        // Both phases in the one run: the pre-training epochs of each RBM, then the fine-tuning epochs.
        List<String> lines = Files.readAllLines(dir.resolve("dbn").resolve(RunFiles.METRICS));
        assertEquals(2 * 25, lines.stream().filter(l -> l.contains("\"type\":\"pretrain\"")).count());
        assertTrue(lines.stream().anyMatch(l -> l.contains("\"layer\":\"stack.rbm2\"")));
        assertEquals(40, RunReader.read(dir.resolve("dbn")).epochs().size(), "pre-training records are neither epochs");
        assertTrue(RunReader.read(dir.resolve("dbn")).steps().stream().allMatch(MetricRecord::isStep), "nor steps");
        assertTrue(Files.exists(dir.resolve("dbn").resolve("pretrain-stack.rbm1").resolve(RbmImages.FILTERS)));
    }
}
