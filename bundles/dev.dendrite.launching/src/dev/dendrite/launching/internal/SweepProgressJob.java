package dev.dendrite.launching.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.dendrite.analysis.experiment.Sweep;
import dev.dendrite.train.run.RunReader;

/**
 * A running sweep in the Progress view: its runs finished so far (by any engine) against the runs
 * the sweep file expands to, or, for successive halving (where most runs never finish), the epochs
 * its runs completed against those its rungs plan; Cancel stops the experiment as a whole, and
 * launching it again continues it.
 */
final class SweepProgressJob extends ProcessProgressJob {

    private final Path experiment;
    private final int total;
    private final boolean halving;

    SweepProgressJob(String name, Process process, Path experiment, Sweep sweep) {
        this(name, process, experiment, sweep.halving() == null ? sweep.expand().size()
                : (int) Math.min(Integer.MAX_VALUE, sweep.halving().plannedEpochs(sweep.expand().size())), sweep.halving() != null);
    }

    private SweepProgressJob(String name, Process process, Path experiment, int total, boolean halving) {
        super(name, process, total);
        this.experiment = experiment;
        this.total = total;
        this.halving = halving;
    }

    @Override
    protected int workDone(IProgressMonitor monitor) {
        int done = halving ? epochs() : finishedRuns();
        if (done > 0) {
            monitor.subTask(done + " of " + total + (halving ? " epochs of successive halving trained" : " runs finished"));
        }
        return Math.min(done, total);
    }

    /** The experiment's run directories with a summary (a run writes it when it ends). */
    private int finishedRuns() {
        return (int) runs().filter(run -> Files.isRegularFile(run.resolve("summary.json"))).count();
    }

    /** The epochs every run directory's status reports. */
    private int epochs() {
        return runs().filter(RunReader::isRunDirectory).mapToInt(run -> {
            try {
                return RunReader.readWithoutMetrics(run).status().epoch();
            } catch (IOException e) {
                return 0;
            }
        }).sum();
    }

    private Stream<Path> runs() {
        if (!Files.isDirectory(experiment)) {
            return Stream.empty();
        }
        try (Stream<Path> runs = Files.list(experiment)) {
            return runs.toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }
}
