package dev.dendrite.analysis.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.network.Network;
import dev.dendrite.model.templates.TemplateLibrary;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.DataSources;
import dev.dendrite.train.data.NpmDatasets;
import dev.dendrite.train.run.Cancellation;
import dev.dendrite.train.run.Trainer;
import dev.dendrite.train.run.TrainingResult;

/** A sweep file expands to run specifications; the sequential executor runs each as its own run directory, and again only what is left. */
class SweepTest {

    private static Path sweepFile(Path dir, String json) throws Exception {
        Network network = TemplateLibrary.find("mlp-classifier").orElseThrow().create();
        DnetIO.save(network, dir.resolve("moons.dnet"));
        Path file = dir.resolve("lr-sweep.json");
        Files.writeString(file, json);
        return file;
    }

    @Test
    void aGridWithSeedsExpandsToEveryCombination(@TempDir Path dir) throws Exception {
        Sweep sweep = Sweep.read(sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 2, "grid": {"lr": [0.01, 0.03], "batch": [16, 32]}, "seeds": [1, 2, 3]}"""));
        List<RunSpec> specs = sweep.expand();
        assertEquals(12, specs.size());
        assertEquals("lr=0.01,batch=16,seed=1", specs.get(0).name());
        assertEquals(2.0, specs.get(0).settings().get("epochs"));
        assertEquals(dir.resolve("moons.dnet").toAbsolutePath(), sweep.network());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> Sweep.read(sweepFile(dir,
                "{\"network\": \"moons.dnet\", \"learningRate\": 0.1}")));
        assertTrue(unknown.getMessage().startsWith("lr-sweep.json: unknown setting \"learningRate\"; a sweep sets augment, batch, classWeights, clip, data,"),
                unknown.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Sweep.read(sweepFile(dir, "{\"epochs\": 2}")));
        assertThrows(IllegalArgumentException.class, () -> Sweep.read(sweepFile(dir, "{\"network\": \"moons.dnet\", \"grid\": {\"lr\": []}}")));
        assertThrows(IllegalArgumentException.class, () -> Sweep.read(sweepFile(dir, "not json")));
        // Gson's own message, without the exception class it wraps or the link it appends.
        assertEquals("lr-sweep.json is not valid JSON: unterminated object at line 1 column 16 (at $.network)", assertThrows(
                IllegalArgumentException.class, () -> Sweep.read(sweepFile(dir, "{\"network\": a b}"))).getMessage());
        assertEquals("lr-sweep.json is not valid JSON: end of input at line 1 column 11 (at $.runs)", assertThrows(
                IllegalArgumentException.class, () -> Sweep.read(sweepFile(dir, "{\"runs\": 3"))).getMessage());
    }

    @Test
    void eachRunIsItsOwnRunDirectoryWithTheSameResultAsAlone(@TempDir Path dir) throws Exception {
        Sweep sweep = Sweep.read(sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 3, "grid": {"lr": [0.01, 0.05]}, "seeds": [1, 2]}"""));
        List<String> said = new java.util.ArrayList<>();
        SequentialExecutor executor = new SequentialExecutor(NpmDatasets.defaultCache(), said::add, new Cancellation());
        List<RunOutcome> outcomes = executor.run(sweep, dir.resolve("runs"));
        assertEquals(4, outcomes.size());
        assertTrue(outcomes.stream().allMatch(o -> o.state().equals("finished") && !o.reused()), outcomes.toString());
        assertEquals(4, outcomes.stream().map(RunOutcome::runDirectory).distinct().count());
        assertTrue(Files.readString(dir.resolve("runs").resolve("sweep.csv")).lines().count() == 5, "a row per run in sweep.csv");
        // The same specification trained alone gives the same figures: the executor adds nothing to a run.
        RunSpec second = sweep.expand().get(1);
        Network network = DnetIO.load(sweep.network()).network().orElseThrow();
        var config = SequentialExecutor.config(network, second);
        BatchSource[] data = DataSources.loadAny(config.dataset(), NpmDatasets.defaultCache(), config.seed());
        TrainingResult alone = new Trainer(network, config, l -> { }).train(new Weights(), data[0], data[1], dir.resolve("alone"), false);
        assertEquals(alone.testLoss(), outcomes.get(1).testLoss(), 0.0, "run " + second.name());
        // Executing again runs nothing: every run finished.
        List<RunOutcome> again = executor.run(sweep, dir.resolve("runs"));
        assertTrue(again.stream().allMatch(RunOutcome::reused), again.toString());
        assertEquals(outcomes.get(3).testLoss(), again.get(3).testLoss(), 0.0);
    }

    /** An engine that runs tasks on two threads and retries a failed task once: what a cluster engine does, in-process. */
    private static final TaskEngine TWO_THREADS = new TaskEngine() {
        @Override
        public <R extends java.io.Serializable> List<R> execute(List<? extends ExperimentTask<R>> tasks) throws java.io.IOException {
            var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
            try {
                List<java.util.concurrent.Future<R>> futures = new java.util.ArrayList<>();
                for (ExperimentTask<R> task : tasks) {
                    futures.add(pool.submit(() -> {
                        try {
                            return task.call(0);
                        } catch (Exception first) {
                            return task.call(1);
                        }
                    }));
                }
                List<R> results = new java.util.ArrayList<>();
                for (var future : futures) {
                    results.add(future.get());
                }
                return results;
            } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
                throw new java.io.IOException(e);
            } finally {
                pool.shutdown();
            }
        }

        @Override
        public <R extends java.io.Serializable> List<R> executeTogether(List<? extends CollectiveTask<R>> tasks) throws java.io.IOException {
            return new InProcessEngine(new Cancellation()).executeTogether(tasks);
        }
    };

    @Test
    void runsAsParallelTasksGiveTheSequentialFigures(@TempDir Path dir) throws Exception {
        Sweep sweep = Sweep.read(sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 2, "threads": 1, "grid": {"lr": [0.01, 0.05]}, "seeds": [1, 2]}"""));
        List<RunOutcome> sequential = new SequentialExecutor(NpmDatasets.defaultCache(), l -> { }, new Cancellation()).run(sweep,
                dir.resolve("sequential"));
        List<RunOutcome> parallel = new DistributedExecutor(TWO_THREADS, NpmDatasets.defaultCache(), l -> { }).run(sweep, dir.resolve(
                "parallel"));
        for (int i = 0; i < sequential.size(); i++) {
            assertEquals(sequential.get(i).spec().name(), parallel.get(i).spec().name());
            assertEquals(sequential.get(i).testLoss(), parallel.get(i).testLoss(), 0.0, sequential.get(i).spec().name());
            assertEquals("finished", parallel.get(i).state());
        }
        // Tasks are serialisable, so a cluster engine can ship them.
        var out = new java.io.ObjectOutputStream(java.io.OutputStream.nullOutputStream());
        out.writeObject(new DistributedExecutor.RunTask("n.dnet", "s", sweep.expand().get(0), "f", "c"));
        out.writeObject(new dev.dendrite.analysis.pruning.LotterySeedTask("n.dnet", dev.dendrite.train.config.TrainingConfig.from(
                TemplateLibrary.find("mlp-classifier").orElseThrow().create()), new dev.dendrite.analysis.pruning.LotterySettings(2,
                        dev.dendrite.analysis.pruning.PruningRates.lotteryTicketPaper(), 0, List.of(
                                dev.dendrite.analysis.pruning.LotterySettings.Control.REINIT), 2), 1, "o", "c"));
    }
}
