package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Augmentation;
import dev.dendrite.train.data.Dataset;

/**
 * Augmentation in training: it reaches the train steps, never the validation or test pictures, and a
 * resumed run continues it exactly. Mirror-symmetric pictures make a flip invisible, which tells
 * where the flips went: training on them with and without flips is the same run only if no
 * asymmetric validation or test picture was flipped.
 */
class AugmentedTrainingTest {

    private static final int SAMPLES = 256;
    private static final double VALIDATION = 0.25;
    private static final long SEED = 5;

    private static Network lenet() {
        return TemplateLibrary.find("lenet-5").orElseThrow().create();
    }

    private static TrainingConfig config(String augment, int epochs) {
        TrainingConfig c = TrainingConfig.from(lenet()).with("test", epochs, 64, OptimizerKind.ADAM, 1e-3, SEED, null);
        return c.withSchedule(c.schedule(), c.warmupSteps(), c.clipNorm(), c.momentum(), c.nesterov(), c.weightDecay(), c.patience(),
                VALIDATION, c.threads()).withAugmentation(Augmentation.parse(augment));
    }

    /** 28×28 pictures with random labels; those that training draws from are mirror-symmetric when asked, the validation part never. */
    private static Dataset pictures(int count, boolean symmetricTraining, long seed) {
        int[] order = Dataset.permutation(count, SEED);
        int cut = count - (int) Math.round(count * VALIDATION);
        boolean[] symmetric = new boolean[count];
        for (int k = 0; k < cut; k++) {
            symmetric[order[k]] = symmetricTraining;
        }
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[count * 28 * 28];
        int[] labels = new int[count];
        for (int i = 0; i < count; i++) {
            labels[i] = random.nextInt(10);
            for (int y = 0; y < 28; y++) {
                for (int x = 0; x < 28; x++) {
                    values[i * 784 + y * 28 + x] = symmetric[i] && x >= 14 ? values[i * 784 + y * 28 + 27 - x] : (float) random.nextDouble();
                }
            }
        }
        return Dataset.classification("pictures", new long[] {1, 28, 28}, values, labels, 10);
    }

    private static final Dataset TEST = pictures(64, false, 99);

    private static TrainingResult train(String augment, Dataset data, Path run) throws Exception {
        return new Trainer(lenet(), config(augment, 2), line -> { }).train(new Weights(), data, TEST, run, false);
    }

    private static List<Double> validationLosses(TrainingResult result) {
        return result.epochs().stream().map(EpochMetrics::validationLoss).toList();
    }

    @Test
    void flipsChangeTheTrainingPicturesAndNeverTheValidationOrTestOnes(@TempDir Path dir) throws Exception {
        Dataset symmetric = pictures(SAMPLES, true, 1);
        TrainingResult plain = train("none", symmetric, dir.resolve("plain"));
        TrainingResult flipped = train("flip", symmetric, dir.resolve("flipped"));
        assertEquals(plain.stepLosses(), flipped.stepLosses(), "flipping mirror-symmetric training pictures changes no step");
        assertEquals(validationLosses(plain), validationLosses(flipped), "the asymmetric validation pictures are not flipped");
        assertEquals(plain.testLoss(), flipped.testLoss(), "nor the asymmetric test pictures");

        Dataset asymmetric = pictures(SAMPLES, false, 1);
        assertNotEquals(train("none", asymmetric, dir.resolve("plain-asymmetric")).stepLosses(),
                train("flip", asymmetric, dir.resolve("flipped-asymmetric")).stepLosses(), "flips reach the train steps");
        assertTrue(Files.readString(dir.resolve("flipped").resolve(RunFiles.CONFIG)).contains("\"augment\": \"flip\""),
                "config.json records the augmentation");
    }

    @Test
    void everyEpochDrawsNewPictures(@TempDir Path dir) throws Exception {
        // One step per epoch over every sample with a vanishing rate: each epoch's loss is the mean over the pictures it saw.
        Dataset data = pictures(SAMPLES, false, 3);
        double[] spread = new double[2];
        for (String augment : List.of("none", "flip")) {
            TrainingConfig c = config(augment, 3).with(null, null, SAMPLES, OptimizerKind.SGD, 1e-12, null, null);
            c = c.withSchedule(c.schedule(), 0, 0, 0, false, 0, 0, 0, c.threads());
            List<Double> losses = new Trainer(lenet(), c, line -> { }).train(new Weights(), data, TEST, dir.resolve(augment), false).stepLosses();
            double low = losses.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double high = losses.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            spread[augment.equals("none") ? 0 : 1] = high - low;
        }
        assertTrue(spread[0] < 1e-4, "without augmentation every epoch sees the same pictures: " + spread[0]);
        assertTrue(spread[1] > 1e-3, "with flips each epoch mirrors other pictures: " + spread[1]);
    }

    @Test
    void aResumedAugmentedRunContinuesExactly(@TempDir Path dir) throws Exception {
        Dataset data = pictures(SAMPLES, false, 2);
        String augment = "shift:2,flip,cutout:6";
        List<Double> uninterrupted = new Trainer(lenet(), config(augment, 2), line -> { }).train(new Weights(), data, TEST,
                dir.resolve("whole"), false).stepLosses();
        Path run = dir.resolve("cancelled");
        TrainingResult cancelled = new Trainer(lenet(), config(augment, 2), line -> { }).withObserver(new TrainingObserver() {
            @Override
            public void stepFinished(StepEvent event) {
                if (event.step() == 4) {
                    event.control().cancel("test stop");
                }
            }
        }).train(new Weights(), data, TEST, run, false);
        assertEquals(RunState.CANCELLED, cancelled.state());
        List<String> said = new ArrayList<>();
        TrainingResult resumed = new Trainer(lenet(), config(augment, 2), said::add).train(new Weights(), data, TEST, run, true);
        List<Double> joined = new ArrayList<>(cancelled.stepLosses());
        joined.addAll(resumed.stepLosses());
        assertEquals(uninterrupted, joined, "cancel and resume part-way through an epoch draws the same pictures");
        assertTrue(said.stream().noneMatch(line -> line.contains("--augment")), "no note where the augmentation stayed: " + said);

        List<String> changed = new ArrayList<>();
        Path other = dir.resolve("changed");
        new Trainer(lenet(), config(augment, 1), line -> { }).train(new Weights(), data, TEST, other, false);
        new Trainer(lenet(), config("shift:1", 2), changed::add).train(new Weights(), data, TEST, other, true);
        assertTrue(changed.contains("note: this run trained with --augment " + augment + " before; it continues with shift:1"), changed.toString());
    }

    @Test
    void dataWithoutPicturesIsBadInputNamingTheInputs(@TempDir Path dir) {
        Network mlp = TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        TrainingConfig config = TrainingConfig.from(mlp).withAugmentation(Augmentation.parse("shift:2"));
        Dataset moons = dev.dendrite.train.data.SyntheticData.twoMoons(200, 0.1, 1);
        TrainingException e = assertThrows(TrainingException.class,
                () -> new Trainer(mlp, config, line -> { }).train(new Weights(), moons, moons, dir.resolve("run"), false));
        assertTrue(e.isBadInput());
        assertTrue(e.getMessage().startsWith("--augment shift:2 changes pictures, and "), e.getMessage());
        assertTrue(e.getMessage().contains("features 2"), e.getMessage());
        assertTrue(!Files.exists(dir.resolve("run")), "no run directory for a run that cannot start");
    }
}
