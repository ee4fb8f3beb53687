package dev.dendrite.analysis.experiment;

import java.io.Serializable;

import dev.dendrite.train.run.Cancellation;
import dev.dendrite.train.run.Collective;

/**
 * One of a group of tasks that run at the same time and talk to each other (the workers of a
 * data-parallel training): an engine starts all of them together, or none, and gives each the
 * group's {@link Collective}.
 */
public interface CollectiveTask<R extends Serializable> extends Serializable {

    String name();

    /**
     * @param attempt counts from 0; a group that failed is started again as a whole with the next
     * @param cores the cores the engine gives this task (ONNX Runtime threads unless the task's settings name them)
     * @param stop the engine's stop request (an engine that kills tasks instead passes one never set)
     */
    R call(int attempt, int cores, Collective workers, Cancellation stop) throws Exception;
}
