package dev.dendrite.analysis.experiment;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

/** Runs an experiment's independent tasks, possibly in parallel and elsewhere, and returns their results in the tasks' order. */
public interface TaskEngine {

    /**
     * @throws IOException when the experiment cannot complete (a task failed on every attempt, or it was cancelled)
     */
    <R extends Serializable> List<R> execute(List<? extends ExperimentTask<R>> tasks) throws IOException;

    /**
     * Runs a group of tasks at the same time, each with the group's {@link dev.dendrite.train.run.Collective};
     * returns their results in rank order.
     *
     * @throws IOException when a task failed on every attempt or the engine cannot start them all together
     */
    <R extends Serializable> List<R> executeTogether(List<? extends CollectiveTask<R>> tasks) throws IOException;
}
