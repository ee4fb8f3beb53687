package dev.dendrite.train.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a run directory holds, read by {@link RunReader}: plain data for the command line, the
 * Runs view and the monitor.
 *
 * @param config {@code config.json} as a map (empty when missing)
 * @param status the recorded status; a "running" run whose trainer is gone reads as {@link RunState#CRASHED}
 * @param summary {@code summary.json} (empty until the run ends)
 * @param notes what the reader had to skip or could not read (malformed metric lines, missing files)
 * @param logTail the last lines of {@code log.txt}
 */
public record RunRecord(Path directory, Map<String, Object> config, RunStatus status, List<MetricRecord> steps,
        List<MetricRecord> epochs, Map<String, Object> summary, List<String> notes, List<String> logTail, boolean hasCheckpoint) {

    public RunState state() {
        return status.state();
    }

    /** The lowest validation loss of any epoch (or train loss when no validation), NaN when there is no epoch yet. */
    public double bestLoss() {
        double best = Double.NaN;
        for (MetricRecord epoch : epochs) {
            double loss = Double.isNaN(epoch.value("validationLoss")) ? epoch.value("trainLoss") : epoch.value("validationLoss");
            if (!Double.isNaN(loss) && (Double.isNaN(best) || loss < best)) {
                best = loss;
            }
        }
        return best;
    }
}
