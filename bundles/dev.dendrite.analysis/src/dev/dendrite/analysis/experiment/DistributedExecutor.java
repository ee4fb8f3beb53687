package dev.dendrite.analysis.experiment;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import dev.dendrite.train.run.Cancellation;

/**
 * Runs a sweep's runs as tasks of a {@link TaskEngine} (one task per run), each training its run
 * into its own run directory with as many ONNX Runtime threads as the engine gives the task cores
 * (one in-process, a Spark task's CPUs on Spark) unless the sweep sets threads. A retried task continues its run from the run's last checkpoint.
 */
public final class DistributedExecutor implements RunExecutor {

    /** Names a run whose first attempt fails on purpose after its first epoch (the engines' retry test). */
    public static final String FAIL_ONCE = "DENDRITE_FAIL_ONCE";

    private final TaskEngine engine;
    private final Path dataCache;
    private final Consumer<String> progress;

    public DistributedExecutor(TaskEngine engine, Path dataCache, Consumer<String> progress) {
        this.engine = engine;
        this.dataCache = dataCache;
        this.progress = progress;
    }

    /** What a run's task sends back. */
    public record Result(String state, double testLoss, double testAccuracy, double seconds, boolean reused, String message, int attempt)
            implements Serializable {
    }

    /** One run of a sweep, as plain serialisable values (paths as strings). */
    public record RunTask(String network, String sweepName, RunSpec spec, String folder, String dataCache) implements ExperimentTask<Result> {

        @Override
        public String name() {
            return spec.name();
        }

        @Override
        public Result call(int attempt) {
            return call(attempt, 1);
        }

        @Override
        public Result call(int attempt, int cores) {
            Map<String, Object> settings = new LinkedHashMap<>(spec.settings());
            settings.putIfAbsent("threads", (double) Math.max(1, cores));
            RunSpec spec = new RunSpec(this.spec.name(), settings, this.spec.seed(), this.spec.untilEpoch(), this.spec.bracket());
            boolean failOnPurpose = attempt == 0 && spec.name().equals(System.getenv(FAIL_ONCE));
            Cancellation cancellation = new Cancellation();
            String tag = "[" + spec.name() + "] ";
            SequentialExecutor executor = new SequentialExecutor(Path.of(dataCache), line -> {
                System.err.println(tag + line);
                if (failOnPurpose && line.contains("epoch 1/")) {
                    cancellation.cancel("a task failure injected for the retry test");
                }
            }, cancellation);
            Sweep sweep = new Sweep(sweepName, Path.of(network), Map.of(), List.of(), List.of());
            RunOutcome outcome = executor.runOne(sweep, spec, Path.of(folder));
            if (failOnPurpose) {
                throw new IllegalStateException("task of " + spec.name() + " failed on purpose after its first epoch (attempt 1)");
            }
            return new Result(outcome.state(), outcome.testLoss(), outcome.testAccuracy(), outcome.seconds(), outcome.reused(),
                    outcome.message(), attempt);
        }
    }

    @Override
    public List<RunOutcome> execute(Sweep sweep, List<RunSpec> specs, Path folder) throws IOException {
        List<RunTask> tasks = new ArrayList<>();
        for (RunSpec spec : specs) {
            tasks.add(new RunTask(sweep.network().toString(), sweep.name(), spec, folder
                    .toAbsolutePath().toString(), dataCache.toAbsolutePath().toString()));
        }
        List<Result> results = engine.execute(tasks);
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
        return outcomes;
    }
}
