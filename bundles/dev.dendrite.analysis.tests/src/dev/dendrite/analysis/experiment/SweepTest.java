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

    static Path sweepFile(Path dir, String json) throws Exception {
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
        assertTrue(unknown.getMessage().startsWith("lr-sweep.json: unknown setting \"learningRate\"; a sweep sets adversarial, adversarialRange, adversarialSteps, augment, batch, beta1, beta2, certified, certifiedBounds, certifiedRamp, certifiedRange, certifiedWarmup, certifiedWeight, classWeights, clip, data,"),
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

    /**
     * A random search draws each trial's settings from their distributions: list values, log-uniform rates spread over the
     * decades (as many below the geometric middle as above), uniform values and whole numbers within their bounds, three
     * significant digits; the same file gives the same runs, another seed other ones; the trial names the run, no setting.
     */
    @Test
    void aRandomSearchDrawsEachTrialsSettings(@TempDir Path dir) throws Exception {
        String json = """
                {"network": "moons.dnet", "epochs": 1, "random": {"trials": 400, "lr": {"log": [1e-4, 1e-1]}, "batch": [16, 32, 64],
                 "momentum": {"uniform": [0.8, 0.99]}, "patience": {"int": [2, 4]}}, "seeds": [1, 2]}""";
        List<RunSpec> specs = Sweep.read(sweepFile(dir, json)).expand();
        assertEquals(800, specs.size(), "400 trials, two seeds each");
        assertTrue(specs.get(0).name().startsWith("trial=1,lr="), specs.get(0).name());
        assertTrue(specs.get(0).name().endsWith(",seed=1") && specs.get(1).name().endsWith(",seed=2"), specs.get(1).name());
        int belowMiddle = 0;
        java.util.Set<Object> batches = new java.util.HashSet<>();
        java.util.Set<Object> patiences = new java.util.HashSet<>();
        for (RunSpec spec : specs) {
            var settings = spec.settings();
            assertTrue(!settings.containsKey("trial"), "the trial is no setting: " + settings);
            double lr = (Double) settings.get("lr");
            double momentum = (Double) settings.get("momentum");
            assertTrue(lr >= 1e-4 && lr <= 1e-1 && momentum >= 0.8 && momentum <= 0.99, spec.name());
            assertEquals(lr, new java.math.BigDecimal(lr).round(new java.math.MathContext(3)).doubleValue(), 0, "three digits: " + lr);
            belowMiddle += lr < Math.sqrt(1e-4 * 1e-1) ? 1 : 0;
            batches.add(settings.get("batch"));
            patiences.add(settings.get("patience"));
            assertEquals(1.0, settings.get("epochs"));
        }
        assertTrue(belowMiddle > 320 && belowMiddle < 480, "log-uniform: about half of 800 below 3.2e-3, not " + belowMiddle);
        assertEquals(java.util.Set.of(16.0, 32.0, 64.0), batches);
        assertEquals(java.util.Set.of(2.0, 3.0, 4.0), patiences);
        assertEquals(specs.stream().map(RunSpec::name).toList(), Sweep.read(sweepFile(dir, json)).expand().stream().map(RunSpec::name)
                .toList(), "the same file, the same runs");
        List<RunSpec> other = Sweep.read(sweepFile(dir, json.replace("\"trials\": 400", "\"trials\": 400, \"seed\": 2"))).expand();
        assertTrue(!other.get(0).name().equals(specs.get(0).name()), "another draw seed, other settings");
        for (String bad : new String[] {"{\"lr\": {\"log\": [0, 1]}, \"trials\": 3}", "{\"lr\": [0.1]}",
            "{\"trials\": 3, \"lr\": {\"normal\": [0, 1]}}", "{\"trials\": 3, \"patience\": {\"int\": [1.2, 1.8]}}", "{\"trials\": 3}"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Sweep.read(sweepFile(dir,
                    "{\"network\": \"moons.dnet\", \"random\": " + bad + "}")), bad);
            assertTrue(e.getMessage().startsWith("lr-sweep.json: "), e.getMessage());
        }
    }

    /**
     * The summary: the lowest test loss is the best run; a rate the loss rises with has ρ = 1, a setting that does not move
     * it a ρ near 0, a word its mean loss per value; constant settings, failed runs and runs without a loss are left out.
     */
    @Test
    void aSummaryNamesTheBestRunAndHowTheLossGoesWithEachSetting() {
        java.util.List<RunOutcome> outcomes = new java.util.ArrayList<>();
        java.util.SplittableRandom random = new java.util.SplittableRandom(4);
        for (int i = 0; i < 12; i++) {
            double lr = 0.001 * (i + 1);
            String optimizer = i % 2 == 0 ? "adam" : "sgd";
            java.util.Map<String, Object> settings = java.util.Map.of("lr", lr, "batch", (double) (16 << random.nextInt(3)),
                    "optimizer", optimizer, "epochs", 3.0);
            double loss = 10 * lr + (optimizer.equals("sgd") ? 0.5 : 0);
            outcomes.add(new RunOutcome(new RunSpec("run" + i, settings, 1), Path.of("r" + i), "finished", loss, 0.9, 1, false, null));
        }
        outcomes.add(new RunOutcome(new RunSpec("failed", java.util.Map.of("lr", 0.5, "batch", 8.0, "optimizer", "adam", "epochs", 3.0), 1),
                Path.of("f"), "failed", Double.NaN, Double.NaN, 1, false, "diverged"));
        SweepSummary summary = SweepSummary.of(outcomes);
        assertEquals("run0", summary.best().spec().name());
        java.util.Map<String, SweepSummary.Influence> by = new java.util.HashMap<>();
        summary.influences().forEach(i -> by.put(i.setting(), i));
        assertEquals(java.util.Set.of("lr", "batch", "optimizer"), by.keySet(), "epochs never varies");
        // The loss ranks as lr within each optimizer, but sgd's half-unit offset mixes the two: still strongly positive.
        assertTrue(by.get("lr").spearman() > 0.4, "lr: " + by.get("lr"));
        assertEquals(12, by.get("lr").runs(), "the failed run is left out");
        assertTrue(Math.abs(by.get("batch").spearman()) < by.get("lr").spearman(), "batch moves the loss less: " + by.get("batch"));
        assertEquals(10 * 0.007 + 0.5, by.get("optimizer").meanLossByValue().get("sgd"), 1e-12, "sgd's mean loss (mean lr 0.007)");
        assertEquals(10 * 0.006, by.get("optimizer").meanLossByValue().get("adam"), 1e-12, "adam's (mean lr 0.006)");
        assertEquals("lr", summary.influences().get(0).setting(), "the strongest number first");
        assertEquals(1.0, SweepSummary.spearman(new double[] {1, 2, 3, 3}, new double[] {2, 5, 9, 9}), 1e-12, "ties share their rank");
        assertEquals(-1.0, SweepSummary.spearman(new double[] {1, 2, 3}, new double[] {9, 4, 1}), 1e-12);
        assertEquals(null, SweepSummary.of(java.util.List.of(outcomes.get(outcomes.size() - 1))), "no finished run: no summary");
    }

    @Test
    void adversarialTrainingIsASettingOfItsRuns(@TempDir Path dir) throws Exception {
        Sweep sweep = Sweep.read(sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 1, "adversarialRange": "none", "grid": {"adversarial": [0, 0.1]}}"""));
        Network network = DnetIO.load(sweep.network()).network().orElseThrow();
        assertTrue(SequentialExecutor.config(network, sweep.expand().get(0)).adversarial().none(), "a radius of 0 trains plainly");
        var config = SequentialExecutor.config(network, sweep.expand().get(1));
        assertEquals(new dev.dendrite.train.config.Adversarial(0.1, "none"), config.adversarial());
        Sweep rangeAlone = Sweep.read(sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 1, "adversarialRange": "0,1", "grid": {"lr": [0.1]}}"""));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SequentialExecutor.config(network,
                rangeAlone.expand().get(0)));
        assertEquals("adversarialRange bounds what adversarial training moves: give \"adversarial\" (a radius)", refused.getMessage());
    }

    @Test
    void certifiedTrainingIsASettingOfItsRuns(@TempDir Path dir) throws Exception {
        Sweep sweep = Sweep.read(sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 4, "certifiedBounds": "crown-ibp", "certifiedRamp": 2, "certifiedWarmup": 0,
                 "certifiedRange": "-3,3", "grid": {"certified": [0, 0.1]}}"""));
        Network network = DnetIO.load(sweep.network()).network().orElseThrow();
        assertTrue(SequentialExecutor.config(network, sweep.expand().get(0)).certified().none(), "a radius of 0 trains plainly");
        var certified = SequentialExecutor.config(network, sweep.expand().get(1)).certified();
        assertEquals(List.of(0.1, 2, 0, "crown-ibp", 0.5, "-3,3"), List.of(certified.epsilon(), certified.ramp(4), certified.warmup(4),
                certified.bounds(), certified.weight(), certified.range()));
        Sweep rampAlone = Sweep.read(sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 1, "certifiedRamp": 2, "grid": {"lr": [0.1]}}"""));
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> SequentialExecutor.config(network,
                rampAlone.expand().get(0)));
        assertEquals("certifiedRamp shapes what certified training learns from: give \"certified\" (a radius)", refused.getMessage());
    }

    @Test
    void adamsBetasAreSettingsOfItsRuns(@TempDir Path dir) throws Exception {
        Sweep sweep = Sweep.read(sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 1, "optimizer": "adam", "beta2": 0.99, "grid": {"beta1": [0.5, 0.9]}}"""));
        Network network = DnetIO.load(sweep.network()).network().orElseThrow();
        var first = SequentialExecutor.config(network, sweep.expand().get(0));
        var second = SequentialExecutor.config(network, sweep.expand().get(1));
        assertEquals(List.of(0.5, 0.99, 0.9, 0.99), List.of(first.beta1(), first.beta2(), second.beta1(), second.beta2()));
        Sweep plain = Sweep.read(sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 1, "grid": {"lr": [0.1]}}"""));
        var config = SequentialExecutor.config(network, plain.expand().get(0));
        assertEquals(List.of(0.9, 0.999), List.of(config.beta1(), config.beta2()), "the network's betas where the sweep gives none");
        assertEquals(0, config.discriminatorRate(), "a GAN's discriminator at the learning rate where the sweep gives no rate of its own");
        Sweep rates = Sweep.read(sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 1, "lr": 0.001, "grid": {"discriminatorLr": [0.001, 0.004]}}"""));
        var faster = SequentialExecutor.config(network, rates.expand().get(1));
        assertEquals(0.004, faster.discriminatorRate(), 1e-12);
        assertEquals(4, faster.discriminatorRateFactor(), 1e-9, "the discriminator's steps four times the generator's");
        assertEquals(1, config.discriminatorSteps(), "the network's critic steps where the sweep gives none");
        Sweep steps = Sweep.read(sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 1, "grid": {"discriminatorSteps": [1, 5]}}"""));
        assertEquals(5, SequentialExecutor.config(network, steps.expand().get(1)).discriminatorSteps());
        Sweep half = Sweep.read(sweepFile(dir, """
                {"network": "moons.dnet", "epochs": 1, "grid": {"discriminatorSteps": [2.5]}}"""));
        IllegalArgumentException refused = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> SequentialExecutor.config(network, half.expand().get(0)));
        assertTrue(refused.getMessage().contains("\"discriminatorSteps\" needs a whole number"), refused.getMessage());
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
    static final TaskEngine TWO_THREADS = new TaskEngine() {
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
