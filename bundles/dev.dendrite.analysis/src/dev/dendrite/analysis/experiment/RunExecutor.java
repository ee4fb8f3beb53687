package dev.dendrite.analysis.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Executes an experiment's runs, each into its own run directory under {@code folder}: in this process, or on a cluster. */
public interface RunExecutor {

    /**
     * Runs the given runs of a sweep (all of them, or a rung of successive halving), each into its
     * own directory under {@code folder}; fewer outcomes than specs when the experiment was stopped.
     */
    List<RunOutcome> execute(Sweep sweep, List<RunSpec> specs, Path folder) throws IOException;

    /**
     * The whole sweep, halved where its file asks ({@link SweepExecution}), with {@code sweep.csv}.
     *
     * @throws IllegalArgumentException when the network or a run's settings are invalid (before any run starts)
     */
    default List<RunOutcome> run(Sweep sweep, Path folder) throws IOException {
        return SweepExecution.run(this, sweep, folder, line -> { }).outcomes();
    }
}
