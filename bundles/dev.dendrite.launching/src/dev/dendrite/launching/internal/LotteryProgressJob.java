package dev.dendrite.launching.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;

/**
 * A running lottery experiment in the Progress view: trained networks of the ladder so far against
 * the total ((1 + rounds × (1 + controls)) × seeds); Cancel asks the experiment to stop, and
 * launching it again resumes at the round it was in.
 */
final class LotteryProgressJob extends ProcessProgressJob {

    private final Path experiment;
    private final int total;

    LotteryProgressJob(String name, Process process, Path experiment, int total) {
        super(name, process, total);
        this.experiment = experiment;
        this.total = total;
    }

    @Override
    protected int workDone(IProgressMonitor monitor) {
        int done = finishedRounds();
        if (done > 0) {
            monitor.subTask(done + " of " + total + " networks trained");
        }
        return done;
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
