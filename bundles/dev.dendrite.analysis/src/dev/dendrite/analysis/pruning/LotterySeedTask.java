package dev.dendrite.analysis.pruning;

import java.nio.file.Path;
import java.util.ArrayList;

import dev.dendrite.analysis.experiment.ExperimentTask;
import dev.dendrite.model.io.DnetIO;
import dev.dendrite.model.io.LoadResult;
import dev.dendrite.train.config.TrainingConfig;
import dev.dendrite.train.data.DataSources;
import dev.dendrite.train.run.TrainingException;

/**
 * One seed's lottery ladder as an experiment task: its rounds depend on each other and run in
 * order inside the task, while seeds run as separate tasks. Finished rounds are read back, so a
 * retried task continues where the failed attempt stopped.
 */
public record LotterySeedTask(String network, TrainingConfig config, LotterySettings settings, long seed, String out, String dataCache)
        implements ExperimentTask<ArrayList<LadderRow>> {

    @Override
    public String name() {
        return "seed-" + seed;
    }

    @Override
    public ArrayList<LadderRow> call(int attempt) throws Exception {
        LoadResult loaded = DnetIO.load(Path.of(network));
        if (!loaded.ok()) {
            throw TrainingException.badInput(loaded.firstProblem());
        }
        dev.dendrite.train.data.BatchSource[] data = DataSources.loadAny(config.dataset(), Path.of(dataCache), config.seed());
        String tag = "[seed " + seed + "] ";
        LotteryExperiment experiment = new LotteryExperiment(loaded.network().get(), config, settings, line -> System.err.println(tag + line))
                .withData(data[0], data[1]);
        return new ArrayList<>(experiment.runSeed(seed, Path.of(out), rows -> { }));
    }
}
