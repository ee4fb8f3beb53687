package dev.dendrite.analysis.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.network.Network;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.DataSources;
import dev.dendrite.train.data.NpmDatasets;
import dev.dendrite.train.run.Cancellation;
import dev.dendrite.train.run.MetricRecord;
import dev.dendrite.train.run.RunReader;
import dev.dendrite.train.run.RunRecord;
import dev.dendrite.train.run.RunState;
import dev.dendrite.train.run.Trainer;
import dev.dendrite.train.run.TrainingResult;

/** Successive halving: rungs counted back from the sweep's epochs, the best by validation loss go on, paused runs continue exactly. */
class SuccessiveHalvingTest {

    @Test
    void rungsRiseByEtaAndEndAtTheSweepsEpochs() {
        assertEquals(List.of(1, 3, 9), new Halving(3, 1, 9, Halving.Metric.LOSS).rungs());
        assertEquals(List.of(1, 3, 10), new Halving(3, 1, 10, Halving.Metric.LOSS).rungs(), "no sliver of a rung from 9 to 10");
        assertEquals(List.of(2, 6, 20), new Halving(3, 1, 20, Halving.Metric.LOSS).rungs());
        assertEquals(List.of(2, 5), new Halving(3, 2, 5, Halving.Metric.LOSS).rungs(), "under eta times: two rungs still");
        assertEquals(List.of(1, 2, 4, 8), new Halving(2, 1, 8, Halving.Metric.LOSS).rungs());
        assertEquals(List.of(1, 3), new Halving(2, 1, 3, Halving.Metric.LOSS).rungs());
        Halving h = new Halving(3, 1, 9, Halving.Metric.LOSS);
        assertEquals(9, h.promoted(27));
        assertEquals(1, h.promoted(2), "at least one goes on");
        assertEquals(27 * 1 + 9 * 2 + 3 * 6, h.plannedEpochs(27));
        assertThrows(IllegalArgumentException.class, () -> new Halving(1, 1, 9, Halving.Metric.LOSS));
        assertThrows(IllegalArgumentException.class, () -> new Halving(3, 9, 9, Halving.Metric.LOSS));
    }

