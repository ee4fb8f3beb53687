package dev.dendrite.analysis.experiment;

import java.util.Map;
import java.util.function.Consumer;

import dev.dendrite.train.run.Cancellation;

/**
 * Makes the task engine of an engine other than this process (Apache Spark): found with
 * {@link java.util.ServiceLoader} where the engine's jar is on the class path, which the headless
 * command line arranges; the IDE's OSGi runtime never carries it.
 */
public interface TaskEngineFactory {

    /** The engine's name on the command line ({@code --engine NAME}). */
    String engine();

    /**
     * @param options the command line's engine options (e.g. "master")
     * @param cancellation cancelling it cancels the experiment as a whole
     */
    TaskEngine create(Map<String, String> options, Consumer<String> progress, Cancellation cancellation);

    /** The factory of an engine on the class path, or null. */
    static TaskEngineFactory find(String engine) {
        for (TaskEngineFactory factory : java.util.ServiceLoader.load(TaskEngineFactory.class, TaskEngineFactory.class.getClassLoader())) {
            if (factory.engine().equals(engine)) {
                return factory;
            }
        }
        return null;
    }
}
