package dev.dendrite.launching.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A running sweep in the Progress view: its runs finished so far (by any engine) against the runs
 * the sweep file expands to; Cancel stops the experiment as a whole, and launching it again
 * continues it.
 */
final class SweepProgressJob extends ProcessProgressJob {

    private final Path experiment;
    private final int total;

    SweepProgressJob(String name, Process process, Path experiment, int total) {
        super(name, process, total);
        this.experiment = experiment;
        this.total = total;
    }

    @Override
    protected int workDone(IProgressMonitor monitor) {
        int done = finishedRuns();
        if (done > 0) {
            monitor.subTask(done + " of " + total + " runs finished");
        }
        return Math.min(done, total);
    }

    /** The experiment's run directories with a summary (a run writes it when it ends). */
    private int finishedRuns() {
        if (!Files.isDirectory(experiment)) {
            return 0;
        }
        try (var runs = Files.list(experiment)) {
            return (int) runs.filter(run -> Files.isRegularFile(run.resolve("summary.json"))).count();
        } catch (IOException e) {
            return 0;
        }
    }
}
