package dev.dendrite.analysis.experiment;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Executes an experiment's runs, each into its own run directory under {@code folder}: in this process, or on a cluster. */
public interface RunExecutor {

    /**
     * @throws IllegalArgumentException when the network or a run's settings are invalid (before any run starts)
     */
    List<RunOutcome> run(Sweep sweep, Path folder) throws IOException;
}
