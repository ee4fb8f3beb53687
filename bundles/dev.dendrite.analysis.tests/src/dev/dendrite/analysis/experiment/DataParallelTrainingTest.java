package dev.dendrite.analysis.experiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.onnx.weights.WeightsFile;
import dev.dendrite.train.data.NpmDatasets;
import dev.dendrite.train.run.Cancellation;
import dev.dendrite.train.run.RunReader;

/** Workers of one model train on their shards and average: they end identical, learn what one process learns, and stop and resume together. */
class DataParallelTrainingTest {

    private static DataParallelTraining.Plan plan(Path dir, String run, int workers, boolean resume) throws Exception {
        Path network = dir.resolve("moons.dnet");
        DnetIO.save(TemplateLibrary.find("mlp-classifier").orElseThrow().create(), network);
        RunSpec spec = new RunSpec(run, Map.of("epochs", 4.0, "batch", 16.0, "optimizer", "adam", "lr", 0.01), 3);
        return new DataParallelTraining.Plan(network.toString(), spec, dir.resolve(run).toString(), NpmDatasets.defaultCache().toString(),
                workers, 5, resume);
    }

    private static Weights finalWeights(Path run) throws Exception {
        return WeightsFile.read(run.resolve(dev.dendrite.train.run.RunFiles.FINAL_WEIGHTS));
    }

    @Test
    void workersEndIdenticalAndLearnWhatOneProcessLearns(@TempDir Path dir) throws Exception {
        var two = DataParallelTraining.run(new InProcessEngine(new Cancellation()), plan(dir, "two", 2, false));
        var one = DataParallelTraining.run(new InProcessEngine(new Cancellation()), plan(dir, "one", 1, false));
        assertEquals("finished", two.state());
        Path run = dir.resolve("two");
        Weights leader = finalWeights(run);
        Weights other = finalWeights(run.resolve(DataParallelTraining.WORKERS).resolve("worker-1"));
        // Each worker saw other samples, yet after the last averaging both hold the same parameters.
        for (var entry : leader.flat().entrySet()) {
            assertArrayEquals(entry.getValue().values(), other.flat().get(entry.getKey()).values(), 0f, entry.getKey());
        }
        assertNotEquals(finalWeights(dir.resolve("one")).flat().values().iterator().next(), leader.flat().values().iterator().next());
        assertTrue(two.testAccuracy() > 0.85, "two workers reach " + two.testAccuracy());
        assertEquals(one.testAccuracy(), two.testAccuracy(), 0.05, "one process " + one.testAccuracy() + ", two workers " + two.testAccuracy());
        var config = RunReader.readWithoutMetrics(run).config();
        assertEquals(2.0, ((Number) config.get("dataParallel")).doubleValue());
        assertEquals(5.0, ((Number) config.get("syncEvery")).doubleValue());
        assertTrue(two.samplesPerSecond() > 0);
        // The other worker's directory belongs to the run: run lists leave it out.
        assertTrue(RunReader.isWorkerDirectory(run.resolve(DataParallelTraining.WORKERS).resolve("worker-1")));
        assertFalse(RunReader.isWorkerDirectory(run));
    }

    @Test
    void aStopTakesEffectOnEveryWorkerAtTheSameStepAndResumingGivesTheUninterruptedRun(@TempDir Path dir) throws Exception {
        var uninterrupted = DataParallelTraining.run(new InProcessEngine(new Cancellation()), plan(dir, "whole", 2, false));
        Cancellation stop = new Cancellation();
        stop.cancel("a test's stop");
        var stopped = DataParallelTraining.run(new InProcessEngine(stop), plan(dir, "stopped", 2, false));
        assertEquals("cancelled", stopped.state());
        // Both stopped at the first averaging, step 5, with the same parameters.
        Path run = dir.resolve("stopped");
        assertEquals(5L, RunReader.readWithoutMetrics(run).status().step());
        assertEquals(5L, RunReader.readWithoutMetrics(run.resolve(DataParallelTraining.WORKERS).resolve("worker-1")).status().step());
        var resumed = DataParallelTraining.run(new InProcessEngine(new Cancellation()), plan(dir, "stopped", 2, true));
        assertEquals("finished", resumed.state());
        assertEquals(uninterrupted.testLoss(), resumed.testLoss(), 0.0);
    }

