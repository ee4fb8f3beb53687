package dev.dendrite.launching.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.core.runtime.IProgressMonitor;

import dev.dendrite.launching.RunSeries;

/**
 * A running trainer in the Progress view: steps done of the run's total, with the epoch and the
 * time left; Cancel asks the trainer to stop (SIGTERM), which checkpoints and records "cancelled".
 */
final class TrainingProgressJob extends ProcessProgressJob {

    private static final int WORK = 1000;

    private final RunSeries series;

    TrainingProgressJob(String name, Process process, Path runDirectory) {
        super(name, process, WORK);
        this.series = new RunSeries(runDirectory);
        setUser(false);
    }

    @Override
    protected int workDone(IProgressMonitor monitor) {
        try {
            series.update();
        } catch (IOException e) {
            // The directory is being created: try again at the next tick.
        }
        long total = series.totalSteps();
        if (total <= 0) {
            return 0;
        }
        double left = series.secondsLeft();
        monitor.subTask(series.stepsDone() + " of " + total + " steps" + (Double.isNaN(left) ? ""
                : String.format(Locale.ROOT, ", about %.0f s left", left)));
        return (int) Math.min(WORK, WORK * series.stepsDone() / total);
    }

    @Override
    public boolean belongsTo(Object family) {
        return family == TrainingProgressJob.class;
    }
}
