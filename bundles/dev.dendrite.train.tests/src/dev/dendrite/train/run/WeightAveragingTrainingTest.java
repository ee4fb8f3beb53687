package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.SyntheticData;
import dev.dendrite.train.graph.AveragingStep;

/**
 * A run with --ema: the training is the plain run's, validation, the test and the trained model
 * use the averages (the last weights' test loss is reported beside), and --resume continues the
 * averages exactly, or starts them at the checkpoint's weights when --ema is new.
 */
class WeightAveragingTrainingTest {

    private static final Dataset MOONS = SyntheticData.twoMoons(400, 0.2, 3);

    private static Network mlp() {
        return TemplateLibrary.find("mlp-classifier").orElseThrow().create();
    }

    private static TrainingConfig config(double ema) {
        TrainingConfig c = TrainingConfig.from(mlp()).with("test", 6, 20, OptimizerKind.ADAM, 0.03, 4L, null);
        return c.withSchedule("constant", 0, 0, 0, false, 0, 0, 0.25, 0).withEmaDecay(ema).validate();
    }

    private static Map<?, ?> summary(Path run) throws Exception {
        return new Gson().fromJson(Files.readString(run.resolve(RunFiles.SUMMARY)), Map.class);
    }

    @Test
    void theModelIsTheAverageAndTheTrainingIsUnchanged(@TempDir Path dir) throws Exception {
        TrainingResult plain = new Trainer(mlp(), config(0), line -> { }).train(new Weights(), MOONS, MOONS, dir.resolve("plain"), false);
        List<String> said = new ArrayList<>();
        List<Weights> last = new ArrayList<>();
        TrainingResult averaged = new Trainer(mlp(), config(0.95), said::add).withObserver(new TrainingObserver() {
            @Override
            public void stepFinished(StepEvent event) throws TrainingException {
                last.clear();
                last.add(event.weights().copy());
            }
        }).train(new Weights(), MOONS, MOONS, dir.resolve("averaged"), false);
        assertEquals(plain.stepLosses(), averaged.stepLosses(), "averaging changes nothing the training does");
        Map<?, ?> summary = summary(dir.resolve("averaged"));
        assertEquals(plain.testLoss(), ((Number) summary.get("lastWeightsTestLoss")).doubleValue(), 1e-6,
                "the last weights' test loss is the plain run's");
        assertNotEquals(plain.testLoss(), averaged.testLoss(), "the test ran on the averages");
        assertNotEquals(plain.epochs().get(2).validationLoss(), averaged.epochs().get(2).validationLoss(), "validation ran on the averages");
        Weights model = WeightsFile.read(dir.resolve("averaged").resolve(RunFiles.FINAL_WEIGHTS));
        Map<String, dev.dendrite.onnx.graph.FloatTensor> carried = last.get(0).flat();
        int compared = 0;
        for (var entry : model.flat().entrySet()) {
            assertTrue(!entry.getKey().contains(":"), "no state in the model: " + entry.getKey());
            var average = carried.get(AveragingStep.averageOf(entry.getKey()));
            if (average == null) {
                // Input-normalisation statistics come from the data once: nothing to average.
                assertArrayEquals(carried.get(entry.getKey()).values(), entry.getValue().values(), entry.getKey());
                continue;
            }
            assertArrayEquals(average.values(), entry.getValue().values(), entry.getKey());
            assertTrue(!java.util.Arrays.equals(carried.get(entry.getKey()).values(), entry.getValue().values()), entry.getKey()
                    + " is not the last weights");
            compared++;
        }
        assertEquals(6, compared, "every weight and bias of the three dense layers compared");
        assertTrue(said.stream().anyMatch(l -> l.startsWith("the last weights, not averaged: test loss ") && l.endsWith("use the averages (--ema 0.95)")), said.toString());
        Map<?, ?> recorded = new Gson().fromJson(Files.readString(dir.resolve("averaged").resolve(RunFiles.CONFIG)), Map.class);
        assertEquals(0.95, ((Number) recorded.get("ema")).doubleValue());
    }

