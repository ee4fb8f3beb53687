package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.SyntheticData;

class TrainerTest {

    private static Network template(String id) {
        return TemplateLibrary.find(id).orElseThrow().create();
    }

    private static TrainingResult train(Network network, TrainingConfig config, Dataset train, Dataset test, Path dir, boolean resume)
            throws Exception {
        List<String> lines = new ArrayList<>();
        return new Trainer(network, config, lines::add).train(new Weights(), train, test, dir, resume);
    }

    @Test
    void twoMoonsReachNinetyNinePercent(@TempDir Path dir) throws Exception {
        Network network = template("mlp-classifier");
        TrainingConfig config = TrainingConfig.from(network).with("synthetic:two-moons", 60, 64, OptimizerKind.ADAM, 0.01, 7L, null);
        TrainingResult result = train(network, config, SyntheticData.twoMoons(2000, 0.1, 1), SyntheticData.twoMoons(1000, 0.1, 2), dir, false);
        assertTrue(result.testAccuracy() >= 0.99, "test accuracy " + result.testAccuracy());
        for (String file : List.of("config.json", "metrics.jsonl", "log.txt", "model.onnx", "final.weights.onnx", "summary.json",
                "checkpoint/weights.onnx", "checkpoint/state.json")) {
            assertTrue(Files.exists(dir.resolve(file)), file + " is in the run directory");
        }
        String metrics = Files.readString(dir.resolve("metrics.jsonl"));
        assertTrue(metrics.contains("{\"type\":\"epoch\",\"epoch\":60,"), "one record per epoch");
        assertTrue(metrics.contains("{\"type\":\"step\",\"epoch\":1,\"step\":20,"), "step records");
    }

    @Test
    void sineRegressionReachesASmallError(@TempDir Path dir) throws Exception {
        Network network = template("mlp-regressor");
        TrainingConfig config = TrainingConfig.from(network).with("synthetic:sine", 150, 64, OptimizerKind.ADAM, 0.01, 3L, null);
        TrainingResult result = train(network, config, SyntheticData.function("sine", 2000, -Math.PI, Math.PI, 1),
                SyntheticData.function("sine", 500, -Math.PI, Math.PI, 2), dir, false);
        assertTrue(result.testLoss() < 0.005, "test MSE " + result.testLoss());
    }

    @Test
    void twoRunsWithTheSameSeedGiveBitIdenticalLosses(@TempDir Path dir) throws Exception {
        Network network = template("dropout-mlp");
        Dataset data = moonsAsImages(400);
        TrainingConfig config = TrainingConfig.from(network).with("test", 2, 32, OptimizerKind.ADAM, 1e-3, 11L, null);
        List<Double> first = train(network, config, data, data, dir.resolve("a"), false).stepLosses();
        List<Double> second = train(template("dropout-mlp"), config, data, data, dir.resolve("b"), false).stepLosses();
        assertEquals(first, second);
        List<Double> otherSeed = train(template("dropout-mlp"), config.withSeed(12L), data, data,
                dir.resolve("c"), false).stepLosses();
        assertTrue(!first.equals(otherSeed), "another seed gives another run");
    }

    @Test
    void aResumedRunContinuesExactlyWhereTheUninterruptedOneIs(@TempDir Path dir) throws Exception {
        Dataset data = moonsAsImages(300);
        TrainingConfig four = TrainingConfig.from(template("batchnorm-mlp")).with("test", 4, 50, OptimizerKind.ADAM, 1e-3, 5L, null);
        List<Double> uninterrupted = train(template("batchnorm-mlp"), four, data, data, dir.resolve("whole"), false).stepLosses();
        TrainingConfig two = four.with(null, 2, null, null, null, null, null);
        List<Double> firstHalf = train(template("batchnorm-mlp"), two, data, data, dir.resolve("resumed"), false).stepLosses();
        List<Double> secondHalf = train(template("batchnorm-mlp"), four, data, data, dir.resolve("resumed"), true).stepLosses();
        List<Double> joined = new ArrayList<>(firstHalf);
        joined.addAll(secondHalf);
        assertEquals(uninterrupted, joined);
    }

    @Test
    void badDataIsRefusedBeforeTraining(@TempDir Path dir) {
        Network network = template("lenet-300-100");
        TrainingConfig config = TrainingConfig.from(network).with("test", 1, 32, null, null, null, null);
        TrainingException shape = assertThrows(TrainingException.class, () -> train(network, config,
                SyntheticData.twoMoons(100, 0.1, 1), SyntheticData.twoMoons(100, 0.1, 1), dir, false));
        assertEquals("the data set two-moons has samples of 2 (2 values), but input 'image' expects N×784 (784 values per sample)",
                shape.getMessage());
        Dataset tooManyClasses = Dataset.classification("labels", new long[] {784}, new float[784 * 2], new int[] {3, 12}, 13);
        TrainingException labels = assertThrows(TrainingException.class, () -> train(template("lenet-300-100"), config, tooManyClasses,
                tooManyClasses, dir, false));
        assertEquals("the data set labels has label 12 (sample 1), but the network's output has 10 classes (labels 0 to 9)", labels.getMessage());
        Dataset empty = Dataset.classification("nothing", new long[] {784}, new float[0], new int[0], 10);
        assertEquals("the data set nothing is empty", assertThrows(TrainingException.class,
                () -> train(template("lenet-300-100"), config, empty, empty, dir, false)).getMessage());
        IllegalArgumentException rate = assertThrows(IllegalArgumentException.class,
                () -> config.with(null, null, null, null, -0.1, null, null).validate());
        assertEquals("learning rate must be a finite number > 0, is -0.1", rate.getMessage());
    }

    @Test
    void aDivergingRunStopsNamingTheLayer(@TempDir Path dir) {
        Network network = template("mlp-regressor");
        TrainingConfig config = TrainingConfig.from(network).with("synthetic:sine", 50, 64, OptimizerKind.SGD, 1e6, 1L, null);
        TrainingException error = assertThrows(TrainingException.class, () -> train(network, config,
                SyntheticData.function("sine", 500, -3, 3, 1), SyntheticData.function("sine", 100, -3, 3, 2), dir, false));
        assertTrue(error.getMessage().startsWith("training stopped at epoch "), error.getMessage());
        assertTrue(error.getMessage().contains("became"), error.getMessage());
    }

    /** Two moons in the first two of 784 features, as the 784-input templates expect. */
    static Dataset moonsAsImages(int n) {
        Dataset moons = SyntheticData.twoMoons(n, 0.1, 3);
        float[] features = new float[n * 784];
        float[] point = new float[2];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            moons.features(i, point, 0);
            features[i * 784] = point[0];
            features[i * 784 + 1] = point[1];
            labels[i] = moons.label(i);
        }
        return Dataset.classification("moons784", new long[] {784}, features, labels, 10);
    }
}