    @Test
    void aSweepFileAsksForItWithTheEpochsEveryRunShares(@TempDir Path dir) throws Exception {
        Sweep sweep = Sweep.read(SweepTest.sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 9, "grid": {"lr": [0.01, 0.1]}, "halving": {"eta": 3, "metric": "accuracy"}}"""));
        assertEquals(new Halving(3, 1, 9, Halving.Metric.ACCURACY), sweep.halving());
        assertEquals(null, Sweep.read(SweepTest.sweepFile(dir, "{\"network\": \"moons.dnet\", \"epochs\": 2}")).halving());
        String[][] refused = {
            {"{\"network\": \"moons.dnet\", \"halving\": {}}", "successive halving needs the sweep's \"epochs\""},
            {"{\"network\": \"moons.dnet\", \"epochs\": 4, \"grid\": {\"epochs\": [2, 4]}, \"halving\": {}}", "do not vary it"},
            {"{\"network\": \"moons.dnet\", \"epochs\": 4, \"halving\": {\"eta\": 1}}", "\"eta\" must be 2 or more"},
            {"{\"network\": \"moons.dnet\", \"epochs\": 4, \"halving\": {\"minEpochs\": 4}}", "nothing to halve"},
            {"{\"network\": \"moons.dnet\", \"epochs\": 4, \"halving\": {\"rungs\": 3}}", "takes eta, minEpochs, metric and hyperband, not \"rungs\""},
            {"{\"network\": \"moons.dnet\", \"epochs\": 4, \"halving\": {\"metric\": \"f1\"}}", "unknown metric 'f1'"}};
        for (String[] bad : refused) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sweep.read(SweepTest.sweepFile(dir, bad[0])), bad[0]);
            assertTrue(e.getMessage().startsWith("lr-sweep.json: ") && e.getMessage().contains(bad[1]), e.getMessage());
        }
    }

    /**
     * Six rates of the moons MLP to 3 epochs with eta 3: all six train one epoch, the two of lowest validation loss at epoch 1
     * go on to 3 (read back from the run directories here, not from the report), the other four stay at epoch 1, resumable; a
     * survivor ends exactly as the same run trained in one go; executing again trains nothing and decides the same.
     */
    @Test
    void theBestByValidationLossGoOnAndEndAsIfTrainedWhole(@TempDir Path dir) throws Exception {
        Sweep sweep = Sweep.read(SweepTest.sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 3, "optimizer": "sgd", "grid": {"lr": [0.001, 0.01, 0.03, 0.1, 0.3, 1.0]},
                 "halving": {"eta": 3}}"""));
        List<String> said = new ArrayList<>();
        SequentialExecutor executor = new SequentialExecutor(NpmDatasets.defaultCache(), said::add, new Cancellation());
        SweepExecution.Result result = SweepExecution.run(executor, sweep, dir.resolve("runs"), said::add);
        List<RunOutcome> outcomes = result.outcomes();
        assertEquals(6, outcomes.size());
        List<RunOutcome> finished = outcomes.stream().filter(o -> o.state().equals("finished")).toList();
        List<RunOutcome> halted = outcomes.stream().filter(o -> o.state().equals(SuccessiveHalving.HALTED)).toList();
        assertEquals(2, finished.size(), outcomes.toString());
        assertEquals(4, halted.size(), outcomes.toString());
        double worstPromoted = Double.NEGATIVE_INFINITY;
        for (RunOutcome o : finished) {
            RunRecord record = RunReader.read(o.runDirectory());
            assertEquals(3, SequentialExecutor.completedEpochs(record), o.spec().name());
            worstPromoted = Math.max(worstPromoted, epoch(record, 1).value("validationLoss"));
        }
        for (RunOutcome o : halted) {
            RunRecord record = RunReader.read(o.runDirectory());
            assertEquals(1, SequentialExecutor.completedEpochs(record), "halted after the first rung: " + o.spec().name());
            assertEquals(RunState.CANCELLED, record.state(), "paused resumably");
            assertTrue(record.hasCheckpoint());
            assertTrue(epoch(record, 1).value("validationLoss") >= worstPromoted, o.spec().name() + " ranked below the promoted");
            assertTrue(o.message().startsWith("halted after epoch 1: validation loss "), o.message());
        }
        SuccessiveHalving.Report report = result.halving();
        assertEquals("validation loss", report.figure());
        assertEquals(1, report.rungs().size(), "the last rung ranks nothing");
        assertEquals(2, report.rungs().get(0).promotedCount());
        assertEquals(6 * 1 + 2 * 2, report.epochsTrained());
        assertEquals(18, report.epochsWhole());
        assertTrue(said.contains("rung 1 of 2: 6 runs to epoch 1") && said.contains("rung 2 of 2: 2 runs to epoch 3"), said.toString());

        // A survivor paused at epoch 1 and continued ends where one uninterrupted run of the same spec ends.
        RunOutcome best = finished.stream().min(Comparator.comparingDouble(RunOutcome::testLoss)).orElseThrow();
        RunSpec spec = sweep.expand().stream().filter(s -> s.name().equals(best.spec().name())).findFirst().orElseThrow();
        Network network = DnetIO.load(sweep.network()).network().orElseThrow();
        var config = SequentialExecutor.config(network, spec);
        BatchSource[] data = DataSources.loadAny(config.dataset(), NpmDatasets.defaultCache(), config.seed());
        TrainingResult whole = new Trainer(network, config, l -> { }).train(new Weights(), data[0], data[1], dir.resolve("whole"), false);
        assertEquals(whole.testLoss(), best.testLoss(), 0.0, "paused at a rung and continued, " + spec.name() + " ends as trained whole");

        // Again: every run is where the rungs left it, so nothing trains and the decisions are the same.
        said.clear();
        SweepExecution.Result again = SweepExecution.run(executor, sweep, dir.resolve("runs"), said::add);
        assertTrue(again.outcomes().stream().allMatch(RunOutcome::reused), again.outcomes().toString());
        assertEquals(outcomes.stream().map(RunOutcome::state).toList(), again.outcomes().stream().map(RunOutcome::state).toList());
        assertEquals(result.halving().rungs(), again.halving().rungs());
        assertTrue(said.stream().noneMatch(l -> l.contains("epoch 1/3")), "nothing trained again: " + said);

        // A smaller eta promotes more: the runs it adds continue from their checkpoints at epoch 1.
        Sweep wider = Sweep.read(SweepTest.sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 3, "optimizer": "sgd", "grid": {"lr": [0.001, 0.01, 0.03, 0.1, 0.3, 1.0]},
                 "halving": {"eta": 2}}"""));
        said.clear();
        SweepExecution.Result more = SweepExecution.run(executor, wider, dir.resolve("runs"), said::add);
        assertEquals(3, more.outcomes().stream().filter(o -> o.state().equals("finished")).count(), more.outcomes().toString());
        assertEquals(1, said.stream().filter(l -> l.contains("epoch 2/3")).count(), "only the newly promoted run trains, from epoch 2: " + said);
        assertTrue(said.stream().noneMatch(l -> l.contains("epoch 1/3")), said.toString());
    }

    /** Three rungs executed twice: the second execution keeps every run where the first left it and decides the same. */
    @Test
    void aSecondExecutionOfThreeRungsDecidesAsTheFirst(@TempDir Path dir) throws Exception {
        Sweep sweep = Sweep.read(SweepTest.sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 4, "optimizer": "sgd", "grid": {"lr": [0.01, 0.03, 0.1, 0.3]}, "halving": {"eta": 2}}"""));
        SequentialExecutor executor = new SequentialExecutor(NpmDatasets.defaultCache(), l -> { }, new Cancellation());
        SweepExecution.Result first = SweepExecution.run(executor, sweep, dir.resolve("runs"), l -> { });
        assertEquals(List.of(1, 2, 4), sweep.halving().rungs());
        assertEquals(2, first.halving().rungs().size());
        assertEquals(4 + 2 * 1 + 1 * 2, first.halving().epochsTrained());
        SweepExecution.Result second = SweepExecution.run(executor, sweep, dir.resolve("runs"), l -> { });
        assertEquals(first.halving().rungs(), second.halving().rungs());
        assertEquals(first.halving().epochsTrained(), second.halving().epochsTrained(), "nothing trained further");
        assertEquals(first.outcomes().stream().map(RunOutcome::state).toList(), second.outcomes().stream().map(RunOutcome::state).toList());
        assertEquals(1, second.outcomes().stream().filter(o -> o.state().equals("finished")).count());
    }

    /** Ranked by certified training's validation certificates, the runs bounds certify most go on; runs without are refused first. */
    @Test
    void byCertifiedAccuracyTheMostCertifiedGoOn(@TempDir Path dir) throws Exception {
        Sweep sweep = Sweep.read(SweepTest.sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 2, "optimizer": "sgd", "certified": 0.05, "grid": {"lr": [0.001, 0.3]},
                 "halving": {"eta": 2, "metric": "certified"}}"""));
        assertEquals(Halving.Metric.CERTIFIED, sweep.halving().metric());
        SweepExecution.Result result = SweepExecution.run(new SequentialExecutor(NpmDatasets.defaultCache(), l -> { }, new Cancellation()), sweep,
                dir.resolve("runs"), l -> { });
        assertEquals("validation certified accuracy", result.halving().figure());
        var entries = result.halving().rungs().get(0).entries();
        assertEquals(2, entries.size());
        assertTrue(entries.get(0).value() >= entries.get(1).value() && entries.get(0).promoted() && !entries.get(1).promoted(), entries.toString());
        Sweep mixed = Sweep.read(SweepTest.sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 2, "grid": {"certified": [0, 0.05]}, "halving": {"eta": 2, "metric": "certified"}}"""));
        assertEquals("successive halving by certified accuracy needs certified training with a validation split in every run; certified=0,seed=1 has "
                + "no \"certified\" radius", assertThrows(IllegalArgumentException.class, () -> SweepExecution.run(new SequentialExecutor(
                        NpmDatasets.defaultCache(), l -> { }, new Cancellation()), mixed, dir.resolve("mixed"), l -> { })).getMessage());
    }

    /** Ranked by validation accuracy, the runs of the highest accuracy at the rung go on. */
    @Test
    void byAccuracyTheMostAccurateGoOn(@TempDir Path dir) throws Exception {
        Sweep sweep = Sweep.read(SweepTest.sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 2, "optimizer": "sgd", "grid": {"lr": [0.001, 0.01, 0.1, 1.0]},
                 "halving": {"eta": 2, "metric": "accuracy"}}"""));
        SweepExecution.Result result = SweepExecution.run(new SequentialExecutor(NpmDatasets.defaultCache(), l -> { }, new Cancellation()), sweep,
                dir.resolve("runs"), l -> { });
        assertEquals("validation accuracy", result.halving().figure());
        Path sine = dir.resolve("sine.dnet");
        dev.dendrite.model.io.DnetIO.save(dev.dendrite.model.templates.TemplateLibrary.find("mlp-regressor").orElseThrow().create(), sine);
        Path byAccuracy = dir.resolve("sine-sweep.json");
        java.nio.file.Files.writeString(byAccuracy, """
                {"network": "sine.dnet", "epochs": 3, "grid": {"lr": [0.01, 0.1]}, "halving": {"eta": 2, "metric": "accuracy"}}""");
        assertEquals("successive halving by accuracy needs a classifier; mlp-regressor has no classification loss: rank by \"metric\": "
                + "\"loss\"", assertThrows(IllegalArgumentException.class, () -> SweepExecution.run(new SequentialExecutor(NpmDatasets
                        .defaultCache(), l -> { }, new Cancellation()), Sweep.read(byAccuracy), dir.resolve("sine"), l -> { })).getMessage());
        assertTrue(!java.nio.file.Files.exists(dir.resolve("sine")), "refused before any run starts");
        var entries = result.halving().rungs().get(0).entries();
        assertTrue(entries.get(0).value() >= entries.get(1).value() && entries.get(1).value() >= entries.get(2).value(), "best first: "
                + entries);
        double lowestPromoted = entries.stream().filter(SuccessiveHalving.Entry::promoted).mapToDouble(SuccessiveHalving.Entry::value).min()
                .orElseThrow();
        for (RunOutcome o : result.outcomes()) {
            double atRung = epoch(RunReader.read(o.runDirectory()), 1).value("validationAccuracy");
            assertEquals(o.state().equals("finished"), atRung >= lowestPromoted && entries.stream().anyMatch(e -> e.promoted() && e.run().equals(
                    o.spec().name())), o.spec().name());
        }
    }

    /** As Spark tasks (here two threads), the rungs decide as in this process and the runs end with the same figures. */
    @Test
    void rungsAsParallelTasksDecideAsInThisProcess(@TempDir Path dir) throws Exception {
        Sweep sweep = Sweep.read(SweepTest.sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 2, "threads": 1, "optimizer": "sgd", "grid": {"lr": [0.003, 0.03, 0.3, 3.0]},
                 "halving": {"eta": 2}}"""));
        SweepExecution.Result sequential = SweepExecution.run(new SequentialExecutor(NpmDatasets.defaultCache(), l -> { },
                new Cancellation()), sweep, dir.resolve("sequential"), l -> { });
        SweepExecution.Result parallel = SweepExecution.run(new DistributedExecutor(SweepTest.TWO_THREADS, NpmDatasets.defaultCache(),
                l -> { }), sweep, dir.resolve("parallel"), l -> { });
        assertEquals(sequential.halving().rungs(), parallel.halving().rungs());
        for (int i = 0; i < 4; i++) {
            RunOutcome s = sequential.outcomes().get(i);
            RunOutcome p = parallel.outcomes().get(i);
            assertEquals(s.state(), p.state(), s.spec().name());
            assertEquals(s.testLoss(), p.testLoss(), 0.0, s.spec().name());
        }
        assertEquals(2, sequential.outcomes().stream().filter(o -> o.state().equals("finished")).count());
    }

    private static MetricRecord epoch(RunRecord record, int epoch) {
        return record.epochs().stream().filter(r -> r.epoch() == epoch).findFirst().orElseThrow();
    }
}