    /** The acceptance: two workers on the MNIST digits end within one point of one process's test accuracy. */
    @Test
    void lenet300100OnTheDigitsWithTwoWorkersEndsWithinAPointOfOneProcess(@TempDir Path dir) throws Exception {
        Path network = dir.resolve("lenet.dnet");
        DnetIO.save(TemplateLibrary.find("lenet-300-100").orElseThrow().create(), network);
        RunSpec spec = new RunSpec("lenet", Map.of("data", "mnist", "epochs", 10.0), 1);
        String cache = NpmDatasets.defaultCache().toString();
        var one = DataParallelTraining.run(new InProcessEngine(new Cancellation()), new DataParallelTraining.Plan(network.toString(), spec,
                dir.resolve("one").toString(), cache, 1, 25, false));
        var two = DataParallelTraining.run(new InProcessEngine(new Cancellation()), new DataParallelTraining.Plan(network.toString(), spec,
                dir.resolve("two").toString(), cache, 2, 25, false));
        System.out.printf("LeNet-300-100, MNIST digits, 10 epochs: one process %.2f%%, two workers averaging every 25 steps %.2f%% "
                + "(%.0f and %.0f samples/s)%n", 100 * one.testAccuracy(), 100 * two.testAccuracy(), one.samplesPerSecond(), two.samplesPerSecond());
        assertTrue(one.testAccuracy() > 0.93, "one process learns the digits: " + one.testAccuracy());
        assertEquals(one.testAccuracy(), two.testAccuracy(), 0.01);
    }

    /**
     * A GAN's workers average both networks (the discriminator block's parameters, the generator's BatchNorm statistics) and
     * both optimizers' state: they end identical, the run reports the generator's loss and draws its samples.
     */
    @Test
    void aGansWorkersAverageBothNetworksAndEndIdentical(@TempDir Path dir) throws Exception {
        Path network = dir.resolve("gan.dnet");
        DnetIO.save(TemplateLibrary.find("gan").orElseThrow().create(), network);
        RunSpec spec = new RunSpec("gan", Map.of("data", "mnist", "epochs", 1.0), 2);
        var two = DataParallelTraining.run(new InProcessEngine(new Cancellation()), new DataParallelTraining.Plan(network.toString(), spec,
                dir.resolve("two").toString(), NpmDatasets.defaultCache().toString(), 2, 10, false));
        assertEquals("finished", two.state());
        Path run = dir.resolve("two");
        Weights leader = finalWeights(run);
        Weights other = finalWeights(run.resolve(DataParallelTraining.WORKERS).resolve("worker-1"));
        assertTrue(leader.flat().keySet().stream().anyMatch(name -> name.contains("discriminator")), leader.flat().keySet().toString());
        assertTrue(leader.flat().keySet().stream().anyMatch(name -> name.contains("norm1") && name.contains("mean")), leader.flat().keySet()
                .toString());
        assertEquals(leader.flat().keySet(), other.flat().keySet());
        for (var entry : leader.flat().entrySet()) {
            assertArrayEquals(entry.getValue().values(), other.flat().get(entry.getKey()).values(), 0f, entry.getKey());
        }
        var summary = RunReader.readWithoutMetrics(run).summary();
        double generatorLoss = ((Number) summary.get("testGeneratorLoss")).doubleValue();
        double discriminatorAccuracy = ((Number) summary.get("testDiscriminatorAccuracy")).doubleValue();
        assertTrue(Double.isFinite(generatorLoss) && generatorLoss > 0, "generator loss " + generatorLoss);
        assertTrue(discriminatorAccuracy > 0.5 && discriminatorAccuracy <= 1, "discriminator accuracy " + discriminatorAccuracy);
        assertTrue(java.nio.file.Files.size(run.resolve("samples.png")) > 0, "the generator's samples drawn");
    }

    @Test
    void aPlanThatCannotRunIsRefusedBeforeAnyWorkerStarts(@TempDir Path dir) throws Exception {
        var good = plan(dir, "bad", 2, false);
        var none = new DataParallelTraining.Plan(good.network(), good.spec(), good.runDirectory(), good.dataCache(), 0, 5, false);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> DataParallelTraining.run(new InProcessEngine(new Cancellation()), none))
                .getMessage().contains("1 or more workers"));
        var missing = new DataParallelTraining.Plan(dir.resolve("nothing.dnet").toString(), good.spec(), good.runDirectory(), good.dataCache(), 2,
                5, false);
        assertThrows(IllegalArgumentException.class, () -> DataParallelTraining.run(new InProcessEngine(new Cancellation()), missing));
    }
}
