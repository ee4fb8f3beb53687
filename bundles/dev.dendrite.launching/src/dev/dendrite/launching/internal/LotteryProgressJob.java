package dev.dendrite.launching.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * A running lottery experiment in the Progress view: trained networks of the ladder so far against
 * the total ((1 + rounds × (1 + controls)) × seeds); Cancel asks the experiment to stop, and
 * launching it again resumes at the round it was in.
 */
final class LotteryProgressJob extends Job {

    private final Process process;
    private final Path experiment;
    private final int total;

    LotteryProgressJob(String name, Process process, Path experiment, int total) {
        super(name);
        this.process = process;
        this.experiment = experiment;
        this.total = total;
        setPriority(Job.LONG);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), total);
        int reported = 0;
        try {
            while (process.isAlive()) {
                if (monitor.isCanceled()) {
                    process.destroy();
                    process.waitFor(TrainerProcess.GRACE_SECONDS, TimeUnit.SECONDS);
                    return Status.CANCEL_STATUS;
                }
                int done = finishedRounds();
                if (done > reported) {
                    monitor.worked(done - reported);
                    reported = done;
                    monitor.subTask(done + " of " + total + " networks trained");
                }
                process.waitFor(1, TimeUnit.SECONDS);
            }
            return Status.OK_STATUS;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Status.CANCEL_STATUS;
        } finally {
            monitor.done();
        }
    }

    /** Run directories of the experiment that have finished (a summary written). */
    private int finishedRounds() {
        if (!Files.isDirectory(experiment)) {
            return 0;
        }
        try (var files = Files.walk(experiment, 4)) {
            return (int) files.filter(f -> f.getFileName().toString().equals("summary.json")).count();
        } catch (IOException e) {
            return 0;
        }
    }
}
