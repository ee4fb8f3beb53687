package dev.dendrite.spark;

import java.util.Map;
import java.util.function.Consumer;

import dev.dendrite.analysis.experiment.TaskEngine;
import dev.dendrite.analysis.experiment.TaskEngineFactory;
import dev.dendrite.train.run.Cancellation;

/** The "spark" engine: found by the command line's ServiceLoader when this jar is on its class path. */
public final class SparkEngineFactory implements TaskEngineFactory {

    @Override
    public String engine() {
        return "spark";
    }

    @Override
    public TaskEngine create(Map<String, String> options, Consumer<String> progress, Cancellation cancellation) {
        // Under spark-submit the master is the one it was given (spark.master); otherwise embedded, on every core.
        return new SparkTaskEngine(options.getOrDefault("master", System.getProperty("spark.master", "local[*]")), progress, cancellation);
    }
}
