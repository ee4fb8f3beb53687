package dev.dendrite.spark;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.spark.SparkConf;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.JavaSparkContext;

import dev.dendrite.analysis.experiment.RunExecutor;
import dev.dendrite.analysis.experiment.RunOutcome;
import dev.dendrite.analysis.experiment.RunSpec;
import dev.dendrite.analysis.experiment.SequentialExecutor;
import dev.dendrite.analysis.experiment.Sweep;
import dev.dendrite.train.run.Cancellation;

/**
 * Runs an experiment's runs as Apache Spark tasks, one task per run, on an embedded
 * {@code local[N]} or any Spark master. Each task trains its run with ONNX Runtime in the executor
 * JVM (one intra-op thread per task core unless the sweep sets threads) into its own run directory
 * under the experiment's folder, which every node must see (a local folder in local mode, a shared
 * file system on a cluster), and sends back its figures. A task that fails or is killed is retried
 * (up to {@value #ATTEMPTS} attempts, also in local mode), and its run continues from its last
 * checkpoint; runs an earlier execution finished are not trained again.
 */
public final class SparkExecutor implements RunExecutor {

    static final int ATTEMPTS = 4;
    /** Names a run whose first attempt fails on purpose after its first epoch (the retry test). */
    static final String FAIL_ONCE = "DENDRITE_SPARK_FAIL_ONCE";

    private final String master;
    private final Path dataCache;
    private final Consumer<String> progress;
    private final Cancellation cancellation;

    SparkExecutor(String master, Path dataCache, Consumer<String> progress, Cancellation cancellation) {
        this.master = master;
        this.dataCache = dataCache;
        this.progress = progress;
        this.cancellation = cancellation;
    }

    /** What a task needs, as plain serialisable values (paths as strings). */
    record Task(String network, String sweepName, RunSpec spec, String folder, String dataCache) implements Serializable {
    }

    /** What a task sends back. */
    record Result(String state, double testLoss, double testAccuracy, double seconds, boolean reused, String message, int attempt)
            implements Serializable {
    }

    @Override
    public List<RunOutcome> run(Sweep sweep, Path folder) throws IOException {
        SequentialExecutor.validate(sweep);
        Files.createDirectories(folder);
        List<RunSpec> specs = sweep.expand();
        List<Task> tasks = new ArrayList<>();
        for (RunSpec spec : specs) {
            Map<String, Object> settings = new LinkedHashMap<>(spec.settings());
            // Tasks share the node's cores: one ONNX Runtime thread per task core unless the sweep says otherwise.
            settings.putIfAbsent("threads", 1.0);
            tasks.add(new Task(sweep.network().toString(), sweep.name(), new RunSpec(spec.name(), settings, spec.seed()), folder.toAbsolutePath()
                    .toString(), dataCache.toAbsolutePath().toString()));
        }
        String effectiveMaster = master.matches("local\\[(\\d+|\\*)\\]") ? master.replace("]", "," + ATTEMPTS + "]") : master;
        SparkConf conf = new SparkConf().setMaster(effectiveMaster).setAppName("dendrite sweep " + sweep.name()).set("spark.ui.enabled", "false")
                .set("spark.task.maxFailures", Integer.toString(ATTEMPTS));
        progress.accept("spark: " + tasks.size() + " runs on " + effectiveMaster);
        List<Result> results;
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            spark.setLogLevel("WARN");
            // Cancelling the experiment (Ctrl+C) cancels its job as a whole; running again continues every run from its checkpoint.
            Thread watcher = Thread.ofPlatform().daemon().start(() -> {
                while (!Thread.currentThread().isInterrupted()) {
                    if (cancellation.isCancelled()) {
                        spark.cancelAllJobs();
                        return;
                    }
                    try {
                        Thread.sleep(200);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            try {
                results = spark.parallelize(tasks, Math.max(1, tasks.size())).map(SparkExecutor::execute).collect();
            } catch (RuntimeException e) {
                if (cancellation.isCancelled()) {
                    throw new IOException("the experiment was cancelled (" + cancellation.reason() + "); run the sweep again to continue it");
                }
                throw e;
            } finally {
                watcher.interrupt();
            }
        }
        List<RunOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            Result r = results.get(i);
            RunSpec spec = specs.get(i);
            if (r.attempt() > 0) {
                progress.accept("  " + spec.name() + ": finished on attempt " + (r.attempt() + 1) + ", from its last checkpoint");
            }
            outcomes.add(new RunOutcome(spec, folder.resolve(SequentialExecutor.directoryName(spec)), r.state(), r.testLoss(), r.testAccuracy(),
                    r.seconds(), r.reused(), r.message()));
        }
        SequentialExecutor.writeCsv(outcomes, folder.resolve("sweep.csv"));
        return outcomes;
    }

    /** One run, in the executor JVM. */
    static Result execute(Task task) {
        TaskContext context = TaskContext.get();
        int attempt = context == null ? 0 : context.attemptNumber();
        boolean failOnPurpose = attempt == 0 && task.spec().name().equals(System.getenv(FAIL_ONCE));
        Cancellation cancellation = new Cancellation();
        String tag = "[" + task.spec().name() + "] ";
        SequentialExecutor executor = new SequentialExecutor(Path.of(task.dataCache()), line -> {
            System.err.println(tag + line);
            if (failOnPurpose && line.contains("epoch 1/")) {
                cancellation.cancel("a task failure injected for the retry test");
            }
        }, cancellation);
        Sweep sweep = new Sweep(task.sweepName(), Path.of(task.network()), Map.of(), List.of(), List.of());
        RunOutcome outcome = executor.runOne(sweep, task.spec(), Path.of(task.folder()));
        if (failOnPurpose) {
            throw new IllegalStateException("task of " + task.spec().name() + " failed on purpose after its first epoch (attempt 1)");
        }
        return new Result(outcome.state(), outcome.testLoss(), outcome.testAccuracy(), outcome.seconds(), outcome.reused(), outcome.message(),
                attempt);
    }
}
