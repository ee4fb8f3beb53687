package dev.dendrite.spark;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import dev.dendrite.analysis.experiment.RunExecutor;
import dev.dendrite.analysis.experiment.RunExecutorFactory;
import dev.dendrite.train.run.Cancellation;

/** The "spark" engine: found by the command line's ServiceLoader when this jar is on its class path. */
public final class SparkExecutorFactory implements RunExecutorFactory {

    @Override
    public String engine() {
        return "spark";
    }

    @Override
    public RunExecutor create(Map<String, String> options, Path dataCache, Consumer<String> progress, Cancellation cancellation) {
        return new SparkExecutor(options.getOrDefault("master", "local[*]"), dataCache, progress, cancellation);
    }
}
