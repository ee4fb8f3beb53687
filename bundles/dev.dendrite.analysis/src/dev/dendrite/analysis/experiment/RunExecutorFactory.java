package dev.dendrite.analysis.experiment;

import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

import dev.dendrite.train.run.Cancellation;

/**
 * Makes the executor of an engine other than this process (Apache Spark): found with
 * {@link java.util.ServiceLoader} where the engine's jar is on the class path, which the headless
 * command line arranges; the IDE's OSGi runtime never carries it.
 */
public interface RunExecutorFactory {

    /** The engine's name on the command line ({@code --engine NAME}). */
    String engine();

    /**
     * @param options the command line's engine options (e.g. "master")
     * @throws IllegalArgumentException for an option the engine cannot use
     */
    RunExecutor create(Map<String, String> options, Path dataCache, Consumer<String> progress, Cancellation cancellation);
}