    @Test
    void earlyStoppingPutsTheBestAveragesBackAndReportsNoOtherWeights(@TempDir Path dir) throws Exception {
        // Random labels: the validation loss worsens as the network memorises, so patience runs out early.
        java.util.SplittableRandom random = new java.util.SplittableRandom(1);
        float[] points = new float[800];
        int[] labels = new int[400];
        for (int i = 0; i < 400; i++) {
            points[2 * i] = (float) random.nextGaussian();
            points[2 * i + 1] = (float) random.nextGaussian();
            labels[i] = random.nextInt(2);
        }
        Dataset noise = Dataset.classification("noise", new long[] {2}, points, labels, 2);
        TrainingConfig c = TrainingConfig.from(mlp()).with("test", 30, 20, OptimizerKind.ADAM, 0.05, 9L, null)
                .withSchedule("constant", 0, 0, 0, false, 0, 2, 0.25, 0).withEmaDecay(0.9).validate();
        TrainingResult result = new Trainer(mlp(), c, line -> { }).train(new Weights(), noise, noise, dir, false);
        assertTrue(result.stopReason().startsWith("early stopping"), result.stopReason());
        Map<?, ?> summary = summary(dir);
        assertTrue(!summary.containsKey("lastWeightsTestLoss"), "the best averages stand for the last weights: " + summary);
        Weights best = WeightsFile.read(dir.resolve(RunFiles.BEST_WEIGHTS));
        Weights model = WeightsFile.read(dir.resolve(RunFiles.FINAL_WEIGHTS));
        for (var entry : best.flat().entrySet()) {
            assertArrayEquals(entry.getValue().values(), model.flat().get(entry.getKey()).values(), "the model is the best averages: "
                    + entry.getKey());
        }
    }

    @Test
    void aResumedRunContinuesTheAverages(@TempDir Path dir) throws Exception {
        Trainer whole = new Trainer(mlp(), config(0.95), line -> { });
        whole.train(new Weights(), MOONS, MOONS, dir.resolve("whole"), false);
        Path run = dir.resolve("stopped");
        TrainingResult cancelled = new Trainer(mlp(), config(0.95), line -> { }).withObserver(new TrainingObserver() {
            @Override
            public void stepFinished(StepEvent event) {
                if (event.step() == 37) {
                    event.control().cancel("test stop");
                }
            }
        }).train(new Weights(), MOONS, MOONS, run, false);
        assertEquals(RunState.CANCELLED, cancelled.state());
        new Trainer(mlp(), config(0.95), line -> { }).train(new Weights(), MOONS, MOONS, run, true);
        Weights uninterrupted = WeightsFile.read(dir.resolve("whole").resolve(RunFiles.FINAL_WEIGHTS));
        Weights resumed = WeightsFile.read(run.resolve(RunFiles.FINAL_WEIGHTS));
        for (var entry : uninterrupted.flat().entrySet()) {
            assertArrayEquals(entry.getValue().values(), resumed.flat().get(entry.getKey()).values(), entry.getKey());
        }
    }

    @Test
    void averagingAddedOnResumeStartsAtTheCheckpointsWeights(@TempDir Path dir) throws Exception {
        Path run = dir.resolve("run");
        List<Weights> atStop = new ArrayList<>();
        new Trainer(mlp(), config(0), line -> { }).withObserver(new TrainingObserver() {
            @Override
            public void stepFinished(StepEvent event) throws TrainingException {
                if (event.step() == 30) {
                    atStop.add(event.weights().copy());
                    event.control().cancel("test stop");
                }
            }
        }).train(new Weights(), MOONS, MOONS, run, false);
        List<String> said = new ArrayList<>();
        List<Weights> firstResumed = new ArrayList<>();
        new Trainer(mlp(), config(0.95), said::add).withObserver(new TrainingObserver() {
            @Override
            public void stepFinished(StepEvent event) throws TrainingException {
                if (firstResumed.isEmpty()) {
                    firstResumed.add(event.weights().copy());
                }
            }
        }).train(new Weights(), MOONS, MOONS, run, true);
        assertTrue(said.contains("note: the weights are averaged from here on (--ema 0.95), starting at the checkpoint's"), said.toString());
        double d = Math.min(0.95, 32.0 / 41.0);
        var before = atStop.get(0).flat();
        var after = firstResumed.get(0).flat();
        for (String p : List.of("hidden1/weight", "logits/bias")) {
            float[] start = before.get(p).values();
            float[] now = after.get(p).values();
            float[] average = after.get(AveragingStep.averageOf(p)).values();
            for (int i = 0; i < start.length; i++) {
                assertEquals(start[i] + (1 - d) * (now[i] - start[i]), average[i], 1e-5, p + "[" + i + "]");
            }
        }
    }
}
