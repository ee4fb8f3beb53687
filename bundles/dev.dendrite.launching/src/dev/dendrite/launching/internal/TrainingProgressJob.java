package dev.dendrite.launching.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import dev.dendrite.launching.RunSeries;

/**
 * A running trainer in the Progress view: steps done of the run's total, with the epoch and the
 * time left; Cancel asks the trainer to stop (SIGTERM), which checkpoints and records "cancelled".
 */
final class TrainingProgressJob extends Job {

    private static final int WORK = 1000;

    private final Process process;
    private final RunSeries series;

    TrainingProgressJob(String name, Process process, Path runDirectory) {
        super(name);
        this.process = process;
        this.series = new RunSeries(runDirectory);
        setUser(false);
        setPriority(Job.LONG);
    }

    @Override
    protected IStatus run(IProgressMonitor monitor) {
        monitor.beginTask(getName(), WORK);
        int reported = 0;
        try {
            while (process.isAlive()) {
                if (monitor.isCanceled()) {
                    process.destroy();
                    process.waitFor(TrainerProcess.GRACE_SECONDS, TimeUnit.SECONDS);
                    return Status.CANCEL_STATUS;
                }
                try {
                    series.update();
                } catch (IOException e) {
                    // The directory is being created: try again at the next tick.
                }
                long total = series.totalSteps();
                if (total > 0) {
                    int done = (int) Math.min(WORK, WORK * series.stepsDone() / total);
                    monitor.worked(done - reported);
                    reported = done;
                    double left = series.secondsLeft();
                    monitor.subTask(series.stepsDone() + " of " + total + " steps" + (Double.isNaN(left) ? ""
                            : String.format(java.util.Locale.ROOT, ", about %.0f s left", left)));
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

    @Override
    public boolean belongsTo(Object family) {
        return family == TrainingProgressJob.class;
    }
}
