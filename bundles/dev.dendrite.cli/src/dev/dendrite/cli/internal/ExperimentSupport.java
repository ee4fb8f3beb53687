package dev.dendrite.cli.internal;

import java.io.IOException;
import java.nio.file.Path;

import dev.dendrite.cli.Arguments;
import dev.dendrite.cli.CommandFailedException;
import dev.dendrite.cli.UsageException;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.BatchSource;
import dev.dendrite.train.data.DataSources;
import dev.dendrite.train.data.Dataset;
import dev.dendrite.train.data.NpmDatasets;
import dev.dendrite.train.run.TrainingException;

/** What train, lth and edge-popup share: loading the configured data, and turning a training failure into the right exit code. */
final class ExperimentSupport {

    private ExperimentSupport() {
    }

    /** The training and test data of {@code config.dataset()} ({@code --data-cache} for the npm data sets); bad specs are bad input. */
    static Dataset[] data(TrainingConfig config, Arguments a) throws UsageException {
        try {
            Path cache = a.option("data-cache") != null ? Path.of(a.option("data-cache")) : NpmDatasets.defaultCache();
            return DataSources.load(config.dataset(), cache, config.seed());
        } catch (IllegalArgumentException | IOException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** As {@link #data}, with the typed sequence tasks too (what the train command accepts). */
    static BatchSource[] anyData(TrainingConfig config, Arguments a) throws UsageException {
        try {
            Path cache = a.option("data-cache") != null ? Path.of(a.option("data-cache")) : NpmDatasets.defaultCache();
            return DataSources.loadAny(config.dataset(), cache, config.seed());
        } catch (IllegalArgumentException | IOException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * The factory of an engine other than "local" (null for local), found on the class path the
     * launcher arranges; a clear message when it is not there.
     */
    static dev.dendrite.analysis.experiment.TaskEngineFactory engine(String engine, String master) throws UsageException {
        if (engine.equals("local")) {
            if (master != null) {
                throw new UsageException("--master names a Spark master: use it with --engine spark");
            }
            return null;
        }
        var factory = dev.dendrite.analysis.experiment.TaskEngineFactory.find(engine);
        if (factory == null) {
            throw new UsageException(engine.equals("spark") ? "the spark engine is not on this runtime's class path: run the command "
                    + "with ./dendrite, which adds it (built by ./mvnw verify)" : "unknown engine '" + engine + "': use local or spark");
        }
        return factory;
    }

    /** Bad input (exit 2) when nothing could start, a failed command (exit 1) when a run failed. */
    static Exception failure(TrainingException e, String where) {
        return e.isBadInput() ? new UsageException(e.getMessage()) : new CommandFailedException(e.getMessage() + where);
    }
}
