package dev.dendrite.analysis.experiment;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.io.LoadResult;
import dev.dendrite.model.network.Network;
import dev.dendrite.onnx.weights.Weights;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.DataSources;
import dev.dendrite.train.run.Cancellation;
import dev.dendrite.train.run.Collective;
import dev.dendrite.train.run.Trainer;
import dev.dendrite.train.run.TrainingResult;

/**
 * One model trained by N workers at once (data parallelism): each worker is a {@link CollectiveTask}
 * that trains the same network from the same initial weights on its 1/N of the training data with
 * one ONNX Runtime thread (unless the spec sets threads), and the workers average parameters and
 * optimizer state every {@code syncEvery} steps and at every epoch's end (local SGD; with plain SGD
 * and averaging after every step it is exactly synchronous SGD at N times the batch). Worker 0's run
 * directory is the run; the others write theirs under its {@code workers/} folder. A group that
 * fails is started again and resumes from worker 0's last checkpoint.
 */
public final class DataParallelTraining {

    /** Where the other workers' run directories go, inside the run's. */
    public static final String WORKERS = dev.dendrite.train.run.RunFiles.WORKERS;

    private DataParallelTraining() {
    }

    /**
     * @param network the .dnet file; {@code spec} its settings as in a sweep file, with the seed
     * @param resume continue from worker 0's checkpoint
     */
    public record Plan(String network, RunSpec spec, String runDirectory, String dataCache, int workers, int syncEvery, boolean resume)
            implements Serializable {
    }

    /**
     * What worker 0 reports: the run's figures, its wall-clock seconds, and the training throughput
     * of all workers together over the epochs' own time (without data loading and graph building).
     */
    public record Result(String state, double testLoss, double testAccuracy, String stopReason, int epochs, double seconds,
            double samplesPerSecond, int attempt) implements Serializable {
    }

    /**
     * Checks the plan where it is made (network, settings, worker count), before any worker starts.
     *
     * @throws IllegalArgumentException naming the problem
     */
    public static TrainingConfig validate(Plan plan) {
        if (plan.workers() < 1) {
            throw new IllegalArgumentException("data-parallel training needs 1 or more workers, not " + plan.workers());
        }
        if (plan.syncEvery() < 1) {
            throw new IllegalArgumentException("workers average every 1 or more steps, not " + plan.syncEvery());
        }
        return SequentialExecutor.config(network(plan), plan.spec()).validate();
    }

    /** Trains the plan's model with its workers as one group of the engine's tasks. */
    public static Result run(TaskEngine engine, Plan plan) throws IOException {
        validate(plan);
        Plan effective = new Plan(plan.network(), plan.spec(), Path.of(plan.runDirectory())
                .toAbsolutePath().toString(), Path.of(plan.dataCache()).toAbsolutePath().toString(), plan.workers(), plan.syncEvery(),
                plan.resume());
        List<Worker> workers = new ArrayList<>();
        for (int rank = 0; rank < plan.workers(); rank++) {
            workers.add(new Worker(effective, rank));
        }
        return engine.executeTogether(workers).get(0);
    }

    private static Network network(Plan plan) {
        LoadResult loaded = DnetIO.load(Path.of(plan.network()));
        if (!loaded.ok()) {
            throw new IllegalArgumentException(loaded.firstProblem());
        }
        return loaded.network().get();
    }

    /** One worker: worker 0 reports its progress on standard error, the others only their failures. */
    record Worker(Plan plan, int rank) implements CollectiveTask<Result> {

        @Override
        public String name() {
            return "data-parallel worker " + rank;
        }

        @Override
        public Result call(int attempt, int cores, Collective workers, Cancellation stop) throws Exception {
            Network network = network(plan);
            Map<String, Object> settings = new LinkedHashMap<>(plan.spec().settings());
            settings.putIfAbsent("threads", (double) Math.max(1, cores));
            TrainingConfig config = SequentialExecutor.config(network, new RunSpec(plan.spec().name(), settings, plan.spec().seed()));
            BatchSource[] data = DataSources.loadAny(config.dataset(), Path.of(plan.dataCache()), config.seed());
            Path run = Path.of(plan.runDirectory());
            Path own = rank == 0 ? run : run.resolve(WORKERS).resolve("worker-" + rank);
            long start = System.nanoTime();
            // The engines' retry test: this worker crashes once, after its first epoch, and the group starts again.
            boolean failOnPurpose = attempt == 0 && ("worker-" + rank).equals(System.getenv(DistributedExecutor.FAIL_ONCE));
            TrainingResult result = new Trainer(network, config, line -> {
                if (rank == 0) {
                    System.err.println(line);
                }
                if (failOnPurpose && line.startsWith("epoch 1/")) {
                    throw new IllegalStateException("worker " + rank + " failed on purpose after its first epoch (attempt 1)");
                }
            }).withCancellation(stop).withDataParallel(workers, plan.syncEvery(), run).withConfigEntry("networkFile", plan.network())
                    .train(new Weights(), data[0], data[1], own, plan.resume() || attempt > 0);
            double seconds = (System.nanoTime() - start) / 1e9;
            double shardSamples = 0;
            double trainSeconds = 0;
            for (var epoch : result.epochs()) {
                shardSamples += epoch.samplesPerSecond() * epoch.seconds();
                trainSeconds += epoch.seconds();
            }
            // A resumed run trained only its last epochs here; the summary counts them all.
            Object epochs = dev.dendrite.train.run.RunReader.readWithoutMetrics(own).summary().get("epochs");
            return new Result(result.state().name().toLowerCase(Locale.ROOT), result.testLoss(), result.testAccuracy(), result.stopReason(),
                    epochs instanceof Number n ? n.intValue() : result.epochs().size(), seconds, trainSeconds > 0 ? workers.size() * shardSamples / trainSeconds : Double.NaN, attempt);
        }
    }
}
