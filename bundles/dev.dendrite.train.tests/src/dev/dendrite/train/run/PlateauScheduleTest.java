package dev.dendrite.train.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.network.Network;
import dev.dendrite.model.network.OptimizerKind;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.Dataset;

/**
 * The plateau schedule: the rate drops by its factor after every P epochs without a better
 * validation loss, as the run's own validation losses dictate, and a resumed run keeps its drops.
 */
class PlateauScheduleTest {

    /** Points with random labels: the validation loss rises as the network memorises, so plateaus come early. */
    private static final Dataset NOISE = noise(400, 1);

    private static Dataset noise(int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] points = new float[2 * n];
        int[] labels = new int[n];
        for (int i = 0; i < n; i++) {
            points[2 * i] = (float) random.nextGaussian();
            points[2 * i + 1] = (float) random.nextGaussian();
            labels[i] = random.nextInt(2);
        }
        return Dataset.classification("noise", new long[] {2}, points, labels, 2);
    }

    private static Network mlp() {
        return TemplateLibrary.find("mlp-classifier").orElseThrow().create();
    }

    private static TrainingConfig config(String schedule, int epochs) {
        TrainingConfig c = TrainingConfig.from(mlp()).with("test", epochs, 20, OptimizerKind.ADAM, 0.05, 9L, null);
        return c.withSchedule(schedule, 0, 0, 0, false, 0, 0, 0.25, 0).validate();
    }

    /** Each epoch's learning rate, as its steps saw it. */
    private static Map<Integer, Double> rates(List<TrainingObserver.StepEvent> steps) {
        Map<Integer, Double> rates = new TreeMap<>();
        for (TrainingObserver.StepEvent step : steps) {
            Double before = rates.putIfAbsent(step.epoch(), step.learningRate());
            assertTrue(before == null || before == step.learningRate(), "one rate for every step of epoch " + step.epoch());
        }
        return rates;
    }

    @Test
    void specsAreReadAndNonsenseRefused() {
        TrainingConfig plain = config("plateau", 1);
        assertTrue(plain.reducesOnPlateau());
        assertEquals(2, plain.plateauPatience());
        assertEquals(0.1, plain.plateauFactor());
        assertEquals(3, config("plateau:3:0.5", 1).plateauPatience());
        assertEquals(0.5, config("plateau:3:0.5", 1).plateauFactor());
        assertEquals(1.0, config("cosine", 1).plateauFactor(), "other schedules never reduce");
        for (String bad : List.of("plateau:0", "plateau:2:1.5", "plateau:x", "plateau:2:y")) {
            assertTrue(assertThrows(IllegalArgumentException.class, () -> config(bad, 1)).getMessage().startsWith("plateau:EPOCHS:FACTOR"), bad);
        }
        assertTrue(assertThrows(IllegalArgumentException.class, () -> config("sometimes", 1)).getMessage().contains("plateau[:EPOCHS[:FACTOR]]"));
    }

    @Test
    void theRateDropsAfterEveryEpochWithoutABetterValidationLoss(@TempDir Path dir) throws Exception {
        List<TrainingObserver.StepEvent> steps = new ArrayList<>();
        List<String> said = new ArrayList<>();
        TrainingResult result = new Trainer(mlp(), config("plateau:1:0.5", 10), said::add).withObserver(new TrainingObserver() {
            @Override
            public void stepFinished(StepEvent event) {
                steps.add(event);
            }
        }).train(new Weights(), NOISE, NOISE, dir.resolve("run"), false);
        Map<Integer, Double> rates = rates(steps);
        double best = Double.POSITIVE_INFINITY;
        int drops = 0;
        int kept = 0;
        for (int epoch = 1; epoch < 10; epoch++) {
            double loss = result.epochs().get(epoch - 1).validationLoss();
            boolean better = loss < best;
            best = Math.min(best, loss);
            double expected = rates.get(epoch) * (better ? 1 : 0.5);
            assertEquals(expected, rates.get(epoch + 1), 1e-12 * expected, "epoch " + (epoch + 1) + " after a " + (better ? "better" : "worse")
                    + " validation loss " + loss);
            drops += better ? 0 : 1;
            kept += better ? 1 : 0;
        }
        assertTrue(drops >= 2 && kept >= 1, "the run both improved and stalled: " + drops + " drops, " + kept + " kept");
        assertEquals(0.05, rates.get(1), 1e-12);
        assertTrue(said.stream().anyMatch(line -> line.startsWith("no better validation loss for 1 epoch: learning rate ×0.5, now ")), said.toString());
    }

    @Test
    void aResumedRunKeepsItsReductions(@TempDir Path dir) throws Exception {
        List<TrainingObserver.StepEvent> whole = new ArrayList<>();
        List<Double> uninterrupted = new Trainer(mlp(), config("plateau:1:0.5", 8), line -> { }).withObserver(new TrainingObserver() {
            @Override
            public void stepFinished(StepEvent event) {
                whole.add(event);
            }
        }).train(new Weights(), NOISE, NOISE, dir.resolve("whole"), false).stepLosses();
        Map<Integer, Double> rates = rates(whole);
        int reducedEpoch = rates.keySet().stream().filter(e -> rates.get(e) < 0.05).findFirst().orElseThrow();
        long stopAt = whole.stream().filter(s -> s.epoch() == reducedEpoch).mapToLong(TrainingObserver.StepEvent::step).min().orElseThrow() + 2;
        Path run = dir.resolve("cancelled");
        TrainingResult cancelled = new Trainer(mlp(), config("plateau:1:0.5", 8), line -> { }).withObserver(new TrainingObserver() {
            @Override
            public void stepFinished(StepEvent event) {
                if (event.step() == stopAt) {
                    event.control().cancel("test stop");
                }
            }
        }).train(new Weights(), NOISE, NOISE, run, false);
        assertEquals(RunState.CANCELLED, cancelled.state());
        List<TrainingObserver.StepEvent> after = new ArrayList<>();
        TrainingResult resumed = new Trainer(mlp(), config("plateau:1:0.5", 8), line -> { }).withObserver(new TrainingObserver() {
            @Override
            public void stepFinished(StepEvent event) {
                after.add(event);
            }
        }).train(new Weights(), NOISE, NOISE, run, true);
        assertEquals(rates.get(reducedEpoch), after.get(0).learningRate(), 1e-15, "the resumed steps run at the reduced rate");
        List<Double> joined = new ArrayList<>(cancelled.stepLosses());
        joined.addAll(resumed.stepLosses());
        assertEquals(uninterrupted, joined, "cancel and resume after a reduction changes nothing");
    }
}
