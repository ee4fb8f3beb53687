package dev.dendrite.analysis.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.train.data.NpmDatasets;
import dev.dendrite.train.run.Cancellation;
import dev.dendrite.train.run.RunReader;

/** Hyperband (Li et al., 2018): a random search's trials in brackets of successive halving, the last trained whole. */
class HyperbandTest {

    @Test
    void bracketsStartFewerTrialsAtMoreEpochsAsInTheHyperbandPaper() {
        // Li et al.'s table for R = 81, eta = 3: 81, 34, 15, 8 and 5 trials from 1, 3, 9, 27 and 81 epochs.
        Halving paper = new Halving(3, 1, 81, Halving.Metric.LOSS, true);
        assertEquals(List.of(new Halving.Bracket(4, 81, 1), new Halving.Bracket(3, 34, 3), new Halving.Bracket(2, 15, 9),
                new Halving.Bracket(1, 8, 27), new Halving.Bracket(0, 5, 81)), paper.brackets());
        assertEquals(143, paper.trials());
        assertEquals(List.of(27, 81), paper.of(paper.brackets().get(3)).rungs());
        assertNull(paper.of(paper.brackets().get(4)), "the last bracket trains whole");

        Halving nine = new Halving(3, 1, 9, Halving.Metric.LOSS, true);
        assertEquals(List.of(new Halving.Bracket(2, 9, 1), new Halving.Bracket(1, 5, 3), new Halving.Bracket(0, 3, 9)), nine.brackets());
        // 9·1 + 3·2 + 1·6, then 5·3 + 1·6, then 3·9.
        assertEquals(21 + 21 + 27, nine.plannedEpochs(17));
        // Two seeds: each run ranks on its own, so the second bracket's ten runs keep three (18·1 + 6·2 + 2·6, 10·3 + 3·6, 6·9).
        assertEquals(42 + 48 + 54, nine.plannedEpochs(34));
        IllegalArgumentException single = assertThrows(IllegalArgumentException.class, () -> new Halving(3, 1, 2, Halving.Metric.LOSS,
                true));
        assertEquals("\"halving\": Hyperband needs the sweep's epochs (2) to be at least eta × minEpochs (3), or it has a single "
                + "bracket, trained whole", single.getMessage());
    }

