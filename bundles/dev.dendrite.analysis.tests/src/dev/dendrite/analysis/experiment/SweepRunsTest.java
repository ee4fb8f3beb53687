package dev.dendrite.analysis.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.train.data.NpmDatasets;
import dev.dendrite.train.run.Cancellation;

/** A sweep read back from its folder: every run's settings, curve, state (halted ones told apart) and the best. */
class SweepRunsTest {

    @Test
    void aHalvedSweepReadsBackWithItsCurvesAndItsHaltedRuns(@TempDir Path dir) throws Exception {
        Sweep sweep = Sweep.read(SweepTest.sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 3, "optimizer": "sgd", "grid": {"lr": [0.003, 0.03, 0.3], "batch": [16, 64]},
                 "halving": {"eta": 3}}"""));
        Path folder = dir.resolve("runs");
        SweepExecution.Result result = SweepExecution.run(new SequentialExecutor(NpmDatasets.defaultCache(), l -> { }, new Cancellation()),
                sweep, folder, l -> { });
        SweepRuns read = SweepRuns.read(folder);
        assertEquals("lr-sweep", read.name());
        assertEquals(List.of("lr", "batch"), read.settings(), "seed is one value here: no setting to draw");
        assertEquals(6, read.runs().size());
        assertEquals(Map.of("finished", 2L, "halted", 4L), read.states());
        assertEquals("validation loss", read.figure());
        for (SweepRuns.Run run : read.runs()) {
            assertEquals(run.finished() ? 3 : 1, run.curve().length, run.name());
            RunOutcome outcome = result.outcomes().stream().filter(o -> o.spec().name().equals(run.name())).findFirst().orElseThrow();
            assertEquals(outcome.state(), run.state(), "the state the sweep reported: " + run.name());
            assertEquals(outcome.testLoss(), run.testLoss(), 0.0);
            assertTrue(run.settings().get("lr") instanceof Double && run.settings().get("batch") instanceof Double, run.settings().toString());
        }
        SweepRuns.Run best = read.best();
        assertTrue(read.runs().stream().allMatch(r -> r.best() >= best.best()), "the lowest validation loss of any epoch");
        assertTrue(SweepRuns.isSweepFolder(folder));
        assertTrue(!SweepRuns.isSweepFolder(read.runs().get(0).directory()), "a run is no sweep");
    }

    @Test
    void settingsWithCommasReadBackWhole(@TempDir Path dir) throws Exception {
        Sweep sweep = Sweep.read(SweepTest.sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 1, "grid": {"classWeights": ["1,2", "balanced"]}, "seeds": [1, 2]}"""));
        Path folder = dir.resolve("runs");
        SweepExecution.run(new SequentialExecutor(NpmDatasets.defaultCache(), l -> { }, new Cancellation()), sweep, folder, l -> { });
        SweepRuns read = SweepRuns.read(folder);
        assertEquals(List.of("classWeights", "seed"), read.settings(), "recorded settings, not the names' comma-separated parts");
        assertEquals(java.util.Set.of("1,2", "balanced"), read.runs().stream().map(r -> r.settings().get("classWeights")).collect(
                java.util.stream.Collectors.toSet()));
        assertEquals(java.util.Set.of(1.0, 2.0), read.runs().stream().map(r -> r.settings().get("seed")).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void aRunsNameGivesItsSettingsAsTheFileSpeltThem() {
        assertEquals(Map.of("lr", 1.5e-4, "batch", 32.0, "optimizer", "adam", "seed", 2.0), SweepRuns.settings(
                "trial=3,lr=1.5E-4,batch=32,optimizer=adam,seed=2"), "the trial number is no setting");
        assertEquals(Map.of("augment", "flip"), SweepRuns.settings("augment=flip"));
    }
}
