package dev.dendrite.analysis.experiment;

import java.io.Serializable;

/**
 * A unit of an experiment that can run anywhere: one run of a sweep, one seed's lottery ladder.
 * Serialisable, so a cluster engine can ship it to another JVM; it writes its run directories
 * itself and returns what the experiment's table needs.
 */
public interface ExperimentTask<R extends Serializable> extends Serializable {

    /** What progress lines and failures name it by. */
    String name();

    /** Runs the task; {@code attempt} counts from 0 (an engine that retries a failed task calls it again with the next). */
    R call(int attempt) throws Exception;

    /**
     * Runs the task with the cores its engine gives it (a Spark task's CPUs): a task whose settings
     * name no thread count uses that many ONNX Runtime threads.
     */
    default R call(int attempt, int cores) throws Exception {
        return call(attempt);
    }
}