    @Test
    void aSweepFileDrawsTheTrialsTheBracketsNeed(@TempDir Path dir) throws Exception {
        Sweep sweep = Sweep.read(SweepTest.sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 9, "random": {"lr": {"log": [0.001, 1.0]}}, "seeds": [1, 2],
                 "halving": {"eta": 3, "hyperband": true}}"""));
        assertTrue(sweep.halving().hyperband());
        assertEquals(17 * 2, sweep.expand().size());
        String[][] refused = {
                {"""
                 {"network": "moons.dnet", "epochs": 9, "random": {"trials": 12, "lr": {"log": [0.001, 1.0]}},
                  "halving": {"hyperband": true}}""", "lr-sweep.json: Hyperband's brackets draw 17 trials for these epochs, eta and "
                        + "minEpochs: leave \"trials\" out of \"random\" (it is 12)"},
                {"""
                 {"network": "moons.dnet", "epochs": 9, "grid": {"lr": [0.01, 0.1]}, "halving": {"hyperband": true}}""",
                        "lr-sweep.json: Hyperband draws its trials from a \"random\" search (its brackets decide how many, 17 here): no "
                                + "\"grid\" or \"runs\""},
                {"""
                 {"network": "moons.dnet", "epochs": 9, "random": {"lr": {"log": [0.001, 1.0]}}, "halving": {"hyperband": "yes"}}""",
                        "lr-sweep.json: \"halving\": \"hyperband\" is true or false, not \"yes\""},
                {"""
                 {"network": "moons.dnet", "epochs": 9, "random": {"trials": "all", "lr": {"log": [0.001, 1.0]}},
                  "halving": {"hyperband": true}}""", "lr-sweep.json: Hyperband's brackets draw 17 trials for these epochs, eta and "
                        + "minEpochs: leave \"trials\" out of \"random\" (it is \"all\")"}};
        for (String[] bad : refused) {
            Path file = SweepTest.sweepFile(dir, bad[0]);
            assertEquals(bad[1], assertThrows(IllegalArgumentException.class, () -> Sweep.read(file)).getMessage());
        }
    }

    /** Four epochs halved by two: brackets of 4 trials from epoch 1, 3 from epoch 2 and 3 trained whole, each decided on its own. */
    @Test
    void eachBracketHalvesItsOwnTrialsAndTheLastTrainsWhole(@TempDir Path dir) throws Exception {
        Sweep sweep = Sweep.read(SweepTest.sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 4, "optimizer": "sgd", "random": {"seed": 5, "lr": {"log": [0.001, 1.0]}},
                 "halving": {"eta": 2, "hyperband": true}}"""));
        List<String> said = new ArrayList<>();
        SequentialExecutor executor = new SequentialExecutor(NpmDatasets.defaultCache(), said::add, new Cancellation());
        SweepExecution.Result result = SweepExecution.run(executor, sweep, dir.resolve("runs"), said::add);
        assertNull(result.halving());
        assertTrue(result.halved());
        List<RunOutcome> outcomes = result.outcomes();
        assertEquals(10, outcomes.size());
        // Bracket 1 (trials 1-4): rungs at 1, 2, 4 keep 2 then 1; bracket 2 (5-7): rungs at 2, 4 keep 1; bracket 3 (8-10): whole.
        assertEquals(List.of(1, 1, 2, 4), sortedEpochs(outcomes.subList(0, 4)));
        assertEquals(List.of(2, 2, 4), sortedEpochs(outcomes.subList(4, 7)));
        assertEquals(List.of(4, 4, 4), sortedEpochs(outcomes.subList(7, 10)));
        assertEquals(1 + 1 + 3, outcomes.stream().filter(o -> o.state().equals("finished")).count(), outcomes.toString());
        assertEquals(3 + 2, outcomes.stream().filter(o -> o.state().equals(SuccessiveHalving.HALTED)).count(), outcomes.toString());

        List<SuccessiveHalving.Report> brackets = result.brackets();
        assertEquals(3, brackets.size());
        assertEquals(List.of(1, 2, 4), brackets.get(0).halving().rungs());
        assertEquals(List.of(2, 1), brackets.get(0).rungs().stream().map(r -> (int) r.promotedCount()).toList());
        assertEquals(List.of(2, 4), brackets.get(1).halving().rungs());
        assertNull(brackets.get(2).halving(), "the last bracket trains whole");
        assertEquals(4 * 1 + 2 * 1 + 1 * 2, brackets.get(0).epochsTrained());
        assertEquals(3 * 2 + 1 * 2, brackets.get(1).epochsTrained());
        assertEquals(12, brackets.get(2).epochsTrained());
        assertEquals(sweep.halving().plannedEpochs(10), brackets.stream().mapToLong(SuccessiveHalving.Report::epochsTrained).sum());
        assertTrue(said.contains("bracket 1 of 3, rung 1 of 3: 4 runs to epoch 1")
                && said.contains("bracket 2 of 3, rung 1 of 2: 3 runs to epoch 2")
                && said.contains("bracket 3 of 3, 3 runs trained whole to epoch 4"), said.toString());

        // Each run records its bracket, which the Sweep view reads back from the folder alone.
        SweepRuns read = SweepRuns.read(dir.resolve("runs"));
        assertEquals(List.of(1, 2, 3), read.brackets());
        for (RunOutcome o : outcomes) {
            int bracket = outcomes.indexOf(o) < 4 ? 1 : outcomes.indexOf(o) < 7 ? 2 : 3;
            assertEquals(bracket, read.runs().stream().filter(r -> r.directory().equals(o.runDirectory())).findFirst().orElseThrow().bracket(),
                    o.spec().name());
        }
        assertEquals(3, read.best(3).bracket(), "the best run of bracket 3 is one of its own");

        // Again: the decisions come from the run directories, so nothing trains and every state is the same.
        SweepExecution.Result again = SweepExecution.run(executor, sweep, dir.resolve("runs"), l -> { });
        assertTrue(again.outcomes().stream().allMatch(RunOutcome::reused), again.outcomes().toString());
        assertEquals(outcomes.stream().map(RunOutcome::state).toList(), again.outcomes().stream().map(RunOutcome::state).toList());
    }

    /** Brackets as parallel tasks (how Spark runs them) decide as in this process: every run's state and test loss the same. */
    @Test
    void bracketsAsParallelTasksDecideAsInThisProcess(@TempDir Path dir) throws Exception {
        Sweep sweep = Sweep.read(SweepTest.sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 2, "threads": 1, "optimizer": "sgd", "random": {"seed": 9, "lr": {"log": [0.003, 3.0]}},
                 "halving": {"eta": 2, "hyperband": true}}"""));
        SweepExecution.Result sequential = SweepExecution.run(new SequentialExecutor(NpmDatasets.defaultCache(), l -> { },
                new Cancellation()), sweep, dir.resolve("sequential"), l -> { });
        SweepExecution.Result parallel = SweepExecution.run(new DistributedExecutor(SweepTest.TWO_THREADS, NpmDatasets.defaultCache(),
                l -> { }), sweep, dir.resolve("parallel"), l -> { });
        assertEquals(4, sequential.outcomes().size(), "two trials from epoch 1 and two trained whole");
        for (int i = 0; i < sequential.outcomes().size(); i++) {
            RunOutcome s = sequential.outcomes().get(i);
            RunOutcome p = parallel.outcomes().get(i);
            assertEquals(s.state(), p.state(), s.spec().name());
            assertEquals(s.testLoss(), p.testLoss(), 0.0, s.spec().name());
        }
        assertEquals(1 + 2, sequential.outcomes().stream().filter(o -> o.state().equals("finished")).count());
        assertEquals(List.of(1, 2), SweepRuns.read(dir.resolve("parallel")).brackets(), "a task carries its run's bracket");
    }

    private static List<Integer> sortedEpochs(List<RunOutcome> outcomes) throws Exception {
        List<Integer> epochs = new ArrayList<>();
        for (RunOutcome o : outcomes) {
            epochs.add(SequentialExecutor.completedEpochs(RunReader.read(o.runDirectory())));
        }
        return epochs.stream().sorted().toList();
    }
}
