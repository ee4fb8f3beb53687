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
}
