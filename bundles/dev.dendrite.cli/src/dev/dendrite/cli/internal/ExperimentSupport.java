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

    /** Bad input (exit 2) when nothing could start, a failed command (exit 1) when a run failed. */
    static Exception failure(TrainingException e, String where) {
        return e.isBadInput() ? new UsageException(e.getMessage()) : new CommandFailedException(e.getMessage() + where);
    }
}
